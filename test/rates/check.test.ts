import { describe, expect, test } from "vitest";
import { type RoundingMode, rational } from "../../src/numbers";
import { checkStatedRate, checkSubset, checkSum, type StatedRateInput } from "../../src/rates";

const zeros = (k: number) => "0".repeat(k);

describe("checkStatedRate", () => {
  // Each row worked by hand: the exact rate, then which of halfUp, halfEven and truncate accept the figure
  // (rounding up is tried only when it is the stated mode: offices round half-up or truncate, never up).
  test.each([
    [
      "1584/6200 = 25.548% stated 25.6: only rounding up gives it (shares made to add to 100)",
      { stated: "25.6", numerator: 1584, denominator: 6200 },
      "fail",
      [],
    ],
    [
      "1584/6200 = 25.548% stated 25.6 under rounding up",
      { stated: "25.6", numerator: 1584, denominator: 6200, mode: "up" },
      "pass",
      ["up"],
    ],
    [
      "81.5% stated 81: half-up gives 82",
      { stated: "81", numerator: 815, denominator: 1000 },
      "passOtherMode",
      ["truncate"],
    ],
    ["81.5% stated 82", { stated: "82", numerator: 815, denominator: 1000 }, "pass", ["halfUp", "halfEven"]],
    [
      "80.5% stated 80: half-even keeps the even 80",
      { stated: "80", numerator: 805, denominator: 1000 },
      "passOtherMode",
      ["halfEven", "truncate"],
    ],
    [
      "80.5% stated 80 under half-even",
      { stated: "80", numerator: 805, denominator: 1000, mode: "halfEven" },
      "pass",
      ["halfEven", "truncate"],
    ],
    [
      "80.5% stated 81 under half-even",
      { stated: "81", numerator: 805, denominator: 1000, mode: "halfEven" },
      "passOtherMode",
      ["halfUp"],
    ],
    [
      "81.5% stated 81 under truncation",
      { stated: "81", numerator: 815, denominator: 1000, mode: "truncate" },
      "pass",
      ["truncate"],
    ],
    [
      "8.125% stated 8.13 under half-even (odd last digit)",
      { stated: "8.13", numerator: 8125, denominator: 100000, mode: "halfEven" },
      "passOtherMode",
      ["halfUp"],
    ],
    [
      "8.125% stated 8.12 under half-even (even last digit)",
      { stated: "8.12", numerator: 8125, denominator: 100000, mode: "halfEven" },
      "pass",
      ["halfEven", "truncate"],
    ],
    [
      "81.3% stated 81.3",
      { stated: "81.3", numerator: 813, denominator: 1000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "81.31% stated 81.3",
      { stated: "81.3", numerator: 8131, denominator: 10000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    ["82.6% stated 81", { stated: "81", numerator: 826, denominator: 1000 }, "fail", []],
    [
      "0% stated 0",
      { stated: "0", numerator: 0, denominator: 5 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "37 ÷ 92.5 = 40% stated 40",
      { stated: "40", numerator: 37, denominator: "92.5" },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "100% stated 98以上",
      { stated: "98", qualifier: "atLeast", numerator: 320, denominator: 320 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    ["100% stated 98", { stated: "98", numerator: 320, denominator: 320 }, "fail", []],
    [
      "98.125% stated 98以上 (贡川)",
      { stated: "98", qualifier: "atLeast", numerator: 314, denominator: 320 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "93.75% stated 98以上",
      { stated: "98", qualifier: "atLeast", numerator: 300, denominator: 320 },
      "fail",
      [],
    ],
    [
      "80% stated 约90 (±5%: [85, 94.5))",
      { stated: "90", qualifier: "approx", numerator: 8000, denominator: 10000 },
      "fail",
      [],
    ],
    [
      "80% stated 约90 (±15%: [76, 104))",
      { stated: "90", qualifier: "approx", approxTolerance: "0.15", numerator: 8000, denominator: 10000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "8000余 of 10000 stated 90",
      { stated: "90", numerator: { value: "8000", qualifier: "approxAtLeast" }, denominator: 10000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "12000 of 1.5万余 stated 75",
      {
        stated: "75",
        numerator: 12000,
        denominator: { value: "1.5", magnitude: "万", qualifier: "atLeast" },
      },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "12000 of 1.5万 stated 75",
      { stated: "75", numerator: 12000, denominator: { value: "1.5", magnitude: "万" } },
      "fail",
      [],
    ],
    [
      "0.8万 of 10000 stated 80",
      { stated: "80", numerator: { value: "0.8", magnitude: "万" }, denominator: 10000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    // 90 ÷ (-∞, 100.5) × 100 = (89.55…, +∞): open below
    [
      "90 of 近100 stated 90",
      { stated: "90", numerator: 90, denominator: { value: "100", qualifier: "nearly" } },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      "90 of 近100 stated 88",
      { stated: "88", numerator: 90, denominator: { value: "100", qualifier: "nearly" } },
      "fail",
      [],
    ],
    [
      "8000 (a number) 余 of 10000 stated 90",
      { stated: "90", numerator: { value: 8000, qualifier: "approxAtLeast" }, denominator: 10000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      '" 8000" 余 of 10000 stated 90',
      { stated: "90", numerator: { value: " 8000", qualifier: "approxAtLeast" }, denominator: 10000 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      `12.5% stated with 29 decimals`,
      { stated: `12.5${zeros(28)}`, numerator: 1, denominator: 8 },
      "pass",
      ["halfUp", "halfEven", "truncate"],
    ],
    [
      `12.5% stated 10^-30 too high`,
      { stated: `12.5${zeros(28)}1`, numerator: 1, denominator: 8 },
      "fail",
      [],
    ],
  ] as const)("%s: %s %j", (_name, input, status, modes) => {
    const r = checkStatedRate(input as StatedRateInput).value;
    expect([r?.status, r?.modesThatPass]).toEqual([status, modes]);
  });

  test("shows what a reader needs: stated, computed, interval, mode, delta and the explanation", () => {
    expect(checkStatedRate({ stated: "81", numerator: 815, denominator: 1000 }).value).toEqual({
      status: "passOtherMode",
      stated: "81",
      computed: "81.50",
      interval: "[80.5, 81.5)",
      mode: "halfUp",
      modesThatPass: ["truncate"],
      delta: "0.50",
      explanation: {
        formula: "815 ÷ 1000 × 100",
        inputs: { numerator: "815", denominator: "1000", stated: "81" },
        rounding: "halfUp to 0 decimals",
        zh: "815 ÷ 1000 × 100 = 81.50%，按四舍五入应在 [80.5, 81.5) 之内，所述为 81%",
        en: "815 ÷ 1000 × 100 = 81.50%; under halfUp the stated 81% accepts [80.5, 81.5)",
      },
    });
  });

  test("explains in the mode assumed, with the computed value rounded under it", () => {
    const r = checkStatedRate({
      stated: "8.13",
      numerator: 8125,
      denominator: 100000,
      mode: "halfEven",
    }).value;
    expect(r).toMatchObject({
      computed: "8.1250",
      interval: "(8.125, 8.135)",
      mode: "halfEven",
      delta: "-0.0050",
      explanation: {
        rounding: "halfEven to 2 decimals",
        zh: "8125 ÷ 100000 × 100 = 8.1250%，按四舍六入五成双应在 (8.125, 8.135) 之内，所述为 8.13%",
      },
    });
    expect(
      checkStatedRate({ stated: "66", numerator: 2, denominator: 3, mode: "truncate" }).value?.computed,
    ).toBe("66.66");
    expect(
      checkStatedRate({ stated: "66", numerator: 2, denominator: 3, mode: "truncate" }).value?.delta,
    ).toBe("0.66");
  });

  test("shows the qualifier, the tolerance and the magnitudes in what it explains", () => {
    expect(
      checkStatedRate({ stated: "98", qualifier: "atLeast", numerator: 320, denominator: 320 }).value
        ?.interval,
    ).toBe("[97.5, +∞)");
    expect(
      checkStatedRate({
        stated: "98",
        qualifier: "atLeast",
        numerator: 320,
        denominator: 320,
        mode: "truncate",
      }).value?.interval,
    ).toBe("[98, +∞)");
    expect(
      checkStatedRate({
        stated: "90",
        qualifier: "approx",
        approxTolerance: "0.15",
        numerator: 8000,
        denominator: 10000,
      }).value?.interval,
    ).toBe("[76, 104)");
    const magnitude = checkStatedRate({
      stated: "80",
      numerator: 12000,
      denominator: { value: "1.5", magnitude: "万" },
    }).value;
    expect(magnitude?.explanation.formula).toBe("12000 ÷ 15000 × 100");
    expect(magnitude?.computed).toBe("80.00");
  });

  test("checks a figure with more than 28 decimals at its precision", () => {
    const r = checkStatedRate({ stated: `12.5${zeros(28)}1`, numerator: 1, denominator: 8 }).value;
    // 30 decimals stated, so 32 computed: 12.5 exactly, 10^-30 below the figure
    expect(r).toMatchObject({ computed: `12.5${zeros(31)}`, delta: `-0.${zeros(29)}100` });
  });

  test.each([
    [
      "a stated value that is not a number",
      { stated: "x", numerator: 1, denominator: 2 },
      "invalidInput",
      "/stated",
    ],
    [
      "a stated value with a space",
      { stated: " 81", numerator: 1, denominator: 2 },
      "invalidInput",
      "/stated",
    ],
    [
      "a numerator that is not a number",
      { stated: "50", numerator: "x", denominator: 2 },
      "invalidInput",
      "/numerator",
    ],
    [
      "a qualified numerator that is not a number",
      { stated: "50", numerator: { value: "x", qualifier: "approx" }, denominator: 2 },
      "invalidInput",
      "/numerator",
    ],
    ["a zero denominator", { stated: "50", numerator: 1, denominator: 0 }, "zeroDenominator", "/denominator"],
    [
      "a zero decimal denominator",
      { stated: "50", numerator: 1, denominator: "0.0" },
      "zeroDenominator",
      "/denominator",
    ],
    [
      "a qualified zero denominator",
      { stated: "50", numerator: 1, denominator: { value: "0", qualifier: "atLeast" } },
      "zeroDenominator",
      "/denominator",
    ],
  ] as const)("gives issues for %s: %s at %s", (_name, input, code, path) => {
    expect(checkStatedRate(input as StatedRateInput)).toMatchObject({
      success: false,
      issues: [{ code, path }],
    });
  });

  test.each(["", "-0.1", "x"])(
    "refuses the tolerance %j with an issue, without throwing",
    (approxTolerance) => {
      expect(
        checkStatedRate({
          stated: "90",
          qualifier: "approx",
          approxTolerance,
          numerator: 8,
          denominator: 10,
        }),
      ).toMatchObject({ success: false, issues: [{ code: "invalidOptions", path: "/approxTolerance" }] });
    },
  );

  test("refuses an unknown mode with an issue that names it", () => {
    const r = checkStatedRate({
      stated: "81",
      numerator: 1,
      denominator: 2,
      mode: "HALF_UP" as RoundingMode,
    });
    expect(r.success).toBe(false);
    expect(r.issues?.[0]).toMatchObject({ code: "invalidOptions", path: "/mode" });
    expect(r.issues?.[0]?.message).toMatch(/unknown rounding mode "HALF_UP"/);
  });
});

describe("checkSum", () => {
  test.each([
    ["25 = 18 + 3 + 4", 25, [18, 3, 4], "pass"],
    ["446 = 220 + 226", 446, [220, 226], "pass"],
    ["446 ≠ 220 + 225", 446, [220, 225], "fail"],
    ["446 ≠ 220 + 227", 446, [220, 227], "fail"],
    ["0.3 = 0.1 + 0.2", "0.3", ["0.1", "0.2"], "pass"],
    ["120余 = 100 + 30", { value: "120", qualifier: "atLeast" }, [100, 30], "pass"],
    ["120余 = 100 + 20 (119.5 rounds to 120)", { value: "120", qualifier: "atLeast" }, [100, "19.5"], "pass"],
    ["120余 ≠ 100 + 19", { value: "120", qualifier: "atLeast" }, [100, 19], "fail"],
    ["120 (a number) 余 = 100 + 30", { value: 120, qualifier: "atLeast" }, [100, 30], "pass"],
    ["131 = 100余 + 30", 131, [{ value: "100", qualifier: "atLeast" }, 30], "pass"],
    ["129 ≠ 100余 + 30", 129, [{ value: "100", qualifier: "atLeast" }, 30], "fail"],
    ["约10 ≠ 11", { value: "10", qualifier: "approx" }, [5, 6], "fail"],
    ["约10 = 10.9", { value: "10", qualifier: "approx" }, ["4.9", 6], "pass"],
    ["1.5万 = 8000 + 7000", { value: "1.5", magnitude: "万" }, [8000, 7000], "pass"],
    [
      "1.5万 = 0.8万 + 7000",
      { value: "1.5", magnitude: "万" },
      [{ value: "0.8", magnitude: "万" }, 7000],
      "pass",
    ],
    ["1.5万余 = 8000 + 7200", { value: "1.5", magnitude: "万", qualifier: "atLeast" }, [8000, 7200], "pass"],
  ] as const)("%s is %s", (_name, whole, parts, status) => {
    expect(checkSum({ whole, parts }).value?.status).toBe(status);
  });

  test("takes a qualified figure with no decimal form (a third) as it is", () => {
    const third = rational(1, 3);
    expect(checkSum({ whole: { value: third, qualifier: "atLeast" }, parts: [third, 0] }).value?.status).toBe(
      "pass",
    );
    expect(checkSum({ whole: { value: third, qualifier: "atLeast" }, parts: [1, 0] }).value?.status).toBe(
      "fail",
    );
  });

  test("explains a pass and a failure", () => {
    expect(checkSum({ whole: 25, parts: [18, 3, 4] }).value).toEqual({
      status: "pass",
      stated: "25",
      computed: "25",
      interval: "[25, 25]",
      mode: "halfUp",
      modesThatPass: ["halfUp"],
      delta: "0",
      explanation: {
        formula: "18 + 3 + 4",
        inputs: { whole: "25", part1: "18", part2: "3", part3: "4" },
        rounding: "exact",
        zh: "18 + 3 + 4 = 25，所述总数 25",
        en: "18 + 3 + 4 = 25; the stated whole is 25",
      },
    });
    expect(checkSum({ whole: 446, parts: [220, 225] }).value).toMatchObject({
      status: "fail",
      computed: "445",
      delta: "-1",
      modesThatPass: [],
    });
    expect(checkSum({ whole: { value: "10", qualifier: "approx" }, parts: [5, 6] }).value?.interval).toBe(
      "[9, 11)",
    );
    expect(checkSum({ whole: { value: "1.5", magnitude: "万" }, parts: [8000, 7000] }).value?.stated).toBe(
      "15000",
    );
  });

  test.each([
    ["a whole", "x", [1, 2]],
    ["a part", 3, [1, "x"]],
    ["a whole (null, from JavaScript)", null, [1, 2]],
    ["a part (null, from JavaScript)", 3, [1, null]],
  ] as const)("gives an invalidInput issue when %s is not a number", (_name, whole, parts) => {
    const r = checkSum({ whole, parts } as unknown as Parameters<typeof checkSum>[0]);
    expect(r.success).toBe(false);
    expect(r.issues?.map((i) => [i.code, i.path])).toEqual([
      ["invalidInput", whole === 3 ? "/parts/1" : "/whole"],
    ]);
  });
});

describe("fraction strings, as results give them", () => {
  test("are read as the exact value, a qualifier taking them as they are", () => {
    expect(checkSum({ whole: 1, parts: ["1/3", { value: "2/3", qualifier: "nearly" }] }).value?.status).toBe(
      "pass",
    );
    expect(checkStatedRate({ stated: "33.33", numerator: "1/3", denominator: 1 }).value?.status).toBe("pass");
  });
});

describe("checkSubset", () => {
  test.each([
    ["a part below the whole", 52, [20], false, "pass"],
    ["a part equal to the whole", 52, [52], false, "pass"],
    ["a part above the whole", 16, [20], false, "fail"],
    ["several parts, only the first fits", 52, [20, 60], false, "fail"],
    ["several parts, only the last fits", 52, [60, 20], false, "fail"],
    ["overlapping parts summing past the whole", 10, [6, 6], false, "pass"],
    ["disjoint parts summing past the whole", 10, [6, 6], true, "fail"],
    ["disjoint parts summing to the whole", 12, [6, 6], true, "pass"],
    ["a part of 11 in 约10 [9, 11)", { value: "10", qualifier: "approx" }, [11], false, "fail"],
    ["a part of 10.9 in 约10", { value: "10", qualifier: "approx" }, ["10.9"], false, "pass"],
    ["any part in 50余", { value: "50", qualifier: "atLeast" }, [60], false, "pass"],
    ["a part of 20余 in 20", 20, [{ value: "20", qualifier: "atLeast" }], false, "pass"],
    ["a part of 20余 in 19.5", "19.5", [{ value: "20", qualifier: "atLeast" }], false, "pass"],
    ["a part of 20余 in 19", 19, [{ value: "20", qualifier: "atLeast" }], false, "fail"],
    [
      "a part of 1.6万 in 1.5万余",
      { value: "1.5", magnitude: "万", qualifier: "atLeast" },
      [16000],
      false,
      "pass",
    ],
  ] as const)("%s is %s", (_name, whole, parts, disjoint, status) => {
    expect(checkSubset({ whole, parts, disjoint }).value?.status).toBe(status);
  });

  test("explains a part and disjoint parts", () => {
    expect(checkSubset({ whole: 52, parts: [20] }).value).toEqual({
      status: "pass",
      stated: "52",
      computed: "20",
      interval: "(-∞, 52]",
      mode: "halfUp",
      modesThatPass: ["halfUp"],
      delta: "-32",
      explanation: {
        formula: "20 ≤ 52",
        inputs: { whole: "52", part1: "20" },
        rounding: "exact",
        zh: "其中 20 不应超过 52",
        en: "the part 20 must not exceed the whole 52",
      },
    });
    expect(checkSubset({ whole: 16, parts: [6, 20, 3] }).value).toMatchObject({
      status: "fail",
      computed: "20",
      delta: "4",
      modesThatPass: [],
      explanation: { formula: "20 ≤ 16", inputs: { whole: "16", part1: "6", part2: "20", part3: "3" } },
    });
    expect(checkSubset({ whole: 52, parts: [20, 32], disjoint: true }).value).toMatchObject({
      computed: "52",
      delta: "0",
      explanation: { formula: "20 + 32 ≤ 52", zh: "其中 52 不应超过 52" },
    });
    expect(checkSubset({ whole: { value: "10", qualifier: "approx" }, parts: [11] }).value?.interval).toBe(
      "(-∞, 11)",
    );
    expect(checkSubset({ whole: { value: "50", qualifier: "atLeast" }, parts: [60] }).value?.interval).toBe(
      "(-∞, +∞)",
    );
  });

  test("gives an issue at the figure that is not a number, and when there are no parts", () => {
    expect(checkSubset({ whole: "x", parts: [1] }).issues).toEqual([
      { code: "invalidInput", path: "/whole", message: 'not a finite exact number: "x"' },
    ]);
    expect(checkSubset({ whole: 1, parts: ["x"] }).issues?.[0]?.path).toBe("/parts/0");
    expect(checkSubset({ whole: 1, parts: [] }).issues?.[0]?.path).toBe("/parts");
  });
});

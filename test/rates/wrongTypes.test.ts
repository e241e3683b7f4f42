// Figures and options of the wrong type, as plain JavaScript or JSON can give them: each is an issue that names
// the field, never a throw, and the issues come in the order of the fields. Expected values written by hand.
import { describe, expect, test } from "vitest";
import { checkStatedRate, checkSubset, type StatedRateInput } from "../../src/rates";

const loose = (input: Record<string, unknown>) => checkStatedRate(input as unknown as StatedRateInput);

describe("checkStatedRate with figures of the wrong type", () => {
  test("a stated rate given as a number is an issue at /stated, quoting it", () => {
    expect(loose({ stated: 81, numerator: 1, denominator: 2 })).toEqual({
      success: false,
      issues: [{ code: "invalidInput", path: "/stated", message: "not a decimal: 81" }],
    });
  });

  test("a tolerance given as a number is an issue at /approxTolerance, quoting it", () => {
    expect(
      loose({ stated: "90", qualifier: "approx", approxTolerance: 0.15, numerator: 9, denominator: 10 }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: "invalidOptions",
          path: "/approxTolerance",
          message: "not a non-negative decimal string: 0.15",
        },
      ],
    });
  });

  test("lists every field that is wrong, in the order of the fields", () => {
    expect(
      loose({ stated: "x", numerator: "y", denominator: null, mode: "HALF_UP", approxTolerance: "-1" }),
    ).toEqual({
      success: false,
      issues: [
        { code: "invalidInput", path: "/stated", message: 'not a decimal: "x"' },
        { code: "invalidInput", path: "/numerator", message: 'not a finite exact number: "y"' },
        { code: "invalidInput", path: "/denominator", message: "not a finite exact number: null" },
        {
          code: "invalidOptions",
          path: "/mode",
          message:
            'unknown rounding mode "HALF_UP"; expected one of halfUp, halfEven, truncate, up, floor, ceiling',
        },
        {
          code: "invalidOptions",
          path: "/approxTolerance",
          message: 'not a non-negative decimal string: "-1"',
        },
      ],
    });
  });
});

describe("checkStatedRate with a tolerance of zero", () => {
  // 约90 with no tolerance is 90 as rounded half-up: [89.5, 90.5).
  test("accepts 9 of 10 (90%) and explains the unwidened interval", () => {
    const r = checkStatedRate({
      stated: "90",
      qualifier: "approx",
      approxTolerance: "0",
      numerator: 9,
      denominator: 10,
    });
    expect(r.value).toMatchObject({
      status: "pass",
      interval: "[89.5, 90.5)",
      modesThatPass: ["halfUp", "halfEven", "truncate"],
      explanation: { en: "9 ÷ 10 × 100 = 90.00%; under halfUp the stated 90% accepts [89.5, 90.5)" },
    });
  });

  test("refuses 89 of 100 (89%), which the default 5% (± 4.5) accepts in [85, 95)", () => {
    const input = { stated: "90", qualifier: "approx", numerator: 89, denominator: 100 } as const;
    expect(checkStatedRate({ ...input, approxTolerance: "0" }).value).toMatchObject({
      status: "fail",
      modesThatPass: [],
    });
    expect(checkStatedRate(input).value?.status).toBe("pass");
  });
});

describe("checkStatedRate over zero", () => {
  test("says the denominator is zero", () => {
    expect(checkStatedRate({ stated: "50", numerator: 1, denominator: "0.00" })).toEqual({
      success: false,
      issues: [{ code: "zeroDenominator", path: "/denominator", message: "the denominator is zero" }],
    });
  });
});

describe("checkSubset with nothing readable", () => {
  test("no parts: the issue says so", () => {
    expect(checkSubset({ whole: 1, parts: [] }).issues).toEqual([
      { code: "invalidInput", path: "/parts", message: "no parts to compare with the whole" },
    ]);
  });

  test("a whole that is not a number and no parts: the issue is at the whole", () => {
    expect(checkSubset({ whole: "x", parts: [] }).issues).toEqual([
      { code: "invalidInput", path: "/whole", message: 'not a finite exact number: "x"' },
    ]);
  });
});

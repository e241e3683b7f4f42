import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseReport } from "../../src/model";
import {
  checkStatedRate,
  checkSubset,
  checkSum,
  deriveRates,
  examPassRate,
  mediationSuccessRate,
  onlineHandlingRate,
  percentagePointChange,
  rate,
  reconsiderationCorrectionRate,
  safeRate,
  share,
  sumOf,
  yoyChange,
} from "../../src/rates";
import { thrown } from "./thrown";

describe("rate", () => {
  test.each([
    [8881, 10952, {}, "81.09"],
    ["8881", "10952", { precision: 0 }, "81"],
    [225460, 242474, {}, "92.98"],
    [683, 904, { precision: 1, mode: "truncate" }, "75.5"],
    [683, 904, { precision: 1 }, "75.6"],
    ["123456789012345678901234567890", "246913578024691357802469135780", {}, "50.00"],
  ] as const)("rate(%s, %s, %o) is %s", (a, b, options, expected) => {
    expect(rate(a, b, options).value).toBe(expected);
  });

  test("explains the formula, inputs and rounding", () => {
    const r = rate(8881, 10952, { precision: 0 });
    expect(r.explanation.formula).toBe("8881 ÷ 10952 × 100");
    expect(r.explanation.rounding).toBe("halfUp to 0 decimals");
    expect(r.explanation.zh).toContain("四舍五入");
  });

  test.each([
    [1, 0, "zeroDenominator"],
    [Number.NaN, 1, "invalidInput"],
    ["abc", 1, "invalidInput"],
    [1.5, 2, "invalidInput"],
  ] as const)("safeRate(%s, %s) fails with %s and rate throws it", (a, b, code) => {
    expect(safeRate(a, b)).toMatchObject({ success: false, issues: [{ code }] });
    expect(thrown(() => rate(a, b))[0]).toBe(code);
  });

  test("share refuses a part larger than the whole", () => {
    expect(thrown(() => share(5, 4))).toEqual(["outOfRange", ["/part"]]);
  });

  test("a rate of a part within its whole lies in [0, 100]", () => {
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 48271) % 2147483647;
      const whole = (seed % 100000) + 1;
      const part = seed % (whole + 1);
      const v = Number(share(part, whole).value);
      expect(v >= 0 && v <= 100).toBe(true);
    }
  });
});

describe("changes and sums", () => {
  test("yoyChange keeps the direction", () => {
    expect(yoyChange(110, 100)).toMatchObject({ value: "10.00", direction: "increase" });
    expect(yoyChange(90, 100, { precision: 0 })).toMatchObject({ value: "10", direction: "decrease" });
    expect(thrown(() => yoyChange(1, 0))).toEqual(["zeroDenominator", ["/previous"]]);
  });
  test("percentagePointChange is exact at the finer precision", () => {
    expect(percentagePointChange("92.98", "90.5")).toMatchObject({ value: "2.48", direction: "increase" });
  });
  test("sumOf is exact and order-independent", () => {
    expect(sumOf(["18", "3", "4"]).value).toBe("25");
    expect(sumOf(["0.1", "0.2"]).value).toBe("0.3");
    expect(sumOf(["4", "3", "18"]).value).toBe(sumOf(["18", "3", "4"]).value);
  });
});

describe("checkStatedRate", () => {
  test.each([
    ["92.98", 225460, 242474, undefined, "pass"],
    ["81", 8881, 10952, undefined, "pass"],
    ["55.6", 125, 225, undefined, "pass"],
    ["87.6", 190, 217, undefined, "pass"],
    ["28.8", 19, 66, undefined, "pass"],
    ["100", 3312, 3312, undefined, "pass"],
    ["75.5", 683, 904, undefined, "passOtherMode"],
    ["98", 314, 320, "atLeast", "pass"],
    ["98", 300, 320, "atLeast", "fail"],
    ["39", 7, 22, undefined, "fail"],
  ] as const)("stated %s%% for %i/%i (%s) is %s", (stated, a, b, qualifier, status) => {
    const r = checkStatedRate({ stated, numerator: a, denominator: b, ...(qualifier ? { qualifier } : {}) });
    expect(r.value?.status).toBe(status);
  });

  test("shows stated, computed, interval, mode and delta", () => {
    expect(checkStatedRate({ stated: "81", numerator: 8881, denominator: 10952 }).value).toMatchObject({
      stated: "81",
      computed: "81.09",
      interval: "[80.5, 81.5)",
      mode: "halfUp",
      delta: "0.09",
    });
    expect(
      checkStatedRate({ stated: "75.5", numerator: 683, denominator: 904 }).value?.modesThatPass,
    ).toEqual(["truncate"]);
  });

  test("approximate inputs widen the computed value", () => {
    const exact = checkStatedRate({ stated: "90", numerator: 8000, denominator: 10000 }).value;
    const approx = checkStatedRate({
      stated: "90",
      numerator: { value: "8000", qualifier: "approxAtLeast" },
      denominator: 10000,
    }).value;
    expect([exact?.status, approx?.status]).toEqual(["fail", "pass"]);
  });

  test("gives an issue for a zero denominator or a non-number", () => {
    expect(checkStatedRate({ stated: "50", numerator: 1, denominator: 0 }).issues?.[0]?.code).toBe(
      "zeroDenominator",
    );
    expect(checkStatedRate({ stated: "x", numerator: 1, denominator: 2 }).issues?.[0]?.code).toBe(
      "invalidInput",
    );
  });
});

describe("checkSum and checkSubset", () => {
  test.each([
    [25, [18, 3, 4], "pass"],
    [446, [220, 226], "pass"],
    [121, [6, 13, 102], "pass"],
    [446, [220, 225], "fail"],
  ] as const)("%i = Σ %j is %s", (whole, parts, status) => {
    expect(checkSum({ whole, parts }).value?.status).toBe(status);
  });
  test("a sum with an at-least whole accepts a larger total", () => {
    expect(checkSum({ whole: { value: "120", qualifier: "atLeast" }, parts: [100, 30] }).value?.status).toBe(
      "pass",
    );
  });
  test.each([
    [52, [20], false, "pass"],
    [16, [20], false, "fail"],
    [10, [6, 6], false, "pass"],
    [10, [6, 6], true, "fail"],
  ] as const)("subset of %i with parts %j (disjoint %s) is %s", (whole, parts, disjoint, status) => {
    expect(checkSubset({ whole, parts, disjoint }).value?.status).toBe(status);
  });
});

describe("named rates", () => {
  test("行政复议纠错率 depends on the denominator choice (临河: 39% only without 不予受理)", () => {
    const input = { annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4 };
    expect(reconsiderationCorrectionRate(input, { precision: 0 }).value).toBe("39");
    expect(reconsiderationCorrectionRate({ ...input, excludeRejected: false }, { precision: 0 }).value).toBe(
      "32",
    );
  });
  test("name their formula", () => {
    expect(mediationSuccessRate({ successful: 8881, mediated: 10952 }).explanation.zh).toContain(
      "调解成功率",
    );
    expect(onlineHandlingRate({ online: 225460, total: 242474 }).value).toBe("92.98");
    expect(examPassRate({ passed: 125, sat: 225 }, { precision: 1 }).value).toBe("55.6");
  });
});

describe("deriveRates", () => {
  const minimal = () =>
    JSON.parse(readFileSync(new URL("../fixtures/minimal-report.json", import.meta.url), "utf8")) as Record<
      string,
      unknown
    >;
  test("computes the rate of each rate relation and checks it", () => {
    const [d] = deriveRates(parseReport(minimal()));
    expect(d).toMatchObject({ relationId: "r-mediation-rate", stated: "80", check: { status: "pass" } });
    expect(d?.inputs.map((i) => [i.role, i.path])).toEqual([
      ["numerator", "/indicators/1"],
      ["denominator", "/indicators/0"],
    ]);
  });
  test("is not applicable, not throwing, when an indicator is missing or the denominator is zero", () => {
    const doc = minimal();
    (doc.relations as { denominator: string[] }[])[0] = {
      ...(doc.relations as object[])[0],
      denominator: ["nowhere"],
    } as { denominator: string[] };
    expect(deriveRates(parseReport(doc))[0]?.notApplicable).toMatch(/unknown indicator: nowhere/);
    const zero = minimal();
    (zero.indicators as { value: string }[])[0] = {
      ...(zero.indicators as { value: string }[])[0],
      value: "0",
    } as {
      value: string;
    };
    expect(deriveRates(parseReport(zero))[0]?.notApplicable).toBe("zeroDenominator");
  });
});

import { describe, expect, test } from "vitest";
import { FazhiError } from "../../src/error";
import { MAX_DECIMAL_PLACES, type RoundingMode, rational } from "../../src/numbers";
import {
  percentagePointChange,
  type RateOptions,
  rate,
  safeRate,
  share,
  sumOf,
  yoyChange,
} from "../../src/rates";
import { thrown } from "./thrown";

describe("rate", () => {
  test.each([
    [8881, 10952, {}, "81.09"],
    [37, "92.5", {}, "40.00"],
    ["37", "92.50", { precision: 1 }, "40.0"],
    [1, 3, { precision: 0 }, "33"],
    [2, 3, { precision: 0 }, "67"],
    [2, 3, { precision: 0, mode: "truncate" }, "66"],
    [1, 8, { precision: 0 }, "13"],
    [1, 8, { precision: 0, mode: "halfEven" }, "12"],
    [3, 8, { precision: 0, mode: "halfEven" }, "38"],
    [1, 8, { precision: 1, mode: "halfEven" }, "12.5"],
    [1, 3, { precision: 30 }, `33.${"3".repeat(30)}`],
    [0, 5, {}, "0.00"],
    [-1, 4, {}, "-25.00"],
    [1, -4, {}, "-25.00"],
    [1n, 3n, {}, "33.33"],
    [rational(1, 3), 1, {}, "33.33"],
    [815, 1000, { precision: 0 }, "82"],
    [815, 1000, { precision: 0, mode: "truncate" }, "81"],
  ] as const)("rate(%s, %s, %o) is %s", (a, b, options, expected) => {
    expect(rate(a, b, options).value).toBe(expected);
  });

  test("explains the formula, inputs and rounding in words and in both languages", () => {
    expect(rate(1, 3)).toEqual({
      value: "33.33",
      exact: "100/3",
      precision: 2,
      mode: "halfUp",
      explanation: {
        formula: "1 ÷ 3 × 100",
        inputs: { numerator: "1", denominator: "3" },
        rounding: "halfUp to 2 decimals",
        zh: "1 ÷ 3 × 100 = 33.33%（四舍五入，保留2位小数）",
        en: "1 ÷ 3 × 100 = 33.33% (halfUp to 2 decimals)",
      },
    });
    expect(rate(37, "92.5", { precision: 1, mode: "truncate" }).explanation).toEqual({
      formula: "37 ÷ 92.5 × 100",
      inputs: { numerator: "37", denominator: "92.5" },
      rounding: "truncate to 1 decimal",
      zh: "37 ÷ 92.5 × 100 = 40.0%（截尾，保留1位小数）",
      en: "37 ÷ 92.5 × 100 = 40.0% (truncate to 1 decimal)",
    });
    expect(rate(rational(1, 3), 1, { precision: 0 }).explanation.formula).toBe("1/3 ÷ 1 × 100");
  });

  test.each([
    ["halfUp", "四舍五入"],
    ["halfEven", "四舍六入五成双"],
    ["truncate", "截尾"],
    ["up", "进一"],
    ["floor", "向下取整"],
    ["ceiling", "向上取整"],
  ] as const)("names %s in Chinese as %s", (mode, zh) => {
    expect(rate(1, 2, { precision: 0, mode }).explanation.zh).toBe(`1 ÷ 2 × 100 = 50%（${zh}，保留0位小数）`);
  });

  test.each([
    [1, 0, {}, "zeroDenominator"],
    [Number.NaN, 1, {}, "invalidInput"],
    ["abc", 1, {}, "invalidInput"],
    [1, "abc", {}, "invalidInput"],
    [1.5, 2, {}, "invalidInput"],
    [1, 3, { precision: -1 }, "invalidOptions"],
    [1, 3, { precision: 1.5 }, "invalidOptions"],
    [1, 3, { precision: MAX_DECIMAL_PLACES + 1 }, "invalidOptions"],
  ] as const)(
    "safeRate(%s, %s, %o) fails with %s and rate throws a FazhiError with it",
    (a, b, options, code) => {
      expect(safeRate(a, b, options)).toMatchObject({ success: false, issues: [{ code }] });
      expect(thrown(() => rate(a, b, options))[0]).toBe(code);
    },
  );

  test.each([
    [1, 0, {}, "/denominator"],
    ["abc", 1, {}, "/numerator"],
    [1, "abc", {}, "/denominator"],
    [1, 3, { precision: -1 }, "/options/precision"],
    [1, 3, { mode: "HALF_UP" }, "/options/mode"],
  ] as const)("safeRate(%s, %s, %o) points at %s", (a, b, options, path) => {
    const r = safeRate(a, b, options as RateOptions);
    expect(r.issues?.map((i) => i.path)).toEqual([path]);
  });

  test("refuses an unknown rounding mode: safeRate with invalidOptions, rate with a FazhiError naming it", () => {
    const options = { mode: "HALF_UP" as RoundingMode };
    expect(safeRate(1, 3, options).issues?.[0]?.code).toBe("invalidOptions");
    expect(() => rate(1, 3, options)).toThrow(FazhiError);
    expect(() => rate(1, 3, options)).toThrow(/unknown rounding mode "HALF_UP"/);
  });

  test("gives the exact value as a fraction string that reads back as an input", () => {
    // 8881 ÷ 10952 × 100 = 888100/10952 = 222025/2738 (divided by 4; 2738 = 2 × 37², 222025 = 5² × 8881)
    expect(rate(8881, 10952).exact).toBe("222025/2738");
    expect(rate(1, 4).exact).toBe("25");
    expect(rate(-1, 3).exact).toBe("-100/3");
    expect(rate("222025/2738", 100).value).toBe("81.09");
    expect(safeRate("1/0", 1).issues?.[0]).toMatchObject({ code: "invalidInput", path: "/numerator" });
  });

  test("takes null options as absent", () => {
    const result = safeRate(1, 3, null);
    expect(result.success && result.value.value).toBe("33.33");
    expect(rate(1, 3, null).value).toBe("33.33");
    expect(share(1, 3, null).value).toBe("33.33");
  });

  test(`computes at any precision up to ${MAX_DECIMAL_PLACES}`, () => {
    const r = safeRate(1, 8, { precision: MAX_DECIMAL_PLACES });
    expect(r.success && r.value.value).toBe(`12.5${"0".repeat(MAX_DECIMAL_PLACES - 1)}`);
    expect(rate(1, 8, { precision: 29 }).value).toBe(`12.5${"0".repeat(28)}`);
  });
});

describe("share", () => {
  test.each([
    [5, 5, "100.00"],
    [0, 5, "0.00"],
    [225460, 242474, "92.98"],
    ["92.5", "92.5", "100.00"],
  ] as const)("share(%s, %s) is %s", (part, whole, expected) => {
    expect(share(part, whole).value).toBe(expected);
  });
  test.each([
    [5, 4, "outOfRange", "/part"],
    ["5.01", 5, "outOfRange", "/part"],
    [-1, 4, "outOfRange", "/part"],
    ["x", 4, "invalidInput", "/part"],
    [4, "x", "invalidInput", "/whole"],
    [1, 0, "outOfRange", "/part"],
    [0, 0, "zeroDenominator", "/whole"],
  ] as const)("share(%s, %s) throws a FazhiError: %s at %s", (part, whole, code, path) => {
    expect(thrown(() => share(part, whole))).toEqual([code, [path]]);
  });

  test("says which of part and whole is at fault", () => {
    expect(() => share(5, 4)).toThrow("/part: the part 5 exceeds the whole 4");
    expect(() => share(-1, 4)).toThrow("/part: the part -1 is negative");
  });
});

describe("yoyChange", () => {
  test.each([
    [110, 100, {}, "10.00", "increase"],
    [90, 100, { precision: 0 }, "10", "decrease"],
    [100, 100, {}, "0.00", "none"],
    [4, 3, {}, "33.33", "increase"],
    [4, 3, { mode: "up" }, "33.34", "increase"],
    [4, 3, { precision: 1 }, "33.3", "increase"],
    [2, 3, { precision: 1, mode: "truncate" }, "33.3", "decrease"],
    [2, 3, { precision: 1, mode: "up" }, "33.4", "decrease"],
    [0, 5, {}, "100.00", "decrease"],
    ["1.5", "1.2", {}, "25.00", "increase"],
    [1005, 1000, { precision: 0 }, "1", "increase"],
    [1005, 1000, { precision: 0, mode: "halfEven" }, "0", "increase"],
  ] as const)("yoyChange(%s, %s, %o) is %s, %s", (current, previous, options, value, direction) => {
    expect(yoyChange(current, previous, options as RateOptions)).toMatchObject({ value, direction });
  });

  test("explains an increase, a decrease and no change", () => {
    expect(yoyChange(110, 100).explanation).toEqual({
      formula: "(110 − 100) ÷ 100 × 100",
      inputs: { current: "110", previous: "100" },
      rounding: "halfUp to 2 decimals",
      zh: "(110 − 100) ÷ 100 × 100，增长10.00%",
      en: "(110 − 100) ÷ 100 × 100: increase of 10.00%",
    });
    expect(yoyChange(90, 100, { precision: 0, mode: "truncate" }).explanation).toMatchObject({
      rounding: "truncate to 0 decimals",
      zh: "(90 − 100) ÷ 100 × 100，下降10%",
      en: "(90 − 100) ÷ 100 × 100: decrease of 10%",
    });
    expect(yoyChange(100, 100).explanation).toMatchObject({
      zh: "(100 − 100) ÷ 100 × 100，持平0.00%",
      en: "(100 − 100) ÷ 100 × 100: no change",
    });
  });

  test.each([
    [1, 0, "zeroDenominator", ["/previous"]],
    ["x", 1, "invalidInput", ["/current"]],
    [1, "x", "invalidInput", ["/previous"]],
    [-1, 5, "outOfRange", ["/current"]],
    [1, -5, "outOfRange", ["/previous"]],
    [-1, -5, "outOfRange", ["/current", "/previous"]],
  ] as const)("yoyChange(%s, %s) throws a FazhiError: %s at %j", (current, previous, code, paths) => {
    expect(thrown(() => yoyChange(current, previous))).toEqual([code, paths]);
  });

  test("refuses an unknown mode by name and takes null options as absent", () => {
    expect(() => yoyChange(2, 1, { mode: "HALF_UP" as RoundingMode })).toThrow(
      /unknown rounding mode "HALF_UP"/,
    );
    expect(yoyChange(110, 100, null).value).toBe("10.00");
  });
});

describe("percentagePointChange", () => {
  test.each([
    ["92.98", "90.5", "2.48", "increase"],
    ["90.5", "92.98", "2.48", "decrease"],
    ["81", "81", "0", "none"],
    ["81.0", "81", "0.0", "none"],
    ["81", "80.5", "0.5", "increase"],
    ["0.1", "0.05", "0.05", "increase"],
    ["0", "100", "100", "decrease"],
  ] as const)("from %s%% to… %s%% is %s, %s", (current, previous, value, direction) => {
    expect(percentagePointChange(current, previous)).toMatchObject({ value, direction });
  });

  test("explains an increase, a decrease and no change", () => {
    expect(percentagePointChange("92.98", "90.5").explanation).toEqual({
      formula: "92.98 − 90.5",
      inputs: { current: "92.98", previous: "90.5" },
      rounding: "exact",
      zh: "92.98% − 90.5%，提高2.48个百分点",
      en: "92.98% − 90.5%: increase of 2.48 percentage points",
    });
    expect(percentagePointChange("90.5", "92.98").explanation).toMatchObject({
      zh: "90.5% − 92.98%，下降2.48个百分点",
      en: "90.5% − 92.98%: decrease of 2.48 percentage points",
    });
    expect(percentagePointChange("81", "81").explanation).toMatchObject({
      zh: "81% − 81%，持平0个百分点",
      en: "81% − 81%: no change",
    });
  });

  test.each([
    ["x", "1", "/currentRate"],
    ["1", "x", "/previousRate"],
  ])("throws a FazhiError for %j and %j at %s", (a, b, path) => {
    expect(thrown(() => percentagePointChange(a, b))).toEqual(["invalidInput", [path]]);
  });
});

describe("sumOf", () => {
  test("is exact and explains itself", () => {
    expect(sumOf(["18", "3", "4"])).toEqual({
      value: "25",
      explanation: {
        formula: "18 + 3 + 4",
        inputs: { part1: "18", part2: "3", part3: "4" },
        rounding: "exact",
        zh: "18 + 3 + 4 = 25",
        en: "18 + 3 + 4 = 25",
      },
    });
  });
  test.each([
    [["0.1", "0.2"], "0.3", "0.1 + 0.2"],
    [[rational(1, 3), rational(1, 3)], "2/3", "1/3 + 1/3"],
    [[1n, 2], "3", "1 + 2"],
    [[], "0", "0"],
  ] as const)("sums %o to %s", (values, value, formula) => {
    const r = sumOf(values);
    expect([r.value, r.explanation.formula]).toEqual([value, formula]);
  });
  test("throws a FazhiError naming each value that is not a number", () => {
    expect(thrown(() => sumOf(["1", "x", "2", Number.NaN]))).toEqual(["invalidInput", ["/1", "/3"]]);
    expect(() => sumOf(["1", "x"])).toThrow('/1: not a finite exact number: "x"');
  });
});

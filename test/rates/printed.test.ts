// A qualified figure stands for the values that round to it as printed: its trailing zeros are its precision.
// Intervals worked by hand (half-up): 120.0 is [119.95, 120.05), 120 is [119.5, 120.5).
import { describe, expect, test } from "vitest";
import { checkStatedRate, checkSum } from "../../src/rates";

describe("a qualified figure is read at the precision it is printed with", () => {
  test("120.0余 is [119.95, +∞): 100 + 19.6 falls short of it, 100 + 19.96 does not", () => {
    const whole = { value: "120.0", qualifier: "atLeast" } as const;
    expect(checkSum({ whole, parts: [100, "19.6"] }).value).toMatchObject({
      status: "fail",
      stated: "120",
      computed: "119.6",
      interval: "[119.95, +∞)",
    });
    expect(checkSum({ whole, parts: [100, "19.96"] }).value?.status).toBe("pass");
    // printed without the zero, the same 119.6 rounds to it
    expect(
      checkSum({ whole: { value: "120", qualifier: "atLeast" }, parts: [100, "19.6"] }).value,
    ).toMatchObject({ status: "pass", interval: "[119.5, +∞)" });
  });

  test("1.50万余 is [14950, +∞), not the [14500, +∞) of 1.5万余", () => {
    const r = checkSum({
      whole: { value: "1.50", magnitude: "万", qualifier: "atLeast" },
      parts: [8000, 6600],
    }).value;
    expect(r).toMatchObject({ status: "fail", stated: "15000", computed: "14600", interval: "[14950, +∞)" });
  });

  test("a rate over 约1000.0 (± 5% of [999.95, 1000.05)) is computed over [949.95, 1050.05)", () => {
    // 950 ÷ [949.95, 1050.05) × 100 = (90.4719…, 100.0052…]: 100 fits, 89 ([88.5, 89.5)) does not, nor does
    // 100.05 ([100.045, 100.055)), which 约1000 ([949.5, 1050.5), up to 100.0526…) would let pass
    const r = (stated: string) =>
      checkStatedRate({
        stated,
        numerator: 950,
        denominator: { value: "1000.0", qualifier: "approx" },
      }).value?.status;
    expect([r("100"), r("89"), r("100.05")]).toEqual(["pass", "fail", "fail"]);
  });
});

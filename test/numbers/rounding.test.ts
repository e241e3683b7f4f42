import { describe, expect, test } from "vitest";
import {
  isRoundingMode,
  MAX_DECIMAL_PLACES,
  type Rational,
  ROUNDING_MODES,
  type RoundingMode,
  rational,
  roundingModeOf,
  roundRational,
  toDecimalString,
} from "../../src/numbers";

// Each row: the exact value, places, then what halfUp, halfEven, truncate, up, floor and ceiling give.
// Worked by hand: a half goes away from zero (halfUp), to the even neighbour (halfEven); the rest never look at it.
const table: ReadonlyArray<
  readonly [string, Rational, number, readonly [string, string, string, string, string, string]]
> = [
  ["2.5 on a half, even below", rational(5, 2), 0, ["3", "2", "2", "3", "2", "3"]],
  ["3.5 on a half, odd below", rational(7, 2), 0, ["4", "4", "3", "4", "3", "4"]],
  ["2.4999 just below a half", rational(24999, 10000), 0, ["2", "2", "2", "3", "2", "3"]],
  ["2.5001 just above a half", rational(25001, 10000), 0, ["3", "3", "2", "3", "2", "3"]],
  ["-2.5 on a half", rational(-5, 2), 0, ["-3", "-2", "-2", "-3", "-3", "-2"]],
  ["-3.5 on a half", rational(-7, 2), 0, ["-4", "-4", "-3", "-4", "-4", "-3"]],
  ["-2.4999 just inside a half", rational(-24999, 10000), 0, ["-2", "-2", "-2", "-3", "-3", "-2"]],
  ["-2.5001 just past a half", rational(-25001, 10000), 0, ["-3", "-3", "-2", "-3", "-3", "-2"]],
  ["2, a whole number", rational(2), 0, ["2", "2", "2", "2", "2", "2"]],
  ["-2, a whole number", rational(-2), 0, ["-2", "-2", "-2", "-2", "-2", "-2"]],
  ["0", rational(0), 2, ["0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]],
  [
    "81.25 on a half at one place, even below",
    rational(325, 4),
    1,
    ["81.3", "81.2", "81.2", "81.3", "81.2", "81.3"],
  ],
  [
    "81.35 on a half at one place, odd below",
    rational(1627, 20),
    1,
    ["81.4", "81.4", "81.3", "81.4", "81.3", "81.4"],
  ],
  ["0.05 on a half at one place", rational(1, 20), 1, ["0.1", "0.0", "0.0", "0.1", "0.0", "0.1"]],
  [
    "-0.05 on a half at one place (never -0)",
    rational(-1, 20),
    1,
    ["-0.1", "0.0", "0.0", "-0.1", "-0.1", "0.0"],
  ],
  ["1/3 at two places", rational(1, 3), 2, ["0.33", "0.33", "0.33", "0.34", "0.33", "0.34"]],
  ["-1/3 at two places", rational(-1, 3), 2, ["-0.33", "-0.33", "-0.33", "-0.34", "-0.34", "-0.33"]],
  ["2/3 at two places", rational(2, 3), 2, ["0.67", "0.67", "0.66", "0.67", "0.66", "0.67"]],
  ["815/1000 × 100 = 81.5 at no places", rational(163, 2), 0, ["82", "82", "81", "82", "81", "82"]],
  [
    "8881/10952 × 100 = 81.0902… at two places",
    rational(888100, 10952),
    2,
    ["81.09", "81.09", "81.09", "81.10", "81.09", "81.10"],
  ],
];

describe("roundRational and toDecimalString", () => {
  test.each(
    table.flatMap(([name, r, places, expected]) =>
      ROUNDING_MODES.map((mode, i) => [name, mode, r, places, expected[i] as string] as const),
    ),
  )("rounds %s under %s", (_name, mode, r, places, expected) => {
    expect(toDecimalString(r, places, mode)).toBe(expected);
  });

  test("rounds to a reduced rational", () => {
    expect(roundRational(rational(163, 2), 0, "halfUp")).toEqual({ n: 82n, d: 1n });
    expect(roundRational(rational(325, 4), 1, "halfEven")).toEqual({ n: 406n, d: 5n });
    expect(roundRational(rational(-1, 20), 1, "floor")).toEqual({ n: -1n, d: 10n });
  });

  test("halfUp is the default of toDecimalString", () => {
    expect(toDecimalString(rational(5, 2), 0)).toBe("3");
  });

  test("writes leading zeros and no point at no places", () => {
    expect(toDecimalString(rational(5, 1000), 3, "halfUp")).toBe("0.005");
    expect(toDecimalString(rational(-5, 1000), 3, "halfUp")).toBe("-0.005");
    expect(toDecimalString(rational(1234), 0, "halfUp")).toBe("1234");
    expect(toDecimalString(rational(1234), 1, "halfUp")).toBe("1234.0");
  });

  test(`accepts every precision from 0 to ${MAX_DECIMAL_PLACES}`, () => {
    const thirty = `0.${"3".repeat(30)}`;
    expect(toDecimalString(rational(1, 3), 30, "truncate")).toBe(thirty);
    expect(toDecimalString(rational(1, 3), 31, "up")).toBe(`0.${"3".repeat(30)}4`);
    expect(toDecimalString(rational(1, 3), MAX_DECIMAL_PLACES, "truncate")).toBe(
      `0.${"3".repeat(MAX_DECIMAL_PLACES)}`,
    );
  });

  test.each([-1, 1.5, MAX_DECIMAL_PLACES + 1, Number.NaN])(
    "refuses %s places with a RangeError",
    (places) => {
      expect(() => roundRational(rational(1, 3), places, "halfUp")).toThrow(
        new RangeError(`places must be a whole number from 0 to ${MAX_DECIMAL_PLACES}`),
      );
    },
  );

  test.each(["HALF_UP", "", "round"])(
    "refuses the unknown mode %j with a TypeError that names it",
    (mode) => {
      expect(() => roundRational(rational(1, 3), 2, mode as RoundingMode)).toThrow(TypeError);
      expect(() => toDecimalString(rational(1, 3), 2, mode as RoundingMode)).toThrow(
        `unknown rounding mode "${mode}" (expected halfUp, halfEven, truncate, up, floor or ceiling)`,
      );
    },
  );
});

describe("isRoundingMode and roundingModeOf", () => {
  test.each(ROUNDING_MODES)("knows %s", (mode) => {
    expect(isRoundingMode(mode)).toBe(true);
    expect(roundingModeOf(mode)).toBe(mode);
  });
  test.each([["HALF_UP"], [""], [null], [undefined], [1], [{}]])("does not know %j", (mode) => {
    expect(isRoundingMode(mode)).toBe(false);
    expect(() => roundingModeOf(mode)).toThrow(TypeError);
  });
  test("lists the six modes in the order checks try them", () => {
    expect(ROUNDING_MODES).toEqual(["halfUp", "halfEven", "truncate", "up", "floor", "ceiling"]);
  });
});

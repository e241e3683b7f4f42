import { describe, expect, test } from "vitest";
import {
  contains,
  formatInterval,
  type Interval,
  intersects,
  intervalAdd,
  intervalDiv,
  intervalOf,
  intervalSub,
  type Rational,
  type RoundingMode,
  rational,
  type StatedIntervalOptions,
  statedInterval,
  widen,
} from "../../src/numbers";

const r = rational;
/** An interval from its bounds, `undefined` for an unbounded end. */
const iv = (
  lower: Rational | undefined,
  upper: Rational | undefined,
  lowerClosed = true,
  upperClosed = true,
): Interval => ({
  ...(lower ? { lower } : {}),
  ...(upper ? { upper } : {}),
  lowerClosed,
  upperClosed,
});
/** Tables hold functions where a value comes from the code under test, so that it runs inside the test. */
const lazy = (x: Interval | (() => Interval)): Interval => (typeof x === "function" ? x() : x);
const stated = (s: string, o?: StatedIntervalOptions | null): string => {
  const x = statedInterval(s, o);
  if (!x) throw new Error(`no interval for ${s}`);
  return formatInterval(x);
};

describe("statedInterval", () => {
  // Worked by hand: the values that round to the figure at its stated places under the mode.
  test.each([
    ["81", "halfUp", "[80.5, 81.5)"],
    ["-81", "halfUp", "(-81.5, -80.5]"],
    ["0", "halfUp", "(-0.5, 0.5)"],
    ["81.30", "halfUp", "[81.295, 81.305)"],
    ["81", "halfEven", "(80.5, 81.5)"],
    ["82", "halfEven", "[81.5, 82.5]"],
    ["81.3", "halfEven", "(81.25, 81.35)"],
    ["81.2", "halfEven", "[81.15, 81.25]"],
    ["8.13", "halfEven", "(8.125, 8.135)"],
    ["-81", "halfEven", "(-81.5, -80.5)"],
    ["-82", "halfEven", "[-82.5, -81.5]"],
    ["0", "halfEven", "[-0.5, 0.5]"],
    ["81", "truncate", "[81, 82)"],
    ["75.5", "truncate", "[75.5, 75.6)"],
    ["-81", "truncate", "(-82, -81]"],
    ["0", "truncate", "(-1, 1)"],
    ["0.0", "truncate", "(-0.1, 0.1)"],
    ["81", "up", "(80, 81]"],
    ["-81", "up", "[-81, -80)"],
    ["0", "up", "[0, 0]"],
    ["81", "floor", "[81, 82)"],
    ["-81", "floor", "[-81, -80)"],
    ["0", "floor", "[0, 1)"],
    ["81", "ceiling", "(80, 81]"],
    ["-81", "ceiling", "(-82, -81]"],
    ["0", "ceiling", "(-1, 0]"],
  ] as const)("reads %s under %s as %s", (s, mode, expected) => {
    expect(stated(s, { mode })).toBe(expected);
  });

  test.each([
    ["98", { qualifier: "atLeast" }, "[97.5, +∞)"],
    ["98", { qualifier: "atLeast", mode: "truncate" }, "[98, +∞)"],
    ["98", { qualifier: "atLeast", mode: "up" }, "(97, +∞)"],
    ["0", { qualifier: "atLeast" }, "(-0.5, +∞)"],
    ["500", { qualifier: "atMost" }, "(-∞, 500.5)"],
    ["500", { qualifier: "nearly" }, "(-∞, 500.5)"],
    ["500", { qualifier: "nearly", mode: "up" }, "(-∞, 500]"],
    ["500", { qualifier: "exact" }, "[499.5, 500.5)"],
    ["8000", { qualifier: "approx" }, "[7599.5, 8400.5)"],
    ["8000", { qualifier: "approx", approxTolerance: "0.1" }, "[7199.5, 8800.5)"],
    ["8000", { qualifier: "approx", approxTolerance: "0" }, "[7999.5, 8000.5)"],
    ["-8000", { qualifier: "approx" }, "(-8400.5, -7599.5]"],
    ["10", { qualifier: "approx" }, "[9, 11)"],
    ["8000", { qualifier: "approxAtLeast" }, "[7599.5, +∞)"],
    ["8000", { qualifier: "approxAtLeast", mode: "up" }, "(7599, +∞)"],
  ] as const)("reads %s with %o as %s", (s, options, expected) => {
    expect(stated(s, options)).toBe(expected);
  });

  test("takes absent and null options as the defaults (halfUp, exact)", () => {
    expect(stated("81")).toBe("[80.5, 81.5)");
    expect(stated("81", null)).toBe("[80.5, 81.5)");
    expect(stated("81", {})).toBe("[80.5, 81.5)");
  });

  test("reads a figure with more than 28 decimals at its own precision", () => {
    // 12.5 + 10^-30, half-up: [12.5 + 5·10^-31, 12.5 + 15·10^-31)
    const x = statedInterval(`12.5${"0".repeat(28)}1`) as Interval;
    expect(x).toEqual(
      iv(r(125n * 10n ** 30n + 5n, 10n ** 31n), r(125n * 10n ** 30n + 15n, 10n ** 31n), true, false),
    );
    expect(contains(x, r(25, 2))).toBe(false);
  });

  test.each(["abc", "", "1e5", " 81"])("is undefined for %j", (s) => {
    expect(statedInterval(s)).toBeUndefined();
  });

  test.each(["abc", "-0.1", ""])(
    "refuses the tolerance %j with a RangeError, whatever the qualifier",
    (t) => {
      expect(() => statedInterval("81", { qualifier: "approx", approxTolerance: t })).toThrow(
        new RangeError(`approxTolerance must be a non-negative decimal string, got ${JSON.stringify(t)}`),
      );
      expect(() => statedInterval("81", { approxTolerance: t })).toThrow(RangeError);
    },
  );

  test("refuses an unknown mode with a TypeError that names it", () => {
    expect(() => statedInterval("81", { mode: "HALF_UP" as RoundingMode })).toThrow(
      /unknown rounding mode "HALF_UP"/,
    );
  });
});

describe("contains", () => {
  test.each([
    ["a closed lower end", iv(r(1), r(2)), r(1), true],
    ["an open lower end", iv(r(1), r(2), false), r(1), false],
    ["a closed upper end", iv(r(1), r(2)), r(2), true],
    ["an open upper end", iv(r(1), r(2), true, false), r(2), false],
    ["a value inside", iv(r(1), r(2), false, false), r(3, 2), true],
    ["a value below", iv(r(1), r(2)), r(1, 2), false],
    ["a value above", iv(r(1), r(2)), r(5, 2), false],
    ["no lower end", iv(undefined, r(2)), r(-1000), true],
    ["no upper end", iv(r(1), undefined), r(1000), true],
    ["81.09 in 81", () => statedInterval("81") as Interval, r(888100, 10952), true],
    ["81.5 in 81", () => statedInterval("81") as Interval, r(163, 2), false],
    ["80.5 in 81", () => statedInterval("81") as Interval, r(161, 2), true],
  ] as const)("%s", (_name, interval, x, expected) => {
    expect(contains(lazy(interval), x)).toBe(expected);
  });
});

describe("intersects", () => {
  test.each([
    ["touching closed ends", iv(r(1), r(2)), iv(r(2), r(3)), true],
    ["touching where the left is open", iv(r(1), r(2), true, false), iv(r(2), r(3)), false],
    ["touching where the right is open", iv(r(1), r(2)), iv(r(2), r(3), false), false],
    ["overlapping", iv(r(1), r(3)), iv(r(2), r(4)), true],
    ["apart", iv(r(1), r(2)), iv(r(3), r(4)), false],
    ["one inside the other", iv(r(1), r(4)), iv(r(2), r(3)), true],
    ["unbounded", iv(undefined, undefined), iv(r(3), r(4)), true],
    ["unbounded above, below the other", iv(r(5), undefined), iv(r(3), r(4)), false],
    ["unbounded below, above the other", iv(undefined, r(2)), iv(r(3), r(4)), false],
    [
      "the point 81.5 and 81 half-up, [80.5, 81.5)",
      intervalOf(r(163, 2)),
      () => statedInterval("81") as Interval,
      false,
    ],
    [
      "the point 81.5 and 82 half-up, [81.5, 82.5)",
      intervalOf(r(163, 2)),
      () => statedInterval("82") as Interval,
      true,
    ],
    [
      "the point 80.5 and 80 half-even, [79.5, 80.5]",
      intervalOf(r(161, 2)),
      () => statedInterval("80", { mode: "halfEven" }) as Interval,
      true,
    ],
    [
      "the point 80.5 and 81 half-even, (80.5, 81.5)",
      intervalOf(r(161, 2)),
      () => statedInterval("81", { mode: "halfEven" }) as Interval,
      false,
    ],
  ] as const)("%s: %s", (_name, first, second, expected) => {
    const [a, b] = [lazy(first), lazy(second)];
    expect(intersects(a, b)).toBe(expected);
    expect(intersects(b, a)).toBe(expected);
  });
});

describe("interval arithmetic", () => {
  test.each([
    ["[1, 2) + [3, 4]", () => intervalAdd(iv(r(1), r(2), true, false), iv(r(3), r(4))), "[4, 6)"],
    ["(1, 2] + [3, 4]", () => intervalAdd(iv(r(1), r(2), false), iv(r(3), r(4))), "(4, 6]"],
    ["(-∞, 2] + [1, 1]", () => intervalAdd(iv(undefined, r(2)), intervalOf(r(1))), "(-∞, 3]"],
    ["[1, +∞) + [1, 1]", () => intervalAdd(iv(r(1), undefined, true, false), intervalOf(r(1))), "[2, +∞)"],
    ["[5, 6] − [1, 2)", () => intervalSub(iv(r(5), r(6)), iv(r(1), r(2), true, false)), "(3, 5]"],
    ["(5, 6] − [1, 2]", () => intervalSub(iv(r(5), r(6), false), iv(r(1), r(2))), "(3, 5]"],
    ["[5, 6) − [1, 2]", () => intervalSub(iv(r(5), r(6), true, false), iv(r(1), r(2))), "[3, 5)"],
    ["[5, 6] − (1, 2]", () => intervalSub(iv(r(5), r(6)), iv(r(1), r(2), false)), "[3, 5)"],
    ["[5, 6] − [1, +∞)", () => intervalSub(iv(r(5), r(6)), iv(r(1), undefined)), "(-∞, 5]"],
    ["[5, +∞) − [1, 2]", () => intervalSub(iv(r(5), undefined), iv(r(1), r(2))), "[3, +∞)"],
    ["[1, 2] ÷ [4, 8]", () => intervalDiv(iv(r(1), r(2)), iv(r(4), r(8))), "[0.125, 0.5]"],
    [
      "[1, 2) ÷ (4, 8]",
      () => intervalDiv(iv(r(1), r(2), true, false), iv(r(4), r(8), false)),
      "[0.125, 0.5)",
    ],
    [
      "(1, 2] ÷ [4, 8)",
      () => intervalDiv(iv(r(1), r(2), false), iv(r(4), r(8), true, false)),
      "(0.125, 0.5]",
    ],
    ["[1, 2] ÷ (4, 8]", () => intervalDiv(iv(r(1), r(2)), iv(r(4), r(8), false)), "[0.125, 0.5)"],
    ["[1, 2] ÷ [4, 8)", () => intervalDiv(iv(r(1), r(2)), iv(r(4), r(8), true, false)), "(0.125, 0.5]"],
    ["[1, 1] ÷ [0, 4]", () => intervalDiv(intervalOf(r(1)), iv(r(0), r(4))), "[0.25, +∞)"],
    ["[1, 1] ÷ [0, 0]", () => intervalDiv(intervalOf(r(1)), intervalOf(r(0))), "[0, +∞)"],
    ["[1, 1] ÷ [4, +∞)", () => intervalDiv(intervalOf(r(1)), iv(r(4), undefined)), "[0, 0.25]"],
    ["(1, 1] ÷ [4, +∞)", () => intervalDiv(iv(r(1), r(1), false), iv(r(4), undefined)), "[0, 0.25]"],
    ["[1, +∞) ÷ [4, 4]", () => intervalDiv(iv(r(1), undefined), intervalOf(r(4))), "[0.25, +∞)"],
    ["(-∞, 1] ÷ [4, 4]", () => intervalDiv(iv(undefined, r(1)), intervalOf(r(4))), "[0, 0.25]"],
    ["[37, 37] ÷ [92.5, 92.5]", () => intervalDiv(intervalOf(r(37)), intervalOf(r(185, 2))), "[0.4, 0.4]"],
    ["widen [10, 10] by 1", () => widen(intervalOf(r(10)), r(1)), "[9, 11]"],
    ["widen (10, 12) by 1", () => widen(iv(r(10), r(12), false, false), r(1)), "(9, 13)"],
    ["widen (-∞, +∞) by 1", () => widen(iv(undefined, undefined, false, false), r(1)), "(-∞, +∞)"],
  ] as const)("%s is %s", (_name, compute, expected) => {
    expect(formatInterval(compute())).toBe(expected);
  });
});

describe("formatInterval", () => {
  test.each([
    ["exact bounds", iv(r(161, 2), r(163, 2), true, false), undefined, "[80.5, 81.5)"],
    ["fixed places", iv(r(161, 2), r(163, 2), true, false), 2, "[80.50, 81.50)"],
    ["no places", iv(r(161, 2), r(163, 2), false, true), 0, "(81, 82]"],
    [
      "a bound that does not terminate, at 12 places",
      iv(r(1, 3), r(2, 3)),
      undefined,
      "[0.333333333333, 0.666666666667]",
    ],
    [
      "a bound that terminates after 12 places, at 12",
      iv(r(1, 8192), r(1)),
      undefined,
      "[0.000122070313, 1]",
    ],
    ["a negative bound", iv(r(-1, 2), r(0)), undefined, "[-0.5, 0]"],
    ["no bounds", iv(undefined, undefined, false, false), undefined, "(-∞, +∞)"],
  ] as const)("writes %s", (_name, interval, places, expected) => {
    expect(formatInterval(interval, places)).toBe(expected);
  });
});

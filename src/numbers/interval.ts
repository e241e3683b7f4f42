import { decimalPlaces, parseDecimal, toDecimalString, toFixedExact } from "./decimal";
import type { Qualifier } from "./qualifier";
import { abs, add, cmp, div, isZero, mul, type Rational, rational, sub } from "./rational";
import { type RoundingMode, roundingModeOf } from "./rounding";

/**
 * A set of exact values between two bounds; a missing bound is unbounded.
 * @example
 * statedInterval("81") //=> { lower: { n: 161n, d: 2n }, upper: { n: 163n, d: 2n }, lowerClosed: true, upperClosed: false }
 */
export interface Interval {
  readonly lower?: Rational;
  readonly upper?: Rational;
  readonly lowerClosed: boolean;
  readonly upperClosed: boolean;
}

/** @example intervalOf(rational(5)) //=> { lower: 5, upper: 5, both closed } */
export const intervalOf = (x: Rational): Interval => ({
  lower: x,
  upper: x,
  lowerClosed: true,
  upperClosed: true,
});

/**
 * Whether `x` lies in the interval.
 *
 * @example
 * contains(statedInterval("81") as Interval, rational(8881 * 100, 10952)) //=> true
 */
export function contains(iv: Interval, x: Rational): boolean {
  if (iv.lower) {
    const c = cmp(x, iv.lower);
    if (c < 0 || (c === 0 && !iv.lowerClosed)) return false;
  }
  if (iv.upper) {
    const c = cmp(x, iv.upper);
    if (c > 0 || (c === 0 && !iv.upperClosed)) return false;
  }
  return true;
}

/**
 * Whether two intervals share at least one value.
 *
 * @example
 * intersects(intervalOf(rational(1)), intervalOf(rational(2))) //=> false
 */
export function intersects(a: Interval, b: Interval): boolean {
  const lowerOk = (lo: Interval, hi: Interval): boolean => {
    if (!lo.lower || !hi.upper) return true;
    const c = cmp(lo.lower, hi.upper);
    return c < 0 || (c === 0 && lo.lowerClosed && hi.upperClosed);
  };
  return lowerOk(a, b) && lowerOk(b, a);
}

/** @example widen(intervalOf(rational(10)), rational(1)) //=> [9, 11] */
export function widen(iv: Interval, by: Rational): Interval {
  return {
    ...(iv.lower ? { lower: sub(iv.lower, by) } : {}),
    ...(iv.upper ? { upper: add(iv.upper, by) } : {}),
    lowerClosed: iv.lowerClosed,
    upperClosed: iv.upperClosed,
  };
}

/** @example intervalAdd(intervalOf(rational(1)), intervalOf(rational(2))) //=> [3, 3] */
export function intervalAdd(a: Interval, b: Interval): Interval {
  return {
    ...(a.lower && b.lower ? { lower: add(a.lower, b.lower) } : {}),
    ...(a.upper && b.upper ? { upper: add(a.upper, b.upper) } : {}),
    lowerClosed: a.lowerClosed && b.lowerClosed,
    upperClosed: a.upperClosed && b.upperClosed,
  };
}

/** @example intervalSub(intervalOf(rational(5)), intervalOf(rational(2))) //=> [3, 3] */
export function intervalSub(a: Interval, b: Interval): Interval {
  return {
    ...(a.lower && b.upper ? { lower: sub(a.lower, b.upper) } : {}),
    ...(a.upper && b.lower ? { upper: sub(a.upper, b.lower) } : {}),
    lowerClosed: a.lowerClosed && b.upperClosed,
    upperClosed: a.upperClosed && b.lowerClosed,
  };
}

/**
 * `a ÷ b` for non-negative intervals (a numerator over a positive denominator); a denominator that may be 0 leaves
 * the result unbounded above.
 *
 * @example
 * intervalDiv(intervalOf(rational(1)), intervalOf(rational(4))) //=> [0.25, 0.25]
 */
export function intervalDiv(a: Interval, b: Interval): Interval {
  const bLowerPositive = b.lower !== undefined && cmp(b.lower, rational(0)) > 0;
  return {
    ...(a.lower && b.upper && !isZero(b.upper) ? { lower: div(a.lower, b.upper) } : { lower: rational(0) }),
    ...(a.upper && bLowerPositive && b.lower ? { upper: div(a.upper, b.lower) } : {}),
    lowerClosed: a.lower && b.upper && !isZero(b.upper) ? a.lowerClosed && b.upperClosed : true,
    upperClosed: a.upperClosed && b.lowerClosed,
  };
}

/**
 * Writes an interval in mathematical notation with `places` fraction digits (exact bounds when omitted and finite).
 *
 * @example
 * formatInterval(statedInterval("81") as Interval) //=> "[80.5, 81.5)"
 * formatInterval(statedInterval("98", { qualifier: "atLeast" }) as Interval) //=> "[97.5, +∞)"
 */
export function formatInterval(iv: Interval, places?: number): string {
  const show = (r: Rational): string =>
    places !== undefined ? toDecimalString(r, places) : (toFixedExact(r, 12) ?? toDecimalString(r, 12));
  const lo = iv.lower ? `${iv.lowerClosed ? "[" : "("}${show(iv.lower)}` : "(-∞";
  const hi = iv.upper ? `${show(iv.upper)}${iv.upperClosed ? "]" : ")"}` : "+∞)";
  return `${lo}, ${hi}`;
}

/**
 * Options of `statedInterval`.
 *
 * @example
 * const options: StatedIntervalOptions = { mode: "truncate", qualifier: "approx", approxTolerance: "0.1" };
 */
export interface StatedIntervalOptions {
  /** How the stated figure was rounded. Default `halfUp`. */
  readonly mode?: RoundingMode;
  /** The qualifier written with the figure. Default `exact`. */
  readonly qualifier?: Qualifier;
  /** Relative tolerance for 约 (approx), as a non-negative decimal string. Default `"0.05"`. */
  readonly approxTolerance?: string;
}

function roundingInterval(v: Rational, places: number, mode: RoundingMode): Interval {
  const ulp = rational(1n, 10n ** BigInt(places));
  const half = rational(1n, 2n * 10n ** BigInt(places));
  const positive = v.n > 0n;
  const negative = v.n < 0n;
  switch (mode) {
    case "halfUp": {
      // |x| in [|v| - h, |v| + h), zero in (-h, h)
      if (positive)
        return { lower: sub(v, half), upper: add(v, half), lowerClosed: true, upperClosed: false };
      if (negative)
        return { lower: sub(v, half), upper: add(v, half), lowerClosed: false, upperClosed: true };
      return { lower: neg0(half), upper: half, lowerClosed: false, upperClosed: false };
    }
    case "halfEven": {
      const even = isEvenLastDigit(v, places);
      return { lower: sub(v, half), upper: add(v, half), lowerClosed: even, upperClosed: even };
    }
    case "truncate":
      if (positive) return { lower: v, upper: add(v, ulp), lowerClosed: true, upperClosed: false };
      if (negative) return { lower: sub(v, ulp), upper: v, lowerClosed: false, upperClosed: true };
      return { lower: neg0(ulp), upper: ulp, lowerClosed: false, upperClosed: false };
    case "up":
      if (positive) return { lower: sub(v, ulp), upper: v, lowerClosed: false, upperClosed: true };
      if (negative) return { lower: v, upper: add(v, ulp), lowerClosed: true, upperClosed: false };
      return intervalOf(v);
    case "floor":
      return { lower: v, upper: add(v, ulp), lowerClosed: true, upperClosed: false };
    case "ceiling":
      return { lower: sub(v, ulp), upper: v, lowerClosed: false, upperClosed: true };
  }
}

const neg0 = (r: Rational): Rational => ({ n: -r.n, d: r.d });

function toleranceOf(t: string | undefined): Rational {
  if (t === undefined) return rational(1, 20);
  const r = parseDecimal(t);
  if (!r || r.n < 0n)
    throw new RangeError(`approxTolerance must be a non-negative decimal string, got ${JSON.stringify(t)}`);
  return r;
}

function isEvenLastDigit(v: Rational, places: number): boolean {
  const scaled = (v.n * 10n ** BigInt(places)) / v.d;
  return scaled % 2n === 0n;
}

/**
 * The exact values that a stated figure stands for (XBRL Calculations 1.1 style): those that round to it at its
 * stated number of decimals under `mode`, widened by its qualifier: `atLeast` (以上, 余) → `[lower, +∞)`,
 * `atMost` and `nearly` (近) → `(-∞, upper)`, `approx` (约) → ± `approxTolerance` × value, `approxAtLeast`
 * (约…余) → `[lower − tolerance, +∞)`. Absent or `null` options are the defaults; an unknown mode throws a
 * `TypeError` that names it, and a tolerance that is not a non-negative decimal string a `RangeError`.
 *
 * @example
 * formatInterval(statedInterval("81") as Interval) //=> "[80.5, 81.5)"
 * formatInterval(statedInterval("75.5", { mode: "truncate" }) as Interval) //=> "[75.5, 75.6)"
 * statedInterval("abc") //=> undefined
 * statedInterval("81", { mode: "HALF_UP" as RoundingMode }) // throws TypeError: unknown rounding mode "HALF_UP" …
 */
export function statedInterval(stated: string, options?: StatedIntervalOptions | null): Interval | undefined {
  const mode = roundingModeOf(options?.mode ?? "halfUp");
  const tolerance = toleranceOf(options?.approxTolerance);
  const v = parseDecimal(stated);
  if (!v) return undefined;
  const base = roundingInterval(v, decimalPlaces(stated), mode);
  const spread = () => mul(abs(v), tolerance);
  switch (options?.qualifier ?? "exact") {
    case "exact":
      return base;
    case "atLeast":
      return {
        ...(base.lower ? { lower: base.lower } : {}),
        lowerClosed: base.lowerClosed,
        upperClosed: false,
      };
    case "atMost":
    case "nearly":
      return {
        ...(base.upper ? { upper: base.upper } : {}),
        lowerClosed: false,
        upperClosed: base.upperClosed,
      };
    case "approx":
      return widen(base, spread());
    case "approxAtLeast": {
      const w = widen(base, spread());
      return { ...(w.lower ? { lower: w.lower } : {}), lowerClosed: w.lowerClosed, upperClosed: false };
    }
  }
}

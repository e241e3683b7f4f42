import { type Rational, rational } from "./rational";
import { type RoundingMode, roundRational } from "./rounding";

/**
 * The source of the pattern of a decimal string: optional minus, digits, optional fraction; no exponent.
 *
 * @example
 * new RegExp(DECIMAL_PATTERN).test("92.98") //=> true
 */
export const DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

/**
 * The source of the pattern of a non-negative decimal string as reports print it: digits, optional fraction.
 *
 * @example
 * new RegExp(UNSIGNED_DECIMAL_PATTERN).test("-1") //=> false
 */
export const UNSIGNED_DECIMAL_PATTERN = "^\\d+(\\.\\d+)?$";
const DECIMAL = new RegExp(DECIMAL_PATTERN);

/**
 * Whether `s` is a decimal string (`"81"`, `"-0.5"`, `"92.98"`); no exponent, sign `+`, spaces or `NaN`.
 *
 * @example
 * isDecimalString("92.98") //=> true
 * isDecimalString("1e5") //=> false
 */
export function isDecimalString(s: string): boolean {
  return typeof s === "string" && s.length <= 400 && DECIMAL.test(s);
}

/**
 * Reads a decimal string exactly.
 *
 * @example
 * parseDecimal("92.98") //=> { n: 4649n, d: 50n }
 * parseDecimal("NaN") //=> undefined
 */
export function parseDecimal(s: string): Rational | undefined {
  if (!isDecimalString(s)) return undefined;
  return rational(BigInt(s.replace(".", "")), 10n ** BigInt(decimalPlaces(s)));
}

/**
 * Digits after the decimal point of a decimal string, i.e. its stated precision.
 *
 * @example
 * decimalPlaces("75.50") //=> 2
 * decimalPlaces("81") //=> 0
 */
export function decimalPlaces(s: string): number {
  const dot = s.indexOf(".");
  return dot === -1 ? 0 : s.length - dot - 1;
}

/**
 * Writes `r` with exactly `places` fraction digits, rounded under `mode` (default `halfUp`). Never writes `-0`.
 *
 * @example
 * toDecimalString(rational(8881 * 100, 10952), 2) //=> "81.09"
 * toDecimalString(rational(683 * 100, 904), 1, "truncate") //=> "75.5"
 * toDecimalString(rational(-1, 1000), 1) //=> "0.0"
 */
export function toDecimalString(r: Rational, places: number, mode: RoundingMode = "halfUp"): string {
  const rounded = roundRational(r, places, mode);
  const scaled = (rounded.n * 10n ** BigInt(places)) / rounded.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, "0");
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places);
  return `${negative ? "-" : ""}${int}${places > 0 ? `.${frac}` : ""}`;
}

/**
 * The exact decimal string of `r` when its expansion terminates (within `maxPlaces` fraction digits, when
 * given), else `undefined`.
 *
 * @example
 * toFixedExact(rational(1, 8)) //=> "0.125"
 * toFixedExact(rational(1, 3)) //=> undefined
 * toFixedExact(rational(1, 1024), 4) //=> undefined
 */
export function toFixedExact(r: Rational, maxPlaces = Number.POSITIVE_INFINITY): string | undefined {
  // A reduced n/d terminates iff d = 2^a·5^b; it then has max(a, b) fraction digits.
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  const places = Math.max(twos, fives);
  if (d !== 1n || places > maxPlaces) return undefined;
  return toDecimalString(r, places, "truncate");
}

import { type Rational, rational } from "./rational";

/**
 * How a figure was rounded: `halfUp` (half away from zero, the common 四舍五入), `halfEven` (banker's),
 * `truncate` (toward zero, 截尾), `up` (away from zero), `floor` and `ceiling`.
 * @example
 * const mode: RoundingMode = "halfEven";
 * rate(1, 8, { precision: 1, mode }).value //=> "12.5"
 */
export type RoundingMode = "halfUp" | "halfEven" | "truncate" | "up" | "floor" | "ceiling";

/**
 * Every rounding mode, in the order checks try them.
 *
 * @example
 * ROUNDING_MODES[0] //=> "halfUp"
 */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  "halfUp",
  "halfEven",
  "truncate",
  "up",
  "floor",
  "ceiling",
];

/**
 * Rounds `r` to `places` decimal places under `mode`, exactly.
 *
 * @example
 * roundRational(rational(8881 * 100, 10952), 0, "halfUp") //=> { n: 81n, d: 1n }
 * roundRational(rational(755530, 10000), 1, "truncate") //=> { n: 151n, d: 2n } (75.5)
 * roundRational(rational(1, 3), -1, "halfUp") // throws RangeError: places must be a whole number from 0 to 30
 */
export function roundRational(r: Rational, places: number, mode: RoundingMode): Rational {
  if (!Number.isInteger(places) || places < 0 || places > 30) {
    throw new RangeError("places must be a whole number from 0 to 30");
  }
  const scale = 10n ** BigInt(places);
  const scaled = r.n * scale;
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  let q = magnitude / r.d;
  const rem = magnitude % r.d;
  if (rem !== 0n) {
    const twice = rem * 2n;
    const away =
      mode === "up" ||
      (mode === "halfUp" && twice >= r.d) ||
      (mode === "halfEven" && (twice > r.d || (twice === r.d && q % 2n === 1n))) ||
      (mode === "floor" && negative) ||
      (mode === "ceiling" && !negative);
    if (away) q += 1n;
  }
  return rational(negative ? -q : q, scale);
}

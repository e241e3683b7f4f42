import { codesOf, ROUNDING_MODE_LABELS, type RoundingModeCode } from "../codelists";
import { type Rational, rational } from "./rational";

/**
 * How a figure was rounded: `halfUp` (half away from zero, the common 四舍五入), `halfEven` (banker's),
 * `truncate` (toward zero, 截尾), `up` (away from zero), `floor` and `ceiling`.
 * @example
 * const mode: RoundingMode = "halfEven";
 * rate(1, 8, { precision: 1, mode }).value //=> "12.5"
 */
export type RoundingMode = RoundingModeCode;

/**
 * Every rounding mode, in the order checks try them (the codes of `ROUNDING_MODE_LABELS`).
 *
 * @example
 * ROUNDING_MODES[0] //=> "halfUp"
 */
export const ROUNDING_MODES: readonly [RoundingMode, ...RoundingMode[]] =
  /* @__PURE__ */ codesOf(ROUNDING_MODE_LABELS);

/**
 * The most decimal places a figure is rounded to or written with: more than any decimal string has (400
 * characters at most), so that every stated figure is checked at its own precision.
 *
 * @example
 * roundRational(rational(1, 3), MAX_DECIMAL_PLACES + 1, "halfUp") // throws RangeError
 */
export const MAX_DECIMAL_PLACES = 1000;

/**
 * Whether `mode` names a rounding mode (one of `ROUNDING_MODES`).
 *
 * @example
 * isRoundingMode("truncate") //=> true
 * isRoundingMode("HALF_UP") //=> false
 */
export function isRoundingMode(mode: unknown): mode is RoundingMode {
  return typeof mode === "string" && (ROUNDING_MODES as readonly string[]).includes(mode);
}

/**
 * Returns `mode` when it names a rounding mode, else throws a `TypeError` that names it and the known modes.
 *
 * @example
 * roundingModeOf("halfEven") //=> "halfEven"
 * roundingModeOf("HALF_UP") // throws TypeError: unknown rounding mode "HALF_UP" (expected halfUp, halfEven, truncate, up, floor or ceiling)
 */
export function roundingModeOf(mode: unknown): RoundingMode {
  if (isRoundingMode(mode)) return mode;
  const known = `${ROUNDING_MODES.slice(0, -1).join(", ")} or ${ROUNDING_MODES.at(-1)}`;
  throw new TypeError(`unknown rounding mode ${JSON.stringify(mode)} (expected ${known})`);
}

/**
 * Rounds `r` to `places` decimal places under `mode`, exactly. Throws a `RangeError` when `places` is not a
 * whole number from 0 to `MAX_DECIMAL_PLACES`, and a `TypeError` naming an unknown mode.
 *
 * @example
 * roundRational(rational(8881 * 100, 10952), 0, "halfUp") //=> { n: 81n, d: 1n }
 * roundRational(rational(755530, 10000), 1, "truncate") //=> { n: 151n, d: 2n } (75.5)
 * roundRational(rational(1, 3), -1, "halfUp") // throws RangeError: places must be a whole number from 0 to 1000
 * roundRational(rational(1, 3), 2, "HALF_UP" as RoundingMode) // throws TypeError: unknown rounding mode "HALF_UP" …
 */
export function roundRational(r: Rational, places: number, mode: RoundingMode): Rational {
  if (!Number.isInteger(places) || places < 0 || places > MAX_DECIMAL_PLACES) {
    throw new RangeError(`places must be a whole number from 0 to ${MAX_DECIMAL_PLACES}`);
  }
  roundingModeOf(mode);
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

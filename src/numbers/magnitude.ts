import { codesOf, MAGNITUDE_LABELS, type MagnitudeCode } from "../codelists";
import { parseDecimal } from "./decimal";
import { mul, type Rational, rational } from "./rational";

/**
 * Magnitude words that scale a number: 百, 千, 万, 亿, 万亿 (the codes of `MAGNITUDE_LABELS`).
 *
 * @example
 * MAGNITUDES.includes("万") //=> true
 */
export const MAGNITUDES: readonly [MagnitudeCode, ...MagnitudeCode[]] =
  /* @__PURE__ */ codesOf(MAGNITUDE_LABELS);
/** A magnitude word. */
export type Magnitude = MagnitudeCode;

/**
 * The factor of a magnitude word.
 *
 * @example
 * magnitudeFactor("亿") //=> 100000000n
 */
export function magnitudeFactor(m: Magnitude): bigint {
  switch (m) {
    case "百":
      return 100n;
    case "千":
      return 1000n;
    case "万":
      return 10_000n;
    case "亿":
      return 100_000_000n;
    case "万亿":
      return 1_000_000_000_000n;
  }
}

/**
 * The exact value of a decimal string scaled by a magnitude word.
 *
 * @example
 * applyMagnitude("15.2", "万") //=> { n: 152000n, d: 1n }
 * applyMagnitude("4.4", "亿") //=> { n: 440000000n, d: 1n }
 * applyMagnitude("x", "万") //=> undefined
 */
export function applyMagnitude(value: string, m?: Magnitude): Rational | undefined {
  const v = parseDecimal(value);
  if (!v) return undefined;
  return m ? mul(v, rational(magnitudeFactor(m))) : v;
}

import { parseDecimal, type Rational, rational, toFixedExact } from "../numbers";

/**
 * A number given to a calculator: a decimal string (`"8881"`, `"92.98"`), a safe integer, a bigint or a Rational.
 * @example
 * const inputs: NumberInput[] = [8881, 10952n, "15.2"];
 */
export type NumberInput = string | number | bigint | Rational;

/**
 * Reads a calculator input exactly, or `undefined` when it is not a finite exact number (NaN, 1.5e300, "abc",
 * unsafe integers, a zero denominator). A Rational comes back reduced, its denominator positive.
 *
 * @example
 * toRational("92.98") //=> { n: 4649n, d: 50n }
 * toRational(Number.NaN) //=> undefined
 * toRational({ n: 2n, d: -4n }) //=> { n: -1n, d: 2n }
 */
export function toRational(v: NumberInput): Rational | undefined {
  if (typeof v === "string") return parseDecimal(v.trim());
  if (typeof v === "bigint") return rational(v);
  if (typeof v === "number") return Number.isSafeInteger(v) ? rational(v) : undefined;
  if (v && typeof v === "object" && typeof v.n === "bigint" && typeof v.d === "bigint" && v.d !== 0n)
    return rational(v.n, v.d);
  return undefined;
}

/**
 * Writes an input as it would be read back: exact decimals as digits, other rationals as `n/d`.
 *
 * @example
 * showInput(rational(1, 4)) //=> "0.25"
 * showInput(rational(1, 3)) //=> "1/3"
 */
export function showInput(r: Rational): string {
  return toFixedExact(r) ?? `${r.n}/${r.d}`;
}

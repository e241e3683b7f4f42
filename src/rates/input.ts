import { parseDecimal, type Rational, rational, toFixedExact } from "../numbers";

/**
 * A number given to a calculator: a decimal string (`"8881"`, `"92.98"`), a fraction string as results give
 * (`"222025/2738"`), a safe integer, a bigint or a Rational (`{ n: 1n, d: 3n }`).
 * @example
 * const inputs: NumberInput[] = [8881, 10952n, "15.2", "1/3"];
 */
export type NumberInput = string | number | bigint | Rational;

const FRACTION = /^(-?\d+)\/(\d+)$/;

/**
 * Reads a calculator input exactly, or `undefined` when it is not a finite exact number (NaN, 1.5e300, "abc",
 * unsafe integers, a zero denominator). A Rational comes back reduced, its denominator positive.
 *
 * @example
 * toRational("92.98") //=> { n: 4649n, d: 50n }
 * toRational("222025/2738") //=> { n: 222025n, d: 2738n }
 * toRational(Number.NaN) //=> undefined
 * toRational({ n: 2n, d: -4n }) //=> { n: -1n, d: 2n }
 */
export function toRational(v: NumberInput): Rational | undefined {
  if (typeof v === "string") {
    const f = FRACTION.exec(v.trim());
    if (!f) return parseDecimal(v.trim());
    return f[2] === undefined || BigInt(f[2]) === 0n
      ? undefined
      : rational(BigInt(f[1] ?? "0"), BigInt(f[2]));
  }
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

/**
 * An exact value as results give it: an integer, or `n/d` in lowest terms with a positive denominator.
 *
 * @example
 * showFraction(rational(222025, 2738)) //=> "222025/2738"
 * showFraction(rational(100)) //=> "100"
 */
export function showFraction(r: Rational): string {
  return r.d === 1n ? `${r.n}` : `${r.n}/${r.d}`;
}

/**
 * Says why an input is not a number, quoting it.
 *
 * @example
 * notANumber("abc") //=> 'not a finite exact number: "abc"'
 * notANumber(Number.NaN) //=> "not a finite exact number: NaN"
 */
export function notANumber(v: unknown): string {
  // A number as JavaScript writes it: JSON would write NaN and ±Infinity as "null".
  const shown =
    typeof v === "bigint"
      ? `${v}n`
      : typeof v === "number"
        ? String(v)
        : typeof v === "object" && v !== null
          ? "an object"
          : JSON.stringify(v);
  return `not a finite exact number: ${shown ?? String(v)}`;
}

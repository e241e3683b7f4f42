/**
 * An exact rational number `n / d` with `d > 0`, always reduced.
 * @example
 * const r: Rational = rational(6, 4); // { n: 3n, d: 2n }
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

// The greatest common divisor of a and a positive b.
function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

function toBigInt(v: bigint | number, name: string): bigint {
  if (typeof v === "bigint") return v;
  if (!Number.isSafeInteger(v)) throw new RangeError(`${name} must be a safe integer, got ${v}`);
  return BigInt(v);
}

/**
 * Makes a reduced rational from an integer numerator and denominator.
 *
 * @example
 * rational(6, 4) //=> { n: 3n, d: 2n }
 * rational(1, 0) // throws RangeError: denominator is zero
 * rational(0.5) // throws RangeError: numerator must be a safe integer
 */
export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let num = toBigInt(n, "numerator");
  let den = toBigInt(d, "denominator");
  if (den === 0n) throw new RangeError("denominator is zero");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  // An integer, or zero, is reduced already: no division (bigint division is the costly step).
  if (den === 1n || num === 0n) return { n: num, d: 1n };
  const g = gcd(num, den);
  return g === 1n ? { n: num, d: den } : { n: num / g, d: den / g };
}

/** @example add(rational(1, 2), rational(1, 3)) //=> { n: 5n, d: 6n } */
export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
/** @example sub(rational(1, 2), rational(1, 3)) //=> { n: 1n, d: 6n } */
export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
/** @example mul(rational(2, 3), rational(3, 4)) //=> { n: 1n, d: 2n } */
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
/**
 * @example
 * div(rational(1), rational(4)) //=> { n: 1n, d: 4n }
 * div(rational(1), rational(0)) // throws RangeError: denominator is zero
 */
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
/** @example neg(rational(1, 2)) //=> { n: -1n, d: 2n } */
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
/** @example abs(rational(-1, 2)) //=> { n: 1n, d: 2n } */
export const abs = (a: Rational): Rational => (a.n < 0n ? neg(a) : a);
/** @example cmp(rational(1, 3), rational(1, 2)) //=> -1 */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
/** @example eq(rational(2, 4), rational(1, 2)) //=> true */
export const eq = (a: Rational, b: Rational): boolean => cmp(a, b) === 0;
/** @example isZero(rational(0, 5)) //=> true */
export const isZero = (a: Rational): boolean => a.n === 0n;
/** @example isInteger(rational(4, 2)) //=> true */
export const isInteger = (a: Rational): boolean => a.d === 1n;
/** @example min(rational(1), rational(2)) //=> { n: 1n, d: 1n } */
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
/** @example max(rational(1), rational(2)) //=> { n: 2n, d: 1n } */
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);

/**
 * The exact sum of the values; zero for none. Order does not matter.
 *
 * @example
 * sumRationals([rational(18), rational(3), rational(4)]) //=> { n: 25n, d: 1n }
 * sumRationals([]) //=> { n: 0n, d: 1n }
 */
export function sumRationals(values: readonly Rational[]): Rational {
  return values.reduce(add, rational(0));
}

import {
  cmp,
  div,
  isRoundingMode,
  isZero,
  MAX_DECIMAL_PLACES,
  mul,
  type Rational,
  type RoundingMode,
  rational,
  roundingModeOf,
  toDecimalString,
} from "../numbers";
import { type NumberInput, showInput, toRational } from "./input";

/**
 * Options of the rate calculators.
 * @example
 * const options: RateOptions = { precision: 1, mode: "truncate" };
 * rate(683, 904, options).value //=> "75.5"
 */
export interface RateOptions {
  /** Decimal places of the percentage, from 0 to `MAX_DECIMAL_PLACES`. Default 2. */
  readonly precision?: number;
  /** Rounding mode, one of `ROUNDING_MODES`. Default `halfUp`. */
  readonly mode?: RoundingMode;
}

/**
 * How a figure was computed, for people: the formula, its inputs and the rounding applied.
 * @example
 * const e: Explanation = rate(8881, 10952).explanation;
 * e.formula //=> "8881 ÷ 10952 × 100"
 */
export interface Explanation {
  readonly formula: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly rounding: string;
  readonly zh: string;
  readonly en: string;
}

/**
 * A computed percentage: rounded `value`, the `exact` ratio × 100, and how it was obtained.
 * @example
 * const r: RateResult = rate(8881, 10952);
 * r.value //=> "81.09"
 */
export interface RateResult {
  readonly value: string;
  readonly exact: Rational;
  readonly precision: number;
  readonly mode: RoundingMode;
  readonly explanation: Explanation;
}

/**
 * Why a rate could not be computed.
 * @example
 * const r = safeRate(1, 0);
 * if (!r.ok) r.reason //=> "zeroDenominator"
 */
export type RateFailure = {
  readonly ok: false;
  readonly reason: "zeroDenominator" | "invalidInput" | "invalidOptions";
};

/**
 * Computes `numerator ÷ denominator × 100` without throwing. Absent or `null` options are the defaults; a
 * precision out of range or an unknown mode is `invalidOptions`.
 *
 * @example
 * safeRate(8881, 10952) //=> { ok: true, result: { value: "81.09", … } }
 * safeRate(1, 3, null) //=> { ok: true, result: { value: "33.33", … } }
 * safeRate(1, 0) //=> { ok: false, reason: "zeroDenominator" }
 * safeRate(1, 3, { mode: "HALF_UP" as RoundingMode }) //=> { ok: false, reason: "invalidOptions" }
 */
export function safeRate(
  numerator: NumberInput,
  denominator: NumberInput,
  options?: RateOptions | null,
): { readonly ok: true; readonly result: RateResult } | RateFailure {
  const a = toRational(numerator);
  const b = toRational(denominator);
  const precision = options?.precision ?? 2;
  const mode = options?.mode ?? "halfUp";
  if (!a || !b) return { ok: false, reason: "invalidInput" };
  if (
    !Number.isInteger(precision) ||
    precision < 0 ||
    precision > MAX_DECIMAL_PLACES ||
    !isRoundingMode(mode)
  )
    return { ok: false, reason: "invalidOptions" };
  if (isZero(b)) return { ok: false, reason: "zeroDenominator" };
  const exact = mul(div(a, b), rational(100));
  const value = toDecimalString(exact, precision, mode);
  const [sa, sb] = [showInput(a), showInput(b)];
  const rounding = `${mode} to ${precision} decimal${precision === 1 ? "" : "s"}`;
  return {
    ok: true,
    result: {
      value,
      exact,
      precision,
      mode,
      explanation: {
        formula: `${sa} ÷ ${sb} × 100`,
        inputs: { numerator: sa, denominator: sb },
        rounding,
        zh: `${sa} ÷ ${sb} × 100 = ${value}%（${modeZh(mode)}，保留${precision}位小数）`,
        en: `${sa} ÷ ${sb} × 100 = ${value}% (${rounding})`,
      },
    },
  };
}

/**
 * Computes `numerator ÷ denominator × 100` as a percentage rounded to `precision` decimals, exactly.
 * Throws a `RangeError` for a zero denominator, an input that is not an exact number or a precision out of range,
 * and a `TypeError` naming an unknown rounding mode; see `safeRate`.
 *
 * @example
 * rate(8881, 10952).value //=> "81.09"
 * rate("8881", "10952", { precision: 0 }).value //=> "81"
 * rate(683, 904, { precision: 1, mode: "truncate" }).value //=> "75.5"
 * rate(1, 0) // throws RangeError: zeroDenominator
 * rate(1, 3, { mode: "HALF_UP" as RoundingMode }) // throws TypeError: unknown rounding mode "HALF_UP" …
 */
export function rate(
  numerator: NumberInput,
  denominator: NumberInput,
  options?: RateOptions | null,
): RateResult {
  roundingModeOf(options?.mode ?? "halfUp");
  const r = safeRate(numerator, denominator, options);
  if (!r.ok) throw new RangeError(r.reason);
  return r.result;
}

/**
 * The share of a part in a whole (占比), in percent, from 0 to 100. Like `rate`, but throws a `RangeError` when
 * the part is negative or exceeds the whole.
 *
 * @example
 * share(225460, 242474).value //=> "92.98"
 * share(5, 5).value //=> "100.00"
 * share(5, 4) // throws RangeError: part exceeds whole
 * share(-1, 4) // throws RangeError: negative part
 */
export function share(part: NumberInput, whole: NumberInput, options?: RateOptions | null): RateResult {
  const a = toRational(part);
  const b = toRational(whole);
  if (a && a.n < 0n) throw new RangeError("negative part");
  if (a && b && cmp(a, b) > 0) throw new RangeError("part exceeds whole");
  return rate(part, whole, options);
}

/** The Chinese name of a rounding mode. @example modeZh("truncate") //=> "截尾" */
export function modeZh(mode: RoundingMode): string {
  return {
    halfUp: "四舍五入",
    halfEven: "四舍六入五成双",
    truncate: "截尾",
    up: "进一",
    floor: "向下取整",
    ceiling: "向上取整",
  }[mode];
}

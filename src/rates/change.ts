import {
  abs,
  cmp,
  decimalPlaces,
  div,
  isZero,
  mul,
  rational,
  roundingModeOf,
  sub,
  sumOf as sumExact,
  toDecimalString,
} from "../numbers";
import { type NumberInput, showInput, toRational } from "./input";
import type { Explanation, RateOptions } from "./rate";

/**
 * A change between two figures.
 * @example
 * const r: ChangeResult = yoyChange(120, 100);
 * r.value //=> "20.00"
 */
export interface ChangeResult {
  /** Size of the change, never negative; see `direction`. */
  readonly value: string;
  readonly direction: "increase" | "decrease" | "none";
  readonly explanation: Explanation;
}

const verbZh = { increase: "增长", decrease: "下降", none: "持平" } as const;
const pointVerbZh = { increase: "提高", decrease: "下降", none: "持平" } as const;

/**
 * Year-on-year change of a count in percent (同比增长/下降 x%). Throws a `RangeError` when `previous` is zero or an
 * input is negative or not an exact number, and a `TypeError` naming an unknown rounding mode. Absent or `null`
 * options are the defaults.
 *
 * @example
 * yoyChange(110, 100) //=> { value: "10.00", direction: "increase", … }
 * yoyChange(90, 100, { precision: 0 }).direction //=> "decrease"
 * yoyChange(100, 100).direction //=> "none"
 */
export function yoyChange(
  current: NumberInput,
  previous: NumberInput,
  options?: RateOptions | null,
): ChangeResult {
  const c = toRational(current);
  const p = toRational(previous);
  if (!c || !p) throw new RangeError("invalidInput");
  if (c.n < 0n || p.n < 0n) throw new RangeError("negative input");
  if (isZero(p)) throw new RangeError("zeroDenominator");
  const precision = options?.precision ?? 2;
  const mode = roundingModeOf(options?.mode ?? "halfUp");
  const delta = mul(div(sub(c, p), p), rational(100));
  const value = toDecimalString(abs(delta), precision, mode);
  const direction =
    cmp(delta, rational(0)) > 0 ? "increase" : cmp(delta, rational(0)) < 0 ? "decrease" : "none";
  const [sc, sp] = [showInput(c), showInput(p)];
  return {
    value,
    direction,
    explanation: {
      formula: `(${sc} − ${sp}) ÷ ${sp} × 100`,
      inputs: { current: sc, previous: sp },
      rounding: `${mode} to ${precision} decimals`,
      zh: `(${sc} − ${sp}) ÷ ${sp} × 100，${verbZh[direction]}${value}%`,
      en: `(${sc} − ${sp}) ÷ ${sp} × 100: ${direction === "none" ? "no change" : `${direction} of ${value}%`}`,
    },
  };
}

/**
 * Change of a rate in percentage points (个百分点), exact, at the finer precision of the two rates.
 *
 * @example
 * percentagePointChange("92.98", "90.5") //=> { value: "2.48", direction: "increase", … }
 * percentagePointChange("x", "1") // throws RangeError: invalidInput
 */
export function percentagePointChange(currentRate: string, previousRate: string): ChangeResult {
  const c = toRational(currentRate);
  const p = toRational(previousRate);
  if (!c || !p) throw new RangeError("invalidInput");
  const places = Math.max(decimalPlaces(currentRate), decimalPlaces(previousRate));
  const delta = sub(c, p);
  const value = toDecimalString(abs(delta), places, "truncate");
  const direction =
    cmp(delta, rational(0)) > 0 ? "increase" : cmp(delta, rational(0)) < 0 ? "decrease" : "none";
  return {
    value,
    direction,
    explanation: {
      formula: `${currentRate} − ${previousRate}`,
      inputs: { current: currentRate, previous: previousRate },
      rounding: "exact",
      zh: `${currentRate}% − ${previousRate}%，${pointVerbZh[direction]}${value}个百分点`,
      en: `${currentRate}% − ${previousRate}%: ${direction === "none" ? "no change" : `${direction} of ${value} percentage points`}`,
    },
  };
}

/**
 * The exact sum of decimal strings or integers, with an explanation.
 *
 * @example
 * sumOf(["18", "3", "4"]) //=> { value: "25", explanation: { formula: "18 + 3 + 4", … } }
 * sumOf(["1", "x"]) // throws RangeError: invalidInput
 */
export function sumOf(values: readonly NumberInput[]): {
  readonly value: string;
  readonly explanation: Explanation;
} {
  const parsed = values.map(toRational);
  const exact = parsed.filter((v) => v !== undefined);
  if (exact.length !== values.length) throw new RangeError("invalidInput");
  const total = sumExact(exact);
  const value = showInput(total);
  const formula = exact.map(showInput).join(" + ") || "0";
  return {
    value,
    explanation: {
      formula,
      inputs: Object.fromEntries(exact.map((v, i) => [`part${i + 1}`, showInput(v)])),
      rounding: "exact",
      zh: `${formula} = ${value}`,
      en: `${formula} = ${value}`,
    },
  };
}

import { FazhiError, type Issue } from "../error";
import { rates as en } from "../locales/en/rates";
import { rates as zhCN } from "../locales/zh-CN/rates";
import {
  abs,
  cmp,
  decimalPlaces,
  div,
  isZero,
  mul,
  rational,
  sub,
  sumRationals as sumExact,
  toDecimalString,
} from "../numbers";
import { type NumberInput, notANumber, showInput, toRational } from "./input";
import { type Explanation, optionsIssue, outOfRange, type RateOptions } from "./rate";

const invalid = (path: string, v: unknown): FazhiError =>
  new FazhiError("invalidInput", [{ code: "invalidInput", path, message: notANumber(v) }]);

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

/**
 * Year-on-year change of a count in percent (同比增长/下降 x%). Throws a `FazhiError`: `invalidInput` for an
 * input that is not an exact number, `outOfRange` for a negative one, `zeroDenominator` when `previous` is zero,
 * `invalidOptions` for a bad precision or mode. Absent or `null` options are the defaults.
 *
 * @example
 * yoyChange(110, 100) //=> { value: "10.00", direction: "increase", … }
 * yoyChange(90, 100, { precision: 0 }).direction //=> "decrease"
 * yoyChange(100, 100).direction //=> "none"
 * yoyChange(5, 0) // throws FazhiError: /previous: the previous figure is zero
 */
export function yoyChange(
  current: NumberInput,
  previous: NumberInput,
  options?: RateOptions | null,
): ChangeResult {
  const c = toRational(current);
  const p = toRational(previous);
  if (!c) throw invalid("/current", current);
  if (!p) throw invalid("/previous", previous);
  const negative: Issue[] = [
    ...(c.n < 0n ? [outOfRange("/current", `the figure ${showInput(c)} is negative`)] : []),
    ...(p.n < 0n ? [outOfRange("/previous", `the figure ${showInput(p)} is negative`)] : []),
  ];
  if (negative.length > 0) throw new FazhiError("outOfRange", negative);
  if (isZero(p))
    throw new FazhiError("zeroDenominator", [
      { code: "zeroDenominator", path: "/previous", message: "the previous figure is zero" },
    ]);
  const precision = options?.precision ?? 2;
  const mode = options?.mode ?? "halfUp";
  const bad = optionsIssue(precision, mode);
  if (bad) throw new FazhiError("invalidOptions", [bad]);
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
      zh: zhCN.change({ formula: `(${sc} − ${sp}) ÷ ${sp} × 100`, value, direction }),
      en: en.change({ formula: `(${sc} − ${sp}) ÷ ${sp} × 100`, value, direction }),
    },
  };
}

/**
 * Change of a rate in percentage points (个百分点), exact, at the finer precision of the two rates.
 *
 * @example
 * percentagePointChange("92.98", "90.5") //=> { value: "2.48", direction: "increase", … }
 * percentagePointChange("x", "1") // throws FazhiError: /currentRate: not a finite exact number: "x"
 */
export function percentagePointChange(currentRate: string, previousRate: string): ChangeResult {
  const c = toRational(currentRate);
  const p = toRational(previousRate);
  if (!c) throw invalid("/currentRate", currentRate);
  if (!p) throw invalid("/previousRate", previousRate);
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
      zh: zhCN.pointChange({ current: currentRate, previous: previousRate, value, direction }),
      en: en.pointChange({ current: currentRate, previous: previousRate, value, direction }),
    },
  };
}

/**
 * The exact sum of decimal strings or integers, with an explanation. Throws a `FazhiError` with code
 * `invalidInput` naming each value that is not a number.
 *
 * @example
 * sumOf(["18", "3", "4"]) //=> { value: "25", explanation: { formula: "18 + 3 + 4", … } }
 * sumOf(["1", "x"]) // throws FazhiError: /1: not a finite exact number: "x"
 */
export function sumOf(values: readonly NumberInput[]): {
  readonly value: string;
  readonly explanation: Explanation;
} {
  const parsed = values.map(toRational);
  const exact = parsed.filter((v) => v !== undefined);
  if (exact.length !== values.length)
    throw new FazhiError(
      "invalidInput",
      values.flatMap((v, i) =>
        parsed[i] === undefined ? [{ code: "invalidInput", path: `/${i}`, message: notANumber(v) }] : [],
      ),
    );
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

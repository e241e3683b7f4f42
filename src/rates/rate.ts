import { labelOf, ROUNDING_MODE_LABELS } from "../codelists";
import { FazhiError, failure, type Issue, type Result, unwrap } from "../error";
import { rates as en } from "../locales/en/rates";
import { rates as zhCN } from "../locales/zh-CN/rates";
import {
  cmp,
  div,
  isRoundingMode,
  isZero,
  MAX_DECIMAL_PLACES,
  mul,
  ROUNDING_MODES,
  type RoundingMode,
  rational,
  toDecimalString,
} from "../numbers";
import { type NumberInput, notANumber, showFraction, showInput, toRational } from "./input";

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
 * A computed percentage: rounded `value`, the `exact` ratio × 100 as a fraction (`"n/d"` in lowest terms, or an
 * integer), and how it was obtained. Plain data: it survives `JSON.stringify`, and `exact` is itself a valid
 * calculator input.
 * @example
 * const r: RateResult = rate(8881, 10952);
 * r.value //=> "81.09"
 * r.exact //=> "222025/2738"
 */
export interface RateResult {
  readonly value: string;
  readonly exact: string;
  readonly precision: number;
  readonly mode: RoundingMode;
  readonly explanation: Explanation;
}

/**
 * Computes `numerator ÷ denominator × 100` without throwing. Absent or `null` options are the defaults. The issue
 * codes are `invalidInput` (an input that is not a finite exact number), `invalidOptions` (a precision out of
 * range or an unknown mode) and `zeroDenominator`.
 *
 * @example
 * safeRate(8881, 10952) //=> { success: true, value: { value: "81.09", exact: "222025/2738", … } }
 * safeRate(1, 3, null) //=> { success: true, value: { value: "33.33", … } }
 * safeRate(1, 0) //=> { success: false, issues: [{ code: "zeroDenominator", path: "/denominator", … }] }
 * safeRate(1, 3, { mode: "HALF_UP" as RoundingMode }).issues?.[0]?.code //=> "invalidOptions"
 */
export function safeRate(
  numerator: NumberInput,
  denominator: NumberInput,
  options?: RateOptions | null,
): Result<RateResult> {
  const a = toRational(numerator);
  const b = toRational(denominator);
  const precision = options?.precision ?? 2;
  const mode = options?.mode ?? "halfUp";
  if (!a) return failure("invalidInput", "/numerator", notANumber(numerator));
  if (!b) return failure("invalidInput", "/denominator", notANumber(denominator));
  const bad = optionsIssue(precision, mode);
  if (bad) return { success: false, issues: [bad] };
  if (isZero(b)) return failure("zeroDenominator", "/denominator", "the denominator is zero");
  const exact = mul(div(a, b), rational(100));
  const value = toDecimalString(exact, precision, mode);
  const [sa, sb] = [showInput(a), showInput(b)];
  const rounding = `${mode} to ${precision} decimal${precision === 1 ? "" : "s"}`;
  return {
    success: true,
    value: {
      value,
      exact: showFraction(exact),
      precision,
      mode,
      explanation: {
        formula: `${sa} ÷ ${sb} × 100`,
        inputs: { numerator: sa, denominator: sb },
        rounding,
        zh: zhCN.rate({ formula: `${sa} ÷ ${sb} × 100`, value, mode, precision, rounding }),
        en: en.rate({ formula: `${sa} ÷ ${sb} × 100`, value, mode, precision, rounding }),
      },
    },
  };
}

/**
 * Computes `numerator ÷ denominator × 100` as a percentage rounded to `precision` decimals, exactly.
 * Throws a `FazhiError` with the code `safeRate` would give (`zeroDenominator`, `invalidInput`,
 * `invalidOptions`).
 *
 * @example
 * rate(8881, 10952).value //=> "81.09"
 * rate("8881", "10952", { precision: 0 }).value //=> "81"
 * rate(683, 904, { precision: 1, mode: "truncate" }).value //=> "75.5"
 * rate("222025/2738", 100).value //=> "81.09"
 * rate(1, 0) // throws FazhiError: /denominator: the denominator is zero
 * rate(1, 3, { mode: "HALF_UP" as RoundingMode }) // throws FazhiError: /options/mode: unknown rounding mode "HALF_UP" …
 */
export function rate(
  numerator: NumberInput,
  denominator: NumberInput,
  options?: RateOptions | null,
): RateResult {
  return unwrap(safeRate(numerator, denominator, options));
}

/**
 * The share of a part in a whole (占比), in percent, from 0 to 100. Like `rate`, but a part that is negative or
 * exceeds the whole is a `FazhiError` with code `outOfRange`.
 *
 * @example
 * share(225460, 242474).value //=> "92.98"
 * share(5, 5).value //=> "100.00"
 * share(5, 4) // throws FazhiError: /part: the part 5 exceeds the whole 4
 * share(-1, 4) // throws FazhiError: /part: the part -1 is negative
 */
export function share(part: NumberInput, whole: NumberInput, options?: RateOptions | null): RateResult {
  const a = toRational(part);
  const b = toRational(whole);
  if (a && a.n < 0n)
    throw new FazhiError("outOfRange", [outOfRange("/part", `the part ${showInput(a)} is negative`)]);
  if (a && b && cmp(a, b) > 0)
    throw new FazhiError("outOfRange", [
      outOfRange("/part", `the part ${showInput(a)} exceeds the whole ${showInput(b)}`),
    ]);
  return renamed(() => rate(part, whole, options), { "/numerator": "/part", "/denominator": "/whole" });
}

/** The Chinese name of a rounding mode. @example modeZh("truncate") //=> "截尾" */
export function modeZh(mode: RoundingMode): string {
  return labelOf(ROUNDING_MODE_LABELS, mode, "zh-CN");
}

/**
 * The issue with a precision or a rounding mode, if any.
 * @internal
 * @example
 * optionsIssue(2, "halfUp") //=> undefined
 * optionsIssue(-1, "halfUp")?.code //=> "invalidOptions"
 */
export function optionsIssue(precision: unknown, mode: unknown): Issue | undefined {
  if (!Number.isInteger(precision) || (precision as number) < 0 || (precision as number) > MAX_DECIMAL_PLACES)
    return {
      code: "invalidOptions",
      path: "/options/precision",
      message: `the precision must be an integer from 0 to ${MAX_DECIMAL_PLACES}, not ${String(precision)}`,
    };
  if (!isRoundingMode(mode))
    return {
      code: "invalidOptions",
      path: "/options/mode",
      message: `unknown rounding mode ${JSON.stringify(String(mode))}; expected one of ${ROUNDING_MODES.join(", ")}`,
    };
  return undefined;
}

/**
 * An `outOfRange` issue.
 * @internal
 * @example
 * outOfRange("/part", "the part -1 is negative").code //=> "outOfRange"
 */
export const outOfRange = (path: string, message: string): Issue => ({ code: "outOfRange", path, message });

/**
 * Runs a calculation and renames the paths of the issues of a `FazhiError` it throws, so that they name the
 * fields of the caller's input.
 * @internal
 * @example
 * renamed(() => rate(1, 0), { "/denominator": "/whole" }) // throws FazhiError: /whole: the denominator is zero
 */
export function renamed<T>(run: () => T, paths: Readonly<Record<string, string>>): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof FazhiError)) throw error;
    throw new FazhiError(
      error.code,
      error.issues.map((i) => ({ ...i, path: paths[i.path] ?? i.path })),
    );
  }
}

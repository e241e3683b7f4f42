/**
 * One problem with an input: a stable `code`, where (a JSON Pointer into the input, `""` for the input itself)
 * and a sentence. Issues are plain data, as standard-schema's: they survive `JSON.stringify`.
 *
 * @example
 * const r = safeRate(1, 0);
 * if (!r.success) r.issues[0] //=> { code: "zeroDenominator", path: "/denominator", message: "the denominator is zero" }
 */
export interface Issue {
  /**
   * What went wrong. From `safeParseReport`: zod's issue code (`invalid_type`, `too_small`, `unrecognized_keys`,
   * …) or `too_deep`. From the calculators: a `FazhiErrorCode` (`invalidInput`, `zeroDenominator`, …).
   */
  readonly code: string;
  /** JSON Pointer of the value at fault (for an unknown key: of the key itself; `""`: the input as a whole). */
  readonly path: string;
  /** The sentence, in the requested locale where the function takes one (English otherwise). */
  readonly message: string;
  /** For `invalid_type`: the expected type. */
  readonly expected?: string;
}

/**
 * What every non-throwing function of the package returns: the value, or the issues that stop it from being one.
 * Check `success` first; both branches are plain JSON data.
 *
 * @example
 * const r: Result<RateResult> = safeRate(8881, 10952);
 * if (r.success) r.value.value //=> "81.09"
 * else r.issues.map((i) => i.code) // e.g. ["zeroDenominator"]
 */
export type Result<T> =
  | { readonly success: true; readonly value: T; readonly issues?: undefined }
  | { readonly success: false; readonly value?: undefined; readonly issues: readonly Issue[] };

/**
 * The codes of `FazhiError` and of the calculators' issues:
 * - `invalidReport`: `parseReport` was given something that is not a report (`issues` has zod's codes);
 * - `invalidInput`: a number that is not a finite exact number (NaN, `1.5e300`, `"abc"`, an unsafe integer);
 * - `invalidOptions`: a precision out of range or an unknown rounding mode;
 * - `zeroDenominator`: a rate or change over zero;
 * - `outOfRange`: an input outside what the calculation accepts (a negative count, a part over its whole,
 *   rejected cases over decided ones).
 *
 * @example
 * const code: FazhiErrorCode = "zeroDenominator";
 */
export type FazhiErrorCode =
  | "invalidReport"
  | "invalidInput"
  | "invalidOptions"
  | "zeroDenominator"
  | "outOfRange";

/**
 * The one error the throwing functions throw (`parseReport`, `rate`, `share`, `yoyChange`, the named rates …):
 * a `code` and the same `issues` the non-throwing variant would return. Its message is the first issue's.
 *
 * @example
 * try {
 *   rate(1, 0);
 * } catch (error) {
 *   if (error instanceof FazhiError) error.code //=> "zeroDenominator"
 * }
 * new FazhiError("invalidInput", [{ code: "invalidInput", path: "/numerator", message: "not a number" }]).message
 * //=> "/numerator: not a number"
 */
export class FazhiError extends Error {
  override readonly name = "FazhiError";
  /** What went wrong; see `FazhiErrorCode`. */
  readonly code: FazhiErrorCode;
  /** Every issue found, as `Result` gives them. */
  readonly issues: readonly Issue[];
  constructor(code: FazhiErrorCode, issues: readonly Issue[]) {
    const first = issues[0];
    super(
      first
        ? `${first.path || "/"}: ${first.message}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ""}`
        : code,
    );
    this.code = code;
    this.issues = issues;
  }
}

/**
 * A failed `Result` with one issue.
 * @internal
 * @example
 * failure("zeroDenominator", "/denominator", "the denominator is zero").success //=> false
 */
export function failure(code: FazhiErrorCode, path: string, message: string): Result<never> {
  return { success: false, issues: [{ code, path, message }] };
}

/**
 * The value of a `Result`, or a thrown `FazhiError` carrying its issues (under `code`, or the first issue's code).
 * @internal
 * @example
 * unwrap(safeRate(1, 4)).value //=> "25.00"
 * unwrap(safeRate(1, 0)) // throws FazhiError: /denominator: the denominator is zero
 */
export function unwrap<T>(result: Result<T>, code?: FazhiErrorCode): T {
  if (result.success) return result.value;
  throw new FazhiError(code ?? ((result.issues[0]?.code ?? "invalidInput") as FazhiErrorCode), result.issues);
}

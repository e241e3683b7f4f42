import type { z } from "zod";
import en from "#zod-locale-en";
import zhCN from "#zod-locale-zh-CN";
import { FazhiError, type Issue, type Result } from "../error";
import type { Locale } from "../locales";
import { fastParseReport } from "./fastPath";
import { closestKey, keysAt, PARSE_MESSAGES, variantsAt } from "./issueMessages";
import { toJsonPointer } from "./pointer";
import { Report } from "./report";

/**
 * Options of `parseReport` and `safeParseReport`.
 * @example
 * const options: ParseReportOptions = { locale: "en" };
 * safeParseReport(input, options);
 */
export interface ParseReportOptions {
  /** Language of issue messages. Default `"zh-CN"`. */
  readonly locale?: Locale;
}

/** The value at `path` in `input`, when there is one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** zod's issues, one per unknown key, with the messages zod's locales do not say well enough rewritten. */
function toIssues(issues: readonly z.core.$ZodIssue[], input: unknown, locale: Locale): Issue[] {
  const words = PARSE_MESSAGES[locale];
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = toJsonPointer(issue.path);
    if (issue.code === "unrecognized_keys") {
      const allowed = keysAt(Report, input, issue.path);
      for (const key of issue.keys) {
        const message = words.unknownKey(key, closestKey(key, allowed), issue.path.length === 0);
        out.push({ code: issue.code, path: toJsonPointer([...issue.path, key]), message });
      }
    } else if (issue.code === "invalid_type") {
      out.push({ code: issue.code, path, message: issue.message, expected: issue.expected });
    } else if (issue.code === "invalid_format" && issue.format === "date") {
      const value = String(valueAt(input, issue.path));
      const message = ISO_SHAPE.test(value) ? words.notCalendarDate(value) : words.notIsoDate(value);
      out.push({ code: issue.code, path, message });
    } else if (
      issue.code === "invalid_union" &&
      issue.errors.length === 0 &&
      variantsAt(Report, input, issue.path).length > 0
    ) {
      // zod's discriminated union: the discriminator has a value none of its branches has.
      const options = variantsAt(Report, input, issue.path)
        .map((o) => `'${String(o)}'`)
        .join(" | ");
      out.push({
        code: issue.code,
        path,
        message: words.unknownVariant(String(valueAt(input, issue.path)), options),
      });
    } else if (issue.code === "custom" && issue.params?.fazhi === "dateOrText") {
      out.push({ code: issue.code, path, message: words.dateOrText });
    } else {
      out.push({ code: issue.code, path, message: issue.message });
    }
  }
  return out;
}

/**
 * Checks that `input` is a structurally valid report, without throwing. Issues carry a JSON Pointer path and a
 * message in the chosen locale (zh-CN by default). Never throws, whatever the input: non-objects, `__proto__`
 * keys, NaN, huge numbers and inputs nested too deeply to walk all come back as issues.
 *
 * An unknown key is one issue at the key's own path, with the allowed key it most likely misspells
 * (`unknown key 'titel' (did you mean 'title'?)`); an impossible date is an issue at the date
 * (`2023-02-30 is not a calendar date`).
 *
 * This checks structure only; `validateReport` adds the semantic rules.
 *
 * @example
 * const result = safeParseReport(JSON.parse(text));
 * if (result.success) result.value.reportYear //=> 2023
 * safeParseReport(42).issues //=> [{ code: "invalid_type", path: "", message: "无效输入：期望 object，实际接收 number", expected: "object" }]
 * safeParseReport({ ...report, reportYear: "2023" }, { locale: "en" }).issues?.[0]?.path //=> "/reportYear"
 */
export function safeParseReport(input: unknown, options: ParseReportOptions = {}): Result<Report> {
  // A valid input is accepted by the generated validator and copied as zod would return it; zod runs only when
  // that fast path does not accept, to produce the issues with their paths and localized messages.
  const fast = fastParseReport(input);
  if (fast !== undefined) return { success: true, value: fast };
  const locale = options.locale === "en" ? "en" : "zh-CN";
  const localeError = locale === "en" ? en().localeError : zhCN().localeError;
  try {
    const result = Report.safeParse(input, { error: localeError });
    if (result.success) return { success: true, value: result.data };
    return { success: false, issues: toIssues(result.error.issues, input, locale) };
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        success: false,
        issues: [{ code: "too_deep", path: "", message: PARSE_MESSAGES[locale].tooDeep }],
      };
    }
    throw error;
  }
}

/**
 * Parses `input` as a report and returns it typed, or throws a `FazhiError` with code `invalidReport` whose
 * `issues` are those `safeParseReport` returns.
 *
 * @example
 * const report = parseReport(JSON.parse(text));
 * report.jurisdiction.name //=> "临河区"
 * parseReport("not a report") // throws FazhiError: /: 无效输入：期望 object，实际接收 string
 * try { parseReport({}) } catch (e) { if (e instanceof FazhiError) e.issues.length } //=> 14
 */
export function parseReport(input: unknown, options: ParseReportOptions = {}): Report {
  const result = safeParseReport(input, options);
  if (!result.success) throw new FazhiError("invalidReport", result.issues);
  return result.value;
}

import type { z } from "zod";
import en from "#zod-locale-en";
import zhCN from "#zod-locale-zh-CN";
import { FazhiError, type Issue, type Result } from "../error";
import { fastParseReport } from "./fastPath";
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
  readonly locale?: "zh-CN" | "en";
}

function toIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ code: issue.code, path: toJsonPointer([...issue.path, key]), message: issue.message });
      }
    } else if (issue.code === "invalid_type") {
      out.push({
        code: issue.code,
        path: toJsonPointer(issue.path),
        message: issue.message,
        expected: issue.expected,
      });
    } else {
      out.push({ code: issue.code, path: toJsonPointer(issue.path), message: issue.message });
    }
  }
  return out;
}

/**
 * Checks that `input` is a structurally valid report, without throwing. Issues carry a JSON Pointer path and a
 * message in the chosen locale (zh-CN by default). Never throws, whatever the input: non-objects, `__proto__`
 * keys, NaN, huge numbers and inputs nested too deeply to walk all come back as issues.
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
  const localeError = options.locale === "en" ? en().localeError : zhCN().localeError;
  try {
    const result = Report.safeParse(input, { error: localeError });
    if (result.success) return { success: true, value: result.data };
    return { success: false, issues: toIssues(result.error.issues) };
  } catch (error) {
    if (error instanceof RangeError) {
      const message =
        options.locale === "en" ? "Input is nested too deeply to check." : "输入嵌套层级过深，无法检查。";
      return { success: false, issues: [{ code: "too_deep", path: "", message }] };
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

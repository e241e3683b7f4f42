import { createReportFastPath } from "./generated/reportFastPath";
import type { Report } from "./report";

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date (JSON Schema's `date` format); the schema's pattern, zod's own regex, checks it too. */
function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : (DAYS[month] ?? 0));
}

/**
 * A URL exactly as zod's `z.url()` accepts it and returns it unchanged: URL.canParse (or `new URL`) on a string
 * with no surrounding space and no tab or newline, which zod would strip (such a string is left to zod).
 */
function isUnchangedUrl(s: string): boolean {
  if (s !== s.trim() || /[\t\n\r]/.test(s)) return false;
  if (typeof URL.canParse === "function") return URL.canParse(s);
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/** Sections nested deeper than this are left to zod, which then decides whether it can walk them. */
const MAX_DEPTH = 64;

let fastPath: ((input: unknown) => Report | undefined) | undefined;

/**
 * The structural fast path of `safeParseReport`: the report zod would return, built after the generated
 * validator (src/model/generated, `npm run gen:schemas`) accepts the input; `undefined` when it does not, or when
 * the input is one that only zod can answer exactly (shared or deeply nested sections, exotic objects), so that
 * zod runs and reports the issues.
 * @internal
 */
export function fastParseReport(input: unknown): Report | undefined {
  fastPath ??= createReportFastPath({ date: isDate, uri: isUnchangedUrl }, MAX_DEPTH) as (
    input: unknown,
  ) => Report | undefined;
  return fastPath(input);
}

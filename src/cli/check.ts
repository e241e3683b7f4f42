import { analyzeDocument, type DocumentAnalysis, type ValidateOptions } from "../index";
import type { Locale } from "../locales";
import type { FileResult } from "../output";
import { cliText } from "./messages";

/**
 * An analysis as a renderer's file result: its located findings (the report and rates stay behind: a result
 * crosses a worker thread), or the problem that kept it from being checked.
 */
export function fileResultOf(file: string, analysis: DocumentAnalysis, locale: Locale): FileResult {
  const { problem, valid, findings, summary, provenance } = analysis;
  if (problem) {
    const { line, column } = problem.location;
    return {
      file,
      error: { message: cliText(locale).tooDeep(problem.params.maxDepth), code: problem.code, line, column },
    };
  }
  return { file, result: { valid, findings, summary, provenance } };
}

/** Validates one JSON text; `startLine` is the line of the file it starts on (for a record of an NDJSON file). */
export function checkText(
  file: string,
  text: string,
  options: ValidateOptions & { locale: Locale },
  startLine = 1,
): FileResult {
  return fileResultOf(
    file,
    analyzeDocument(text, { ...options, format: "json", startLine, rates: false }),
    options.locale,
  );
}

/** Validates each line of an NDJSON text as a report; blank lines are skipped. */
export function checkNdjson(
  file: string,
  text: string,
  options: ValidateOptions & { locale: Locale },
): FileResult[] {
  const out: FileResult[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() !== "")
      out.push({
        ...checkText(`${file}:${i + 1}`, line, options, i + 1),
        record: { path: file, line: i + 1 },
      });
  });
  return out;
}

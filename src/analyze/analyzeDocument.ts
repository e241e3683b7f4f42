import { analyzeJson } from "./analyzeJson";
import { analyzeText } from "./analyzeText";
import type { AnalyzeOptions } from "./options";
import type { DocumentAnalysis } from "./result";

/** Whether an input reads as JSON: its first character that is not white space opens an object or an array. */
const looksLikeJson = (input: string): boolean => /^[\s\uFEFF]*[{[]/.test(input);

/**
 * Analyzes one document, whatever it is: a report's JSON (a file, or one line of an NDJSON file), its text, or an
 * HTML page. JSON is parsed with positions; a text is read by the extractor into a report. Then the report is
 * validated, its rates recomputed, and every finding located in the original text: its JSON Pointer, and the line,
 * column and offsets it points at. The one road for the CLI, the playground and an app.
 *
 * Never throws on bad input: invalid JSON is an `FZ-JSON-001` finding at the line and column where it breaks, a key
 * repeated in one object an `FZ-JSON-002` finding, a structure that does not match the model `FZ-SCHEMA-001`
 * findings, a text that is no report the extractor's warnings (`notAReport`, `empty` …). JSON nested deeper than
 * `maxDepth` is not read: the result says so in `problem`. Reading bytes (files, encodings) comes before: see
 * `textFromBytes`. The result is plain JSON data.
 *
 * @example
 * const a = analyzeDocument('{\n  "title": }', { locale: "en" });
 * a.findings[0]
 * //=> { ruleId: "FZ-JSON-001", severity: "error", path: "", message: "JSON syntax error: ValueExpected (line 2, column 12)",
 * //     params: { message: "ValueExpected", line: 2, column: 12 }, location: { line: 2, column: 12, offset: 13, end: 14 } }
 *
 * @example
 * import { htmlToText } from "fazhi-report/html";
 * const b = analyzeDocument(text, { fileName: "report.txt", htmlToText, referenceDate: "2024-06-01" });
 * b.format //=> "text"
 * b.findings.filter((f) => f.severity === "error").map((f) => `${f.location?.line}: ${f.message}`)
 * b.rates[0]?.check?.status //=> "pass"
 * JSON.parse(JSON.stringify(b)) // the same data
 */
export function analyzeDocument(input: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const format = options.format ?? "auto";
  const json = format === "json" || (format === "auto" && looksLikeJson(input));
  return json ? analyzeJson(input, options) : analyzeText(input, options);
}

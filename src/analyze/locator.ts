import { sourceSpanOf } from "../extract";
import type { ReportInput } from "../model";
import { type JsonTextResult, lineIndex, parseJsonText, type SourceLocation } from "../source";
import type { DocumentAnalysis } from "./result";

/**
 * Resolves a JSON Pointer of the report to where it stands in the original text.
 * @example
 * const locate: DocumentLocator = documentLocator(text, analyzeDocument(text));
 * locate("/indicators/0")?.line
 */
export type DocumentLocator = (pointer: string) => SourceLocation | undefined;

/** Moves a location found in one line of a file (an NDJSON record) to that line of the file. */
export const shifted = (at: SourceLocation, startLine: number): SourceLocation =>
  startLine === 1 ? at : { ...at, line: at.line + startLine - 1 };

/** Locations in a JSON text: the value a pointer names (or its nearest existing ancestor). */
export function jsonLocator(
  parsed: Extract<JsonTextResult, { ok: true }>,
  startLine: number,
): DocumentLocator {
  return (pointer) => {
    const at = parsed.locate(pointer);
    return at ? shifted(at, startLine) : undefined;
  };
}

/** Locations in a text a report was extracted from: the evidence of the deepest node on the pointer's path. */
export function textLocator(report: ReportInput, text: string, startLine: number): DocumentLocator {
  let position: ReturnType<typeof lineIndex> | undefined;
  return (pointer) => {
    const span = sourceSpanOf(report, pointer);
    if (!span) return undefined;
    position ??= lineIndex(text);
    return shifted({ ...position(span.start), end: span.end }, startLine);
  };
}

/**
 * Where any JSON Pointer of an analyzed report stands in the text that was analyzed: for a table of indicators or
 * rates that points into the source (findings carry their locations already). Pass the same text and `startLine`
 * as to `analyzeDocument`.
 *
 * @example
 * const analysis = analyzeDocument(text);
 * const locate = documentLocator(text, analysis);
 * locate("/indicators/0") //=> { line: 12, column: 9, offset: 301, end: 309 }
 * locate("/no/such/thing") // the nearest place that exists, or undefined
 */
export function documentLocator(
  text: string,
  analysis: Pick<DocumentAnalysis, "format" | "report">,
  options: { readonly startLine?: number } = {},
): DocumentLocator {
  const startLine = options.startLine ?? 1;
  if (analysis.format !== "json")
    return analysis.report ? textLocator(analysis.report, text, startLine) : () => undefined;
  const parsed = parseJsonText(text);
  return parsed.ok ? jsonLocator(parsed, startLine) : () => undefined;
}

import { hasTraditional, looksLikeHtml } from "../extract";
import {
  analyzeDocument,
  type DocumentAnalysis,
  type ExtractResult,
  extractReport,
  type Locale,
  type ValidateOptions,
} from "../index";
import type { DocumentPlaces } from "../inputs/index";
import type { FileResult } from "../output";
import { fileResultOf } from "./check";
import { CONVERTED, readDocumentFile } from "./documents";
import { isStdin, readStdin, readText } from "./inputs";
import { cliText, problemText } from "./messages";
import { loadOptional } from "./optional";

/**
 * Reads a report text with the same checks as `fazhi validate` (missing, a folder, unreadable, empty, binary,
 * over --max-size, stdin included). A GB18030 (GBK) text is read as such, with a notice.
 */
async function readSource(
  file: string,
  locale: Locale,
  maxBytes: number,
): Promise<
  { text: string; notice: string; places?: DocumentPlaces } | { error: { message: string; code: string } }
> {
  // .docx, .doc and PDF: through their converters (fazhi-report/inputs), with the pages or paragraphs they had.
  if (!isStdin(file) && CONVERTED.test(file)) return readDocumentFile(file, locale, maxBytes);
  const read = isStdin(file) ? await readStdin(maxBytes) : readText(file, maxBytes);
  if ("problem" in read) return { error: problemText(locale, read.problem, maxBytes, read.detail) };
  const notice =
    read.encoding === "GB18030" ? `${file}: encoding: ${cliText(locale).decodedAs(read.encoding)}\n` : "";
  return { text: read.text, notice };
}

/**
 * The optional converters a text needs (fazhi-report/html's reader for a page, opencc-js for Traditional text),
 * loaded only then; a missing optional package is named with the command that installs it.
 */
async function convertersFor(
  text: string,
): Promise<{ htmlToText?: (html: string) => string; toSimplified?: (text: string) => string }> {
  const [htmlToText, toSimplified] = await Promise.all([htmlReaderFor(text), simplifierFor(text)]);
  return { ...(htmlToText ? { htmlToText } : {}), ...(toSimplified ? { toSimplified } : {}) };
}

/** A draft with the pages or paragraphs of the original file on its evidence, when it came from one. */
async function placed(r: ExtractResult, places: DocumentPlaces | undefined): Promise<ExtractResult> {
  if (!places) return r;
  const { withPlaces } = await import("../inputs/index");
  return { ...r, report: withPlaces(r.report, places) };
}

/** opencc-js's Traditional → Simplified converter, loaded only for a text that needs it. */
async function simplifierFor(text: string): Promise<((s: string) => string) | undefined> {
  if (!hasTraditional(text)) return undefined;
  const { Converter } = await loadOptional(
    "opencc-js",
    "Traditional Chinese text",
    () => import("opencc-js/t2cn"),
  );
  return Converter({ from: "t", to: "cn" });
}

/** fazhi-report/html's reader, loaded only for an HTML page. */
async function htmlReaderFor(text: string): Promise<((s: string) => string) | undefined> {
  if (!looksLikeHtml(text)) return undefined;
  const { htmlToText } = await loadOptional("htmlparser2", "An HTML page", () => import("../html/index"));
  return htmlToText;
}

/** Nothing usable came out: the text is empty, binary, or not a report. */
function nothingExtracted(warnings: ExtractResult["warnings"]): boolean {
  return warnings.some((w) => w.code === "empty" || w.code === "binary" || w.code === "notAReport");
}

/** The extractor's warnings, one line each: `file:line: code: message`. */
const warningLines = (file: string, warnings: ExtractResult["warnings"]) =>
  warnings.map((w) => `${file}${w.line ? `:${w.line}` : ""}: ${w.code}: ${w.message}\n`).join("");

/** `fazhi extract <file.txt>`: the draft report as JSON on stdout, warnings on stderr. */
export async function runExtract(
  file: string | undefined,
  locale: Locale,
  maxBytes: number,
): Promise<{ output: string; exitCode: number; warnings: string }> {
  if (!file) return { output: "", exitCode: 2, warnings: "fazhi extract: expects <file.txt>\n" };
  const src = await readSource(file, locale, maxBytes);
  if ("error" in src) return { output: "", exitCode: 2, warnings: `${file}: ${src.error.message}\n` };
  const r: ExtractResult = await placed(
    extractReport(src.text, {
      ...(await convertersFor(src.text)),
      fileName: file === "-" ? "stdin.txt" : file.replace(/^.*[\\/]/, ""),
      locale,
    }),
    src.places,
  );
  const warnings = src.notice + warningLines(file, r.warnings);
  return {
    output: `${JSON.stringify(r.report, null, 2)}\n`,
    exitCode: nothingExtracted(r.warnings) ? 2 : 0,
    warnings,
  };
}

/** One text checked by `fazhi check`: its file result, warnings, whether nothing came out, and the analysis. */
export interface CheckedText {
  readonly file: FileResult;
  readonly warnings: string;
  readonly nothing: boolean;
  readonly analysis?: DocumentAnalysis;
}

/** `fazhi check <file.txt>` for one text: read it, then analyze it; findings point at the lines of the text. */
export async function runCheck(
  file: string,
  locale: Locale,
  options: ValidateOptions,
  maxBytes: number,
): Promise<CheckedText> {
  const src = await readSource(file, locale, maxBytes);
  if ("error" in src) return { file: { file, error: src.error }, warnings: "", nothing: true };
  const analysis = analyzeDocument(src.text, {
    ...options,
    ...(await convertersFor(src.text)),
    format: "text",
    fileName: file.replace(/^.*[\\/]/, ""),
    locale,
  });
  return {
    file: fileResultOf(file, analysis, locale),
    warnings: src.notice + warningLines(file, analysis.warnings),
    nothing: nothingExtracted(analysis.warnings),
    analysis,
  };
}

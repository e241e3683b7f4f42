import type { ExtractOptions } from "../extract";
import type { ValidateOptions } from "../rules";

/**
 * Options of `analyzeDocument`: how to read the input, the optional converters, and the options of
 * `validateReport` (locale, rounding mode, severity overrides, reference date …).
 *
 * The converters are passed in so that the core never loads them: `htmlToText` from `fazhi-report/html`, and a
 * Traditional → Simplified converter such as opencc-js's `Converter({ from: "t", to: "cn" })`. Each is used only
 * for an input that needs it.
 *
 * @example
 * import { htmlToText } from "fazhi-report/html";
 * const options: AnalyzeOptions = { format: "text", fileName: "report.html", locale: "en", htmlToText };
 * analyzeDocument(page, options);
 */
export interface AnalyzeOptions extends Omit<ValidateOptions, "sourceText" | "documentText"> {
  /**
   * How to read the input: `json` (one JSON value: a file, or one line of an NDJSON file), `text` (a report's
   * text or an HTML page, read by the extractor), or `auto` (the default): `json` when the input starts with `{`
   * or `[`, else `text`.
   */
  readonly format?: "auto" | "json" | "text";
  /** Name of the source file: recorded in an extracted report's `source.file` and used for its id. */
  readonly fileName?: string;
  /** The report year of a text, when neither its title nor its body gives it. */
  readonly reportYear?: number;
  /** Reads an HTML page (`htmlToText` from `fazhi-report/html`); without it, a page is read as text and flagged. */
  readonly htmlToText?: (html: string) => string;
  /** Converts Traditional to Simplified characters, to match keywords; quotes and offsets stay the original's. */
  readonly toSimplified?: (text: string) => string;
  /**
   * The line of its file that the input starts on (for a line of an NDJSON file). Default 1. Lines of locations
   * are counted in the file; offsets stay offsets in the input.
   */
  readonly startLine?: number;
  /** Deepest nesting of a JSON input that is read (see `parseJsonText`). Default `MAX_JSON_DEPTH` (512). */
  readonly maxDepth?: number;
  /** Recompute the report's rates into `rates`. Default true; a caller that shows no rates can save the time. */
  readonly rates?: boolean;
}

/** The options of `validateReport` among those of an analysis. */
export function validateOptionsOf(options: AnalyzeOptions): ValidateOptions {
  const {
    format,
    fileName,
    reportYear,
    htmlToText,
    toSimplified,
    startLine,
    maxDepth,
    rates,
    ...validation
  } = options;
  return validation;
}

/** The options of `extractReport` among those of an analysis. */
export function extractOptionsOf(options: AnalyzeOptions): ExtractOptions {
  return {
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    ...(options.reportYear !== undefined ? { reportYear: options.reportYear } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.htmlToText ? { htmlToText: options.htmlToText } : {}),
    ...(options.toSimplified ? { toSimplified: options.toSimplified } : {}),
  };
}

/**
 * `fazhi-report/extract`: from a published report's text (or HTML page) to a draft report with provenance, where
 * every value points back at the characters it came from. The extractor's phases (lines, headings, figures,
 * dates …) are internal.
 *
 * @module fazhi-report/extract
 */
export {
  EXTRACTOR_VERSION,
  type ExtractOptions,
  type ExtractResult,
  extractReport,
  hasTraditional,
  looksLikeHtml,
} from "./extractReport";
export { type SourceSpan, sourceSpanOf } from "./locate";
export type { ExtractWarning } from "./warnings";

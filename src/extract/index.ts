// The `fazhi-report/extract` entry: from a published report's text (or HTML page) to a draft with provenance.
// The extractor's phases (lines, headings, mentions, dates …) are internal: tests import them from their files.
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

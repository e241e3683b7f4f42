export { type Classification, classify, type Role } from "./classify";
export {
  EXTRACTOR_VERSION,
  type ExtractOptions,
  type ExtractResult,
  extractReport,
  hasTraditional,
  looksLikeHtml,
} from "./extractReport";
export { readDate } from "./header";
export { type HeadingMatch, readHeading } from "./headings";
export { foldWidth, isNoiseLine, type SourceLine, splitLines } from "./lines";
export { type SourceSpan, sourceSpanOf } from "./locate";
export { type Mention, mentionsIn } from "./mentions";
export type { ExtractWarning } from "./warnings";

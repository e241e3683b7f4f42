export type { Locale } from "../locales";
export type { Converters, MammothLike, PdfjsLike, PdfTextItem, WordExtractorLike } from "./converters";
export { documentFormatOf } from "./format";
export { placeAt, withPlaces } from "./places";
export { isDocumentName, type ReadDocumentOptions, readDocumentBytes } from "./readDocument";
export type {
  DocumentFormat,
  DocumentPlaces,
  DocumentText,
  InputIssue,
  InputNotice,
  ReadDocumentResult,
} from "./types";

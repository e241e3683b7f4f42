export type { Converters, MammothLike, PdfjsLike, PdfTextItem, WordExtractorLike } from "./converters";
export { documentFormatOf } from "./format";
export type { InputLocale } from "./messages";
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

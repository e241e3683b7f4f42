/**
 * The formats `readDocumentBytes` reads.
 * @example
 * const format: DocumentFormat = "pdf";
 */
export type DocumentFormat = "text" | "html" | "docx" | "doc" | "pdf";

/**
 * Where the places of the original file start in the text: `starts[i]` is the offset in the text where page (or
 * paragraph) `i + 1` starts, in ascending order.
 * @example
 * const places: DocumentPlaces = { kind: "page", starts: [0, 1840, 3702] };
 */
export interface DocumentPlaces {
  readonly kind: "page" | "paragraph";
  readonly starts: readonly number[];
}

/**
 * Something worth telling about how a file was read; `code` is stable, `message` is its sentence.
 * `decodedAs`: the text was decoded as `params.encoding`, found by `params.from` (`bom`, `meta`, `detected`).
 * `declaredWrong`: the page declares a charset its bytes are not in. `furniture`: running headers, footers and
 * page numbers set aside (`params.lines`). `pagesWithoutText`: pages with no text layer (`params.pages`).
 * `converterMessage`: what the converter reported (`params.text`).
 * @example
 * const n: InputNotice = { code: "decodedAs", params: { encoding: "GB18030", from: "meta" }, message: "…" };
 */
export interface InputNotice {
  readonly code: "decodedAs" | "declaredWrong" | "furniture" | "pagesWithoutText" | "converterMessage";
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/**
 * Why a file gave no text. `missingConverter`: the optional package `params.package` is not installed.
 * `noTextLayer`: a PDF with no text (scanned), it needs OCR. `encrypted`: a PDF behind a password. `unreadable`:
 * the converter could not read the file (`params.detail`). `unsupported`: a zip or OLE file that is no Word
 * document (a spreadsheet …). `binary` / `encoding`: bytes that are no known text.
 * `empty`: no bytes at all.
 * @example
 * const i: InputIssue = { code: "noTextLayer", params: {}, message: "no text layer: needs OCR" };
 */
export interface InputIssue {
  readonly code:
    | "missingConverter"
    | "noTextLayer"
    | "encrypted"
    | "unreadable"
    | "unsupported"
    | "binary"
    | "encoding"
    | "empty";
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/**
 * A file read as text: `text` is what `extractReport` reads (a .docx comes as the HTML that mammoth makes of it,
 * to be read with `htmlToText`, as a web page); `places` maps offsets of `text` to pages (PDF) or paragraphs
 * (Word); `furniture` holds the running headers, footers and page numbers of a PDF, set aside.
 * @example
 * const r = await readDocumentBytes(bytes, "report.pdf");
 * if (r.success) r.value.places?.kind //=> "page"
 */
export interface DocumentText {
  readonly format: DocumentFormat;
  readonly text: string;
  /** The encoding a text or HTML file was read in. */
  readonly encoding?: string;
  readonly places?: DocumentPlaces;
  readonly furniture?: ReadonlyArray<{ readonly page: number; readonly text: string }>;
  readonly notices: readonly InputNotice[];
}

/**
 * What `readDocumentBytes` returns.
 * @example
 * const r: ReadDocumentResult = await readDocumentBytes(bytes, "report.docx");
 * r.success ? r.value.text : r.issues[0]?.message
 */
export type ReadDocumentResult =
  | { readonly success: true; readonly value: DocumentText }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

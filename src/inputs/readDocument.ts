import { looksLikeHtml } from "../extract";
import type { Locale } from "../locales";
import { decodeDocument } from "./charset";
import { CONVERTER_PACKAGES, type Converters, DEFAULT_CONVERTERS, isMissingModule } from "./converters";
import { readDoc } from "./doc";
import { readDocx } from "./docx";
import { documentFormatOf } from "./format";
import { inputIssue } from "./messages";
import { readPdf } from "./pdf";
import type { DocumentText, InputIssue, ReadDocumentResult } from "./types";

/**
 * Options of `readDocumentBytes`.
 * @example
 * const options: ReadDocumentOptions = { locale: "en" };
 */
export interface ReadDocumentOptions {
  /** Language of issues and notices. Default `"zh-CN"`. */
  readonly locale?: Locale;
  /** Loaders of the converters, in place of importing their optional packages (see `Converters`). */
  readonly converters?: Partial<Converters>;
}

const FORMAT_NAMES = { docx: ".docx", doc: ".doc", pdf: "PDF" } as const;

/** Loads a converter, or says which package to install. */
async function load<K extends keyof Converters>(
  key: K,
  format: keyof typeof FORMAT_NAMES,
  options: ReadDocumentOptions,
): Promise<Awaited<ReturnType<Converters[K]>> | InputIssue> {
  const locale = options.locale ?? "zh-CN";
  const loader = (options.converters?.[key] ?? DEFAULT_CONVERTERS[key]) as Converters[K];
  try {
    return (await loader()) as Awaited<ReturnType<Converters[K]>>;
  } catch (error) {
    if (isMissingModule(error))
      return inputIssue(
        "missingConverter",
        { format: FORMAT_NAMES[format], package: CONVERTER_PACKAGES[key] },
        locale,
      );
    throw error;
  }
}

const isIssue = (x: object): x is InputIssue => "code" in x && "message" in x;

const done = (r: DocumentText | InputIssue): ReadDocumentResult =>
  isIssue(r) ? { success: false, issues: [r] } : { success: true, value: r };

/**
 * Reads the bytes of a published report, whatever file it came in, as the text the extractor reads: plain text
 * and web pages decoded (byte order mark, the page's `<meta charset>`, else detection: UTF-8, GB18030/GBK;
 * UTF-16 by its mark), a .docx through mammoth (as HTML, one line per paragraph: read it with `htmlToText`), a
 * legacy .doc through word-extractor, a PDF's text layer through pdf.js in reading order (two columns read one
 * after the other, wrapped lines joined, running headers, footers and page numbers set aside). `places` maps
 * offsets of the text back to pages or paragraphs of the file (see `withPlaces`). The converters are optional
 * packages loaded only when such a file arrives; a missing one is an issue naming the package to install. A
 * scanned PDF is the issue `noTextLayer`, never an empty text. Never throws for bad input.
 *
 * @example
 * const r = await readDocumentBytes(readFileSync("report.pdf"), "report.pdf", { locale: "en" });
 * if (r.success) extractReport(r.value.text, { htmlToText });
 * else r.issues[0]?.message //=> "no text layer: needs OCR (the PDF is a scan)"
 * (await readDocumentBytes(new Uint8Array(), "a.txt")).success //=> false
 */
export async function readDocumentBytes(
  bytes: Uint8Array,
  name: string,
  options: ReadDocumentOptions = {},
): Promise<ReadDocumentResult> {
  const locale = options.locale ?? "zh-CN";
  if (bytes.length === 0) return done(inputIssue("empty", {}, locale));
  const format = documentFormatOf(bytes, name);
  if (format === undefined) return done(inputIssue("unsupported", {}, locale));
  if (format === "docx") {
    const mammoth = await load("mammoth", "docx", options);
    return done(isIssue(mammoth) ? mammoth : await readDocx(bytes, mammoth, locale));
  }
  if (format === "doc") {
    const extractor = await load("wordExtractor", "doc", options);
    return done(isIssue(extractor) ? extractor : await readDoc(bytes, extractor, locale));
  }
  if (format === "pdf") {
    const pdfjs = await load("pdfjs", "pdf", options);
    return done(isIssue(pdfjs) ? pdfjs : await readPdf(bytes, pdfjs, locale));
  }
  const d = decodeDocument(bytes, format === "html", locale);
  if ("issue" in d) return done(d.issue);
  const html = format === "html" || looksLikeHtml(d.text);
  return done({ format: html ? "html" : "text", text: d.text, encoding: d.encoding, notices: d.notices });
}

/**
 * Whether a file name is one `readDocumentBytes` reads (text, web page, Word, PDF), for a walk through a folder.
 * @example
 * isDocumentName("2023/报告.PDF") //=> true
 * isDocumentName("table.xlsx") //=> false
 */
export function isDocumentName(name: string): boolean {
  return /\.(txt|text|md|s?html?|xhtml|docx|docm|doc|pdf)$/i.test(name);
}

/**
 * A file dropped on the page or picked, as the input of an analysis: what `fazhi` does with the same bytes. A text
 * or web page is decoded here (`textFromBytes`: UTF-16 by its mark, UTF-8, else GB18030, as `fazhi check` reads a
 * file); a .docx or PDF goes through `readDocumentBytes` (fazhi-report/inputs), whose code and converters (mammoth,
 * pdf.js) are loaded only then, by `loadReader`. Pure: no DOM, so that Node tests run it on the fixtures.
 */

import { documentFormatOf } from "../../src/inputs/format";
import type { DocumentPlaces, ReadDocumentResult } from "../../src/inputs/types";
import { textFromBytes } from "../../src/source/textFromBytes";
import { type Locale, UI } from "./ui";

/** Reads a .docx or PDF the way `readDocumentBytes` does (the browser's converters plugged in). */
export type ReadConverted = (bytes: Uint8Array, name: string, locale: Locale) => Promise<ReadDocumentResult>;

/** A dropped file, ready for the analysis; `problem` says why it gave no text (its bytes are then no input). */
export interface DroppedFile {
  /** What the analysis reads: the text, a page's HTML, or the HTML mammoth makes of a .docx. */
  readonly input: string;
  readonly fileName: string;
  /** Bytes that are no text (the page says so, as for a paste of binary data). */
  readonly binary: boolean;
  /** Where the pages (PDF) or paragraphs (Word) of the file start in `input`. */
  readonly places?: DocumentPlaces;
  /** How the file was read: its encoding, page furniture set aside, what the converter said. */
  readonly notices: readonly string[];
  readonly problem?: { readonly code: string; readonly message: string };
}

const refused = (name: string, code: string, message: string): DroppedFile => ({
  input: "",
  fileName: name,
  binary: false,
  notices: [],
  problem: { code, message },
});

/**
 * Reads a dropped file's bytes. A legacy .doc is refused with a word (its converter needs Node: `fazhi check`
 * reads it); a zip or OLE file that is no Word document is binary, as before.
 *
 * @example
 * const file = await readDroppedFile(bytes, "报告.pdf", "zh-CN", () => import("./reader").then((m) => m.readConverted));
 * file.places?.kind //=> "page"
 */
export async function readDroppedFile(
  bytes: Uint8Array,
  name: string,
  locale: Locale,
  loadReader: () => Promise<ReadConverted>,
): Promise<DroppedFile> {
  const L = UI[locale];
  const format = documentFormatOf(bytes, name);
  if (format === "doc") return refused(name, "docNeedsCli", L.docNeedsCli);
  if (format === "docx" || format === "pdf") {
    let read: ReadConverted;
    try {
      read = await loadReader();
    } catch (error) {
      return refused(name, "readerUnavailable", L.readerUnavailable(String(error)));
    }
    const r = await read(bytes, name, locale);
    if (!r.success) {
      const issue = r.issues[0];
      return refused(name, issue?.code ?? "unreadable", issue?.message ?? "");
    }
    return {
      input: r.value.text,
      fileName: name,
      binary: false,
      ...(r.value.places ? { places: r.value.places } : {}),
      notices: r.value.notices.map((n) => n.message),
    };
  }
  const decoded = textFromBytes(bytes);
  if (!decoded.success)
    return { input: "", fileName: name, binary: decoded.issues[0]?.code !== "empty", notices: [] };
  const { text, encoding } = decoded.value;
  return {
    input: text,
    fileName: name,
    binary: false,
    notices: encoding === "UTF-8" ? [] : [L.decodedAs(encoding)],
  };
}

import type { Locale } from "../locales";
import type { PdfjsLike } from "./converters";
import { inputIssue, inputNotice } from "./messages";
import { type PdfLine, pageLines } from "./pdfLines";
import { furnitureOf, joinPages } from "./pdfText";
import type { DocumentText, InputIssue, InputNotice } from "./types";

/**
 * The text of a PDF's text layer in reading order (see `pageLines`, `joinPages`), with the offset where each page
 * starts; running headers, footers and page numbers set aside as furniture. A PDF with no text at all is a scan
 * (`noTextLayer`); pages without text in a PDF that has some are told in a notice. Pages are read one at a time
 * and let go, so memory follows the text, not the pages' drawings.
 */
export async function readPdf(
  bytes: Uint8Array,
  pdfjs: PdfjsLike,
  locale: Locale,
): Promise<DocumentText | InputIssue> {
  let doc: Awaited<ReturnType<PdfjsLike["getDocument"]>["promise"]>;
  try {
    // pdf.js takes the buffer over and refuses a Node Buffer: give it a plain copy, the caller keeps its bytes.
    // Only the text layer is read: no fonts for the page (Node's defaults, also in a browser), nothing drawn.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string } | undefined)?.name;
    if (name === "PasswordException") return inputIssue("encrypted", {}, locale);
    return inputIssue(
      "unreadable",
      { format: "PDF", detail: String((error as Error)?.message ?? error) },
      locale,
    );
  }
  const pages: PdfLine[][] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items));
      page.cleanup();
    }
  } catch (error) {
    return inputIssue(
      "unreadable",
      { format: "PDF", detail: String((error as Error)?.message ?? error) },
      locale,
    );
  } finally {
    await doc.destroy();
  }
  const empty = pages.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
  if (empty.length === pages.length) return inputIssue("noTextLayer", {}, locale);
  const furniture = furnitureOf(pages);
  const body = pages.map((lines) => lines.filter((l) => !furniture.has(l)));
  const { text, starts } = joinPages(body);
  const notices: InputNotice[] = [];
  if (furniture.size > 0) notices.push(inputNotice("furniture", { lines: furniture.size }, locale));
  if (empty.length > 0) notices.push(inputNotice("pagesWithoutText", { pages: empty.join(", ") }, locale));
  return {
    format: "pdf",
    text,
    places: { kind: "page", starts },
    furniture: pages.flatMap((lines, i) =>
      lines.filter((l) => furniture.has(l)).map((l) => ({ page: i + 1, text: l.text })),
    ),
    notices,
  };
}

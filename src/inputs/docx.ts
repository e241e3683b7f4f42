import type { Locale } from "../locales";
import type { MammothLike } from "./converters";
import { inputIssue, inputNotice } from "./messages";
import type { DocumentText, InputIssue } from "./types";

/** Closing tags after which the HTML starts a new line, so that its lines follow the document's paragraphs. */
const BLOCK_END = /<\/(p|h[1-6]|li|tr|table|ul|ol)>/g;
/** An opening tag of a Word paragraph in mammoth's HTML (a table cell holds paragraphs of its own). */
const PARAGRAPH = /<(p|h[1-6]|li)[\s>]/g;

/**
 * A .docx as the HTML mammoth makes of it (empty paragraphs kept, one line per paragraph), to be read like a web
 * page (`htmlToText`), with the offset where each paragraph of the document starts. Mammoth's errors come as
 * notices; its warnings about styles it does not know are left out (they concern looks, not text).
 */
export async function readDocx(
  bytes: Uint8Array,
  mammoth: MammothLike,
  locale: Locale,
): Promise<DocumentText | InputIssue> {
  let result: Awaited<ReturnType<MammothLike["convertToHtml"]>>;
  try {
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    result = await mammoth.convertToHtml({ buffer: bytes, arrayBuffer }, { ignoreEmptyParagraphs: false });
  } catch (error) {
    return inputIssue(
      "unreadable",
      { format: "docx", detail: String((error as Error)?.message ?? error) },
      locale,
    );
  }
  const text = `<html><body>\n${result.value.replace(BLOCK_END, "$&\n")}</body></html>\n`;
  const starts = [...text.matchAll(PARAGRAPH)].map((m) => m.index);
  const notices = result.messages
    .filter((m) => m.type === "error")
    .map((m) => inputNotice("converterMessage", { text: m.message }, locale));
  return { format: "docx", text, places: { kind: "paragraph", starts }, notices };
}

import { type DecodedText, decodeText } from "./decode";

/**
 * The result of `textFromBytes`: the text and the encoding it was read in, or why the bytes are no text to read.
 * @example
 * const r: BytesText = textFromBytes(new Uint8Array());
 * r.ok || r.problem //=> "empty"
 */
export type BytesText = DecodedText | { readonly ok: false; readonly problem: "empty" };

/**
 * Where the bytes of a document become its text: the one entry for every reader (the CLI's files and standard input,
 * the playground's dropped files). No bytes at all are `empty`; otherwise the bytes are decoded as `decodeText` does
 * (UTF-16 by its byte order mark, UTF-8, else GB18030; NUL bytes are `binary`, anything else `encoding`). A reader of
 * another format (a Word or PDF file) plugs in here.
 *
 * @example
 * textFromBytes(new TextEncoder().encode("法治")) //=> { ok: true, text: "法治", encoding: "UTF-8" }
 * textFromBytes(new Uint8Array()) //=> { ok: false, problem: "empty" }
 * textFromBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00])) //=> { ok: false, problem: "binary" }
 */
export function textFromBytes(bytes: Uint8Array): BytesText {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  return decodeText(bytes);
}

import type { Result } from "../error";
import { type DecodedText, decodeText } from "./decode";

/**
 * The result of `textFromBytes`, in the package's one result shape: the text and the encoding it was read in, or
 * one issue saying why the bytes are no text to read (code `empty`, `binary` or `encoding`, path `""`).
 * @example
 * const r: BytesText = textFromBytes(new Uint8Array());
 * r.success || r.issues[0]?.code //=> "empty"
 */
export type BytesText = Result<{
  readonly text: string;
  readonly encoding: Extract<DecodedText, { ok: true }>["encoding"];
}>;

const WHY = {
  empty: "there are no bytes to read",
  binary: "binary data (NUL bytes), not text",
  encoding: "in no known encoding (not UTF-8, UTF-16 or GB18030)",
} as const;

/**
 * Where the bytes of a document become its text: the one entry for every reader (the CLI's files and standard input,
 * the playground's dropped files). No bytes at all are `empty`; otherwise the bytes are decoded as `decodeText` does
 * (UTF-16 by its byte order mark, UTF-8, else GB18030; NUL bytes are `binary`, anything else `encoding`). A reader of
 * another format (a Word or PDF file) plugs in here.
 *
 * @example
 * textFromBytes(new TextEncoder().encode("法治")) //=> { success: true, value: { text: "法治", encoding: "UTF-8" } }
 * textFromBytes(new Uint8Array()) //=> { success: false, issues: [{ code: "empty", path: "", message: "there are no bytes to read" }] }
 * textFromBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00])).issues?.[0]?.code //=> "binary"
 */
export function textFromBytes(bytes: Uint8Array): BytesText {
  const d: DecodedText | { ok: false; problem: "empty" } =
    bytes.length === 0 ? { ok: false, problem: "empty" } : decodeText(bytes);
  if (d.ok) return { success: true, value: { text: d.text, encoding: d.encoding } };
  return { success: false, issues: [{ code: d.problem, path: "", message: WHY[d.problem] }] };
}

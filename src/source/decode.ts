/**
 * The result of `decodeText`: the text and the encoding it was read in, or why it is not text.
 * @example
 * const r: DecodedText = decodeText(new TextEncoder().encode("法治"));
 * r.ok && r.encoding //=> "UTF-8"
 */
export type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";
    }
  | { readonly ok: false; readonly problem: "binary" | "encoding" };

const decode = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    // ignoreBOM keeps a byte order mark as U+FEFF, so that offsets count it as the file does.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * Reads the bytes of a file as text, saying which encoding it took: UTF-16 when a byte order mark says so, UTF-8
 * when the bytes are valid UTF-8, else GB18030 (which includes GBK and GB2312, common on government sites) when
 * they are valid GB18030. Bytes that are none of these are `encoding`; NUL bytes outside UTF-16 are `binary`.
 * Nothing is ever replaced with U+FFFD: a text is read whole or not at all. A byte order mark is kept as U+FEFF.
 * Uses `TextDecoder`, so it runs in Node and in browsers alike.
 *
 * @example
 * decodeText(new Uint8Array([0xb7, 0xa8, 0xd6, 0xce])) //=> { ok: true, text: "法治", encoding: "GB18030" }
 * decodeText(new Uint8Array([0x7b, 0x00, 0x7d])) //=> { ok: false, problem: "binary" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode("utf-16le", bytes);
    return text === undefined ? { ok: false, problem: "encoding" } : { ok: true, text, encoding: "UTF-16LE" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode("utf-16be", bytes);
    return text === undefined ? { ok: false, problem: "encoding" } : { ok: true, text, encoding: "UTF-16BE" };
  }
  if (bytes.includes(0)) return { ok: false, problem: "binary" };
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "UTF-8" };
  const gb = decode("gb18030", bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: "GB18030" };
  return { ok: false, problem: "encoding" };
}

import { looksLikeHtml } from "../extract";
import type { Locale } from "../locales";
import { decodeText } from "../source";
import { inputIssue, inputNotice } from "./messages";
import type { InputIssue, InputNotice } from "./types";

/** Charset labels that name GB18030 or one of its subsets (WHATWG decodes them all as GB18030). */
const GB = /^(gbk|gb2312|gb_2312(-80)?|gb18030|x-gbk|chinese|csgb2312|iso-ir-58)$/i;

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or `http-equiv`), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = "";
  for (const b of bytes.subarray(0, 1024)) head += String.fromCharCode(b);
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Decodes with a declared label, or `undefined` when the label is unknown or the bytes are not in it. */
function decodeAs(label: string, bytes: Uint8Array): { text: string; encoding: string } | undefined {
  try {
    const decoder = new TextDecoder(GB.test(label) ? "gb18030" : label, { fatal: true, ignoreBOM: true });
    const encoding = decoder.encoding === "gbk" ? "GB18030" : decoder.encoding.toUpperCase();
    return { text: decoder.decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

/** A text file or web page decoded, with the encoding it took and how it was found. */
export type Decoded =
  | { readonly text: string; readonly encoding: string; readonly notices: readonly InputNotice[] }
  | { readonly issue: InputIssue };

/**
 * Decodes a text file or an HTML page: a byte order mark first, then (HTML only) the charset the page declares,
 * then detection (`decodeText`: UTF-8, else GB18030). A page that declares a charset its bytes are not in is read
 * by detection, with a notice. Any encoding other than UTF-8 is told as a notice.
 */
export function decodeDocument(bytes: Uint8Array, html: boolean, locale: Locale): Decoded {
  if (bytes.length === 0) return { issue: inputIssue("empty", {}, locale) };
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const notices: InputNotice[] = [];
  const declared = !bom && html ? declaredCharset(bytes) : undefined;
  if (declared) {
    const read = decodeAs(declared, bytes);
    if (read) {
      if (read.encoding !== "UTF-8")
        notices.push(inputNotice("decodedAs", { encoding: read.encoding, from: "meta" }, locale));
      return { text: read.text, encoding: read.encoding, notices };
    }
  }
  const d = decodeText(bytes);
  if (!d.ok) return { issue: inputIssue(d.problem, {}, locale) };
  // A page that does not say it is HTML is read as one when it looks like it: its charset is then read too.
  if (!html && !bom && looksLikeHtml(d.text) && declaredCharset(bytes))
    return decodeDocument(bytes, true, locale);
  if (declared) notices.push(inputNotice("declaredWrong", { declared, encoding: d.encoding }, locale));
  else if (d.encoding !== "UTF-8")
    notices.push(inputNotice("decodedAs", { encoding: d.encoding, from: bom ? "bom" : "detected" }, locale));
  return { text: d.text, encoding: d.encoding, notices };
}

import type { DocumentFormat } from "./types";

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes hold an ASCII string (a file name inside a zip archive, for instance). */
function holds(bytes: Uint8Array, ascii: string): boolean {
  const first = ascii.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < ascii.length; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/**
 * The format of a file from its first bytes, and its name where the bytes leave it open: `%PDF-` is a PDF, a zip
 * archive with a Word document part (or named .docx) is a .docx, an OLE compound file is a legacy .doc; any other
 * zip or OLE file (a spreadsheet …) is `undefined`, not supported. Everything else is text, HTML when its name
 * says so (.htm, .html, .shtml) or `undefined` name-wise (the caller may still sniff tags).
 *
 * @example
 * documentFormatOf(new TextEncoder().encode("%PDF-1.7 …"), "report.pdf") //=> "pdf"
 * documentFormatOf(new TextEncoder().encode("一、总体情况"), "report.txt") //=> "text"
 * documentFormatOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), "table.xlsx") //=> undefined
 */
export function documentFormatOf(bytes: Uint8Array, name: string): DocumentFormat | undefined {
  const lower = name.toLowerCase();
  if (holds(bytes.subarray(0, 1024), "%PDF-")) return "pdf";
  if (startsWith(bytes, ZIP))
    return /\.doc[xm]$/.test(lower) || holds(bytes, "word/document") ? "docx" : undefined;
  if (startsWith(bytes, OLE)) return /\.(xls|ppt|msg)$/.test(lower) ? undefined : "doc";
  return /\.(s?html?|xhtml)$/.test(lower) ? "html" : "text";
}

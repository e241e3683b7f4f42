import type { inputs as zhCN } from "../zh-CN/inputs";

// Where an encoding was read from.
const FROM: Readonly<Record<string, string>> = {
  bom: "byte order mark",
  meta: "the page's charset",
  detected: "detection",
};

/** The sentences of the inputs area: issues and notices of reading a document. */
export const inputs: typeof zhCN = {
  missingConverter: (p) =>
    `reading a ${p.format} file needs the optional package ${p.package}: run npm install ${p.package}`,
  noTextLayer: () => "no text layer: needs OCR (the PDF is a scan)",
  encrypted: () => "the PDF is encrypted: it needs a password",
  unreadable: (p) => `cannot read this ${p.format} file: ${p.detail}`,
  unsupported: () => "not a supported format (text, web page, .docx, .doc or PDF)",
  binary: () => "a binary file, not text",
  encoding: () => "in no known encoding (not UTF-8, UTF-16 or GB18030)",
  empty: () => "the file is empty",
  decodedAs: (p) => `read as ${p.encoding} (from ${FROM[p.from as string] ?? p.from})`,
  declaredWrong: (p) => `the page declares ${p.declared} but is not in it; read as ${p.encoding}`,
  furniture: (p) => `set aside ${p.lines} lines of running headers, footers and page numbers`,
  pagesWithoutText: (p) => `pages with no text layer (scanned?): ${p.pages}`,
  converterMessage: (p) => `the converter says: ${p.text}`,
};

/// <reference path="./modules.d.ts" />
/**
 * The playground's reader of .docx and PDF files, built as a module of its own (playground/dist/lazy/reader.js)
 * and imported only when such a file arrives; mammoth's browser build and pdf.js are chunks of their own in turn,
 * each imported only for its format. pdf.js parses in its own web worker (lazy/pdf.worker.min.mjs, next to this
 * module). Everything else is `readDocumentBytes`, the road `fazhi check` takes.
 */

import type { Converters, MammothLike, PdfjsLike } from "../../src/inputs/converters";
import { readDocumentBytes } from "../../src/inputs/readDocument";
import type { ReadConverted } from "./files";

const converters: Converters = {
  mammoth: async () => {
    const m = (await import("mammoth/mammoth.browser.js")) as { default?: MammothLike } & MammothLike;
    return m.default ?? m;
  },
  pdfjs: async () => {
    const pdfjs = await import("pdfjs-dist/build/pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("./pdf.worker.min.mjs", import.meta.url).href;
    return pdfjs as unknown as PdfjsLike;
  },
  // word-extractor needs Node's Buffer: a .doc never gets here (see readDroppedFile).
  wordExtractor: () => Promise.reject(new Error("word-extractor runs in Node only")),
};

/** `readDocumentBytes` with the browser's converters. */
export const readConverted: ReadConverted = (bytes, name, locale) =>
  readDocumentBytes(bytes, name, { locale, converters });

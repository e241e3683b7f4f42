import { keepingNatives } from "./natives";

/**
 * What the reader uses of mammoth (docx → HTML).
 * @example
 * const mammoth: MammothLike = await import("mammoth");
 * const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
 */
export interface MammothLike {
  convertToHtml(
    input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer },
    options?: { ignoreEmptyParagraphs?: boolean },
  ): Promise<{ value: string; messages: ReadonlyArray<{ type: string; message: string }> }>;
}

/**
 * What the reader uses of word-extractor (.doc → text).
 * @example
 * const WordExtractor: WordExtractorLike = (await import("word-extractor")).default;
 * const body = (await new WordExtractor().extract(bytes)).getBody();
 */
export interface WordExtractorLike {
  new (): { extract(source: Uint8Array): Promise<{ getBody(): string }> };
}

/**
 * A text item of a PDF page, as pdf.js gives it.
 * @example
 * const item: PdfTextItem = { str: "调解成功8881件", transform: [12, 0, 0, 12, 72, 700], width: 96, height: 12 };
 */
export interface PdfTextItem {
  readonly str: string;
  /** The text matrix `[a, b, c, d, x, y]`: `x`, `y` is the start of the baseline. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/**
 * What the reader uses of pdf.js (pdfjs-dist).
 * @example
 * const pdfjs: PdfjsLike = await import("pdfjs-dist/legacy/build/pdf.mjs");
 * const pdf = await pdfjs.getDocument({ data: bytes }).promise;
 */
export interface PdfjsLike {
  getDocument(source: {
    data: Uint8Array;
    verbosity?: number;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    isOffscreenCanvasSupported?: boolean;
    isImageDecoderSupported?: boolean;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        view: readonly number[];
        getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItem | { type: string }> }>;
        cleanup(): unknown;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/**
 * How the converters are loaded: by default each is imported from its optional package when a file of its format
 * arrives (mammoth, word-extractor, pdfjs-dist). Pass your own loaders to use a bundled copy (a browser app) or to
 * test without the packages.
 * @example
 * const converters: Converters = { mammoth: async () => (await import("mammoth")).default };
 */
export interface Converters {
  readonly mammoth: () => Promise<MammothLike>;
  readonly wordExtractor: () => Promise<WordExtractorLike>;
  readonly pdfjs: () => Promise<PdfjsLike>;
}

/** The package each converter comes from. */
export const CONVERTER_PACKAGES = {
  mammoth: "mammoth",
  wordExtractor: "word-extractor",
  pdfjs: "pdfjs-dist",
} as const;

// A specifier in a variable: bundlers leave the optional packages out, Node resolves them at run time.
const importOptional = (specifier: string): Promise<Record<string, unknown>> => import(specifier);

const defaultOf = <T>(m: Record<string, unknown>): T => (m.default ?? m) as T;

/** The converters imported from their optional packages. */
export const DEFAULT_CONVERTERS: Converters = {
  mammoth: async () => defaultOf<MammothLike>(await importOptional("mammoth")),
  wordExtractor: async () => defaultOf<WordExtractorLike>(await importOptional("word-extractor")),
  pdfjs: () => (pdfjsOnce ??= importPdfjs()),
};

let pdfjsOnce: Promise<PdfjsLike> | undefined;

/**
 * pdf.js's legacy build with its worker's code (in Node, pdf.js runs the worker's code in this thread and imports
 * it on the first document: imported here, it comes from the module cache then), the built-ins they replace put
 * back (see `keepingNatives`).
 */
async function importPdfjs(): Promise<PdfjsLike> {
  try {
    return await keepingNatives(async () => {
      const pdfjs = await importOptional("pdfjs-dist/legacy/build/pdf.mjs");
      await importOptional("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return pdfjs as unknown as PdfjsLike;
    });
  } catch (error) {
    pdfjsOnce = undefined;
    throw error;
  }
}

/** Whether an error says a module is not installed. */
export function isMissingModule(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === "ERR_MODULE_NOT_FOUND" ||
    code === "MODULE_NOT_FOUND" ||
    /Cannot find (module|package)|Failed to resolve module/i.test(String(error))
  );
}

// The browser builds the playground's reader imports (see reader.ts); what it uses of them is typed there.
declare module "mammoth/mammoth.browser.js";
declare module "pdfjs-dist/build/pdf.min.mjs" {
  export const GlobalWorkerOptions: { workerSrc: string };
}

/**
 * `npm run build:playground`: bundles the playground (the library itself, in a web worker) into one offline
 * page, playground/dist/index.html, with its script, worker, style and the bundled examples inlined; and, next to
 * it in playground/dist/lazy/, the reader of .docx and PDF files (reader.js, then mammoth's and pdf.js's chunks and
 * pdf.js's worker), which the page imports only when such a file arrives.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = new URL("../", import.meta.url);
const path = (p: string) => new URL(p, root).pathname;

const bundle = async (entry: string, define: Record<string, string> = {}) => {
  const r = await build({
    entryPoints: [path(entry)],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    define,
    legalComments: "none",
    logLevel: "warning",
  });
  return r.outputFiles[0]?.text ?? "";
};

const examples = [
  ...readdirSync(path("examples/text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      name: `${f} (text)`,
      file: f,
      content: readFileSync(path(`examples/text/${f}`), "utf8"),
    })),
  ...readdirSync(path("examples"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: `${f} (JSON)`, file: f, content: readFileSync(path(`examples/${f}`), "utf8") })),
];

const worker = await bundle("playground/src/worker.ts");
const main = await bundle("playground/src/main.ts", {
  __WORKER_SOURCE__: JSON.stringify(worker),
  __EXAMPLES__: JSON.stringify(examples),
});
// A literal "</script" inside the inlined code would end the script element early.
const script = main.replace(/<\/(script)/gi, "<\\/$1");
const html = readFileSync(path("playground/src/page.html"), "utf8")
  .replace("/*STYLE*/", () => readFileSync(path("playground/src/style.css"), "utf8"))
  .replace("/*SCRIPT*/", () => script);
mkdirSync(path("playground/dist"), { recursive: true });
writeFileSync(path("playground/dist/index.html"), html);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `wrote playground/dist/index.html (${kb(Buffer.byteLength(html))}, ${kb(gzipSync(html).length)} gzipped; script ${kb(main.length)}, worker ${kb(worker.length)})`,
);

// The reader of .docx and PDF files: ES modules split at each converter, so that a .docx loads mammoth and not
// pdf.js, and a text file loads neither.
const lazy = path("playground/dist/lazy");
rmSync(lazy, { recursive: true, force: true });
await build({
  entryPoints: [path("playground/src/reader.ts")],
  bundle: true,
  minify: true,
  format: "esm",
  splitting: true,
  platform: "browser",
  target: "es2022",
  outdir: lazy,
  chunkNames: "[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
});
copyFileSync(
  createRequire(import.meta.url).resolve("pdfjs-dist/build/pdf.worker.min.mjs"),
  `${lazy}/pdf.worker.min.mjs`,
);
for (const f of readdirSync(lazy).sort()) console.log(`  lazy/${f} (${kb(statSync(`${lazy}/${f}`).size)})`);

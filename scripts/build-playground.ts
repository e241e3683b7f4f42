/**
 * `npm run build:playground`: bundles the playground (the library itself, in a web worker) into one offline
 * page, playground/dist/index.html, with its script, worker, style and the bundled examples inlined.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
console.log(`wrote playground/dist/index.html (${(html.length / 1024).toFixed(0)} KB)`);

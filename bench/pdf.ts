/**
 * `npm run bench:pdf`: reading a PDF of 10 and of 50 pages (`readDocumentBytes`, pdf.js and the layout), time and
 * memory. The goal is under 2 s for 50 pages, with memory growing with the text, not faster. The PDFs are made at
 * run time (bench/pdfOfPages.ts) from a sample text. Options: --runs N (default 5).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readDocumentBytes } from "../src/inputs";
import { pdfOfPages } from "./pdfOfPages";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(1, Number(values.runs));
const text = readFileSync(new URL("../test/fixtures/inputs/seed-004.txt", import.meta.url), "utf8");
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// The first read loads pdf.js (once per process): timed on its own.
const t0 = performance.now();
await readDocumentBytes(pdfOfPages(text, 1), "warm.pdf");
console.log(`first read (loads pdf.js): ${(performance.now() - t0).toFixed(0)} ms`);

for (const pages of [10, 50]) {
  const pdf = pdfOfPages(text, pages);
  const times: number[] = [];
  let heap = 0;
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const r = await readDocumentBytes(pdf, "bench.pdf");
    times.push(performance.now() - start);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    if (!r.success) throw new Error(r.issues[0]?.message);
    chars = r.value.text.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${pages} pages (${mb(pdf.length)} PDF, ${chars} characters of text): median ${median.toFixed(0)} ms over ${runs} runs, heap growth at most ${mb(heap)}`,
  );
}

/**
 * `npm run bench:pdf`: reading a PDF of 10 and of 50 pages (`readDocumentBytes`, pdf.js and the layout), wall time,
 * CPU time (user + system of this process: pdf.js runs on its in-process "fake worker" in Node, so all its work is
 * counted) and memory. The goal is under 2 s for 50 pages, with memory growing with the text, not faster. The PDFs
 * are made at run time (bench/pdfOfPages.ts) from a sample text. On a shared machine the wall time follows the load
 * average (printed before and after); the CPU time much less so. Options: --runs N (default 5).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { readDocumentBytes } from "../src/inputs";
import { pdfOfPages } from "./pdfOfPages";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(1, Number(values.runs));
const text = readFileSync(new URL("../test/fixtures/inputs/seed-004.txt", import.meta.url), "utf8");
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Wall and CPU milliseconds of one call. */
async function timed<T>(f: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

console.log(`load average (1, 5, 15 min) at start: ${load()}`);
// What a one-shot process (`fazhi check report.pdf`) pays once: loading pdf.js and its worker's code, measured in a
// plain Node process (here, under tsx, loading is several times slower: it transforms and maps the sources).
const child = spawnSync(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `const t = performance.now();
     await import("pdfjs-dist/legacy/build/pdf.mjs");
     await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
     const c = process.cpuUsage();
     console.log(\`wall \${(performance.now() - t).toFixed(0)} ms, CPU \${((c.user + c.system) / 1000).toFixed(0)} ms (with Node's start)\`);`,
  ],
  { encoding: "utf8", cwd: new URL("..", import.meta.url).pathname },
);
console.log(`loading pdf.js in a fresh node process: ${child.stdout.trim() || child.stderr.trim()}`);
// The first read of this process loads pdf.js: not counted in the runs below.
const first = await timed(() => readDocumentBytes(pdfOfPages(text, 1), "warm.pdf"));
console.log(
  `first read under tsx (loads pdf.js): wall ${first.wall.toFixed(0)} ms, CPU ${first.cpu.toFixed(0)} ms`,
);

for (const pages of [10, 50]) {
  const pdf = pdfOfPages(text, pages);
  const walls: number[] = [];
  const cpus: number[] = [];
  let heap = 0;
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const r = await timed(() => readDocumentBytes(pdf, "bench.pdf"));
    walls.push(r.wall);
    cpus.push(r.cpu);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    if (!r.value.success) throw new Error(r.value.issues[0]?.message);
    chars = r.value.value.text.length;
  }
  console.log(
    `${pages} pages (${mb(pdf.length)} PDF, ${chars} characters of text): median wall ${median(walls).toFixed(0)} ms, median CPU ${median(cpus).toFixed(0)} ms over ${runs} runs, heap growth at most ${mb(heap)}`,
  );
}
console.log(`load average at end: ${load()}`);

/**
 * `npm run bench`: the performance goals of the library, measured as ratios against baselines run in the same
 * process (JSON.parse, ajv) or the same machine (bare node), and written to bench/RESULTS.md.
 *
 * Options: --quick (short runs, smaller batch: a smoke test of this script), --out <file>.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { build } from "esbuild";
import { Bench } from "tinybench";
import { analyzeDocument } from "../src/analyze";
import { extractReport } from "../src/extract";
import { Report, reportJsonSchema, safeParseReport } from "../src/model";
import { validateReport } from "../src/rules";
import { reportOfSize, seedTexts, textOfSize } from "./generate";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string", default: "bench/RESULTS.md" },
  },
});
const quick = values.quick === true;
const root = new URL("../", import.meta.url).pathname;
const lines: string[] = [];
const say = (s = "") => {
  console.log(s);
  lines.push(s);
};
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

async function timeTasks(tasks: Record<string, () => unknown>): Promise<Record<string, number>> {
  const bench = new Bench({ time: quick ? 100 : 1500, warmupTime: quick ? 20 : 300 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const out: Record<string, number> = {};
  for (const t of bench.tasks) {
    const r = t.result;
    if (r.state !== "completed") throw new Error(`${t.name}: ${r.state}`);
    out[t.name] = r.latency.p50;
  }
  return out;
}

/** CPU time (user + system) per call, in ms: unlike wall time, it leaves out the time other processes take. */
function cpuPer(fn: () => unknown): number {
  for (let i = 0; i < 20; i++) fn();
  const budget = quick ? 50_000 : 400_000; // µs of CPU
  const start = process.cpuUsage();
  let n = 0;
  let used = 0;
  while (used < budget) {
    for (let i = 0; i < 10; i++) fn();
    n += 10;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
  }
  return used / 1000 / n;
}

const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;
const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

say("# Benchmark results");
say();
say(
  `Produced by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}${quick ? " (--quick)" : ""}.`,
);
say();
say(
  `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM ` +
    `(${(freemem() / 2 ** 30).toFixed(1)} GB free), ${platform()} ${release()}. Node ${process.version}. ` +
    `fazhi-report ${own.version}, zod ${version("zod")}, ajv ${version("ajv")}, tinybench ${version("tinybench")}, ` +
    `esbuild ${version("esbuild")}.`,
);
say();
say(
  "Times are medians of tinybench samples; every figure that has a goal is a ratio to a baseline measured in",
);
say("the same run, so that the machine's speed cancels out.");
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(", ");
say(`Load average (1, 5, 15 min) at the start: ${load()} on ${cpus().length} cores.`);

// ── 1. validation ───────────────────────────────────────────────────────────────────────────────────────────
say();
say("## 1. Validation vs JSON.parse, on the real examples and on synthetic sizes");
say();
say(
  "Per report: `JSON.parse` of its text (the baseline); ajv running the emitted 2020-12 JSON Schema, compiled",
);
say("once (structure only); zod alone (`Report.safeParse`, the structural check before the fast path);");
say(
  "`safeParseReport` (the generated fast path, zod only on rejection); `validateReport` (structure + all 28",
);
say(
  "rules); `+ positions` is what the CLI does for a file (`analyzeDocument`: parseJsonText, validateReport, line/column for findings).",
);
say(
  "Ratios are to JSON.parse in the same run. The machine is shared, so the last three columns measure CPU time (user + system) per call instead of wall time.",
);
say();
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
ajv.addKeyword("x-fazhi-rules");
ajv.addKeyword("x-fazhi-rules-note");
const ajvValidate = ajv.compile(reportJsonSchema("2020-12"));
say(
  "| report | JSON.parse | ajv | zod | safeParseReport | validateReport | + positions | zod ÷ parse | structure ÷ parse (goal ≤ 1×) | validate ÷ parse (goal ≤ 3×) | CPU: JSON.parse | CPU: validateReport | CPU: validate ÷ parse |",
);
say("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
const realExamples = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ""), json: readFileSync(join(root, "examples", f), "utf8") }));
const synthetic = [8, 40, 200].map((kb) => {
  const { json } = reportOfSize(kb * 1024);
  return { name: `synthetic ${(json.length / 1024).toFixed(1)} KB`, json };
});
const validationGoals: boolean[] = [];
for (const { name, json } of [...realExamples, ...synthetic]) {
  const parsed: unknown = JSON.parse(json);
  if (!ajvValidate(parsed) || !Report.safeParse(parsed).success || !safeParseReport(parsed).success)
    throw new Error(`${name} is invalid`);
  const options = { referenceDate: "2026-11-25" } as const;
  const t = await timeTasks({
    parse: () => JSON.parse(json),
    ajv: () => ajvValidate(parsed),
    zod: () => Report.safeParse(parsed),
    structure: () => safeParseReport(parsed),
    validate: () => validateReport(parsed, options),
    positions: () => analyzeDocument(json, { ...options, format: "json", rates: false }),
  });
  const cpuParse = cpuPer(() => JSON.parse(json));
  const cpuValidate = cpuPer(() => validateReport(parsed, options));
  const [p, a, z, st, v, w] = [t.parse, t.ajv, t.zod, t.structure, t.validate, t.positions].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const real = !name.startsWith("synthetic");
  if (real) validationGoals.push(st / p <= 1, v / p <= 3);
  const mark = (x: number, goal: number) =>
    `${ratio(x, p)}${real ? ` ${x / p <= goal ? "met" : "**missed**"}` : ""}`;
  say(
    `| ${name} (${(json.length / 1024).toFixed(1)} KB) | ${ms(p)} ms | ${ms(a)} ms | ${ms(z)} ms | ${ms(st)} ms | ${ms(v)} ms | ${ms(w)} ms | ${ratio(z, p)} | ${mark(st, 1)} | ${mark(v, 3)} | ${ms(cpuParse)} ms | ${ms(cpuValidate)} ms | ${ratio(cpuValidate, cpuParse)} |`,
  );
}
say();
say(
  `Goals (on every real example): ${validationGoals.every((g) => g) ? "met" : "**missed** on some (see the table)"}.`,
);

// ── 2. batch ────────────────────────────────────────────────────────────────────────────────────────────────
const count = quick ? 500 : 10_000;
say();
say(`## 2. Batch: ${count.toLocaleString("en")} reports through \`fazhi validate\``);
say();
const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-"));
const examples = [8, 20, 40].map((kb) => reportOfSize(kb * 1024).report);
let bytes = 0;
for (let i = 0; i < count; i++) {
  const sub = join(dir, String(i % 100).padStart(2, "0"));
  if (i < 100) mkdirSync(sub);
  const r = { ...(examples[i % examples.length] as object), id: `bench-${i}` };
  const text = JSON.stringify(r, null, 2);
  bytes += text.length;
  writeFileSync(join(sub, `r${i}.json`), text);
}
say(
  `Input: ${count.toLocaleString("en")} files of 8, 20 and 40 KB in turn (${(bytes / 2 ** 20).toFixed(0)} MB), 100 folders.`,
);
say(
  "Measured with `/usr/bin/time` (wall time, CPU time (user + system) and peak resident set size of the whole process).",
);
say();
say(
  "| run | wall time | per report | CPU time | CPU per report | peak RSS | load average | goal (1 job: < 10 s, < 400 MB) |",
);
say("| --- | --- | --- | --- | --- | --- | --- | --- |");
const batch: Record<number, number> = {};
const cpuTime: Record<number, number> = {};
for (const jobs of [1, 2]) {
  const loadBefore = load();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%e %M %U %S",
      process.execPath,
      join(root, "dist/cli.js"),
      "validate",
      dir,
      "--recursive",
      "--jobs",
      String(jobs),
      "--format",
      "json",
      "--output",
      `${dir}.out.json`,
      "--quiet",
    ],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [wall, rssKb, user, system] = last.split(" ").map(Number) as [number, number, number, number];
  cpuTime[jobs] = user + system;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`fazhi validate exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  if (!existsSync(`${dir}.out.json`))
    throw new Error(
      `fazhi validate wrote no output (exit ${r.status}, signal ${r.signal}): ${r.stderr.slice(-2000)}`,
    );
  const out = JSON.parse(readFileSync(`${dir}.out.json`, "utf8")) as { files: unknown[] };
  if (out.files.length !== count) throw new Error(`expected ${count} results, got ${out.files.length}`);
  batch[jobs] = wall;
  const goal =
    jobs === 1
      ? `wall ${verdict(wall * (10_000 / count) < 10)}, CPU ${verdict((user + system) * (10_000 / count) < 10)} / ${verdict(rssKb / 1024 < 400)}`
      : `speed-up ${((batch[1] as number) / wall).toFixed(2)}× over 1 job`;
  say(
    `| --jobs ${jobs} | ${wall.toFixed(1)} s | ${ms((wall * 1000) / count)} ms | ${(user + system).toFixed(1)} s | ${ms(((user + system) * 1000) / count)} ms | ${(rssKb / 1024).toFixed(0)} MB | ${loadBefore} | ${goal} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
rmSync(`${dir}.out.json`, { force: true });
say();
say(
  `The machine has ${cpus().length} cores. With 2 jobs the same reports cost ${((cpuTime[2] ?? 0) / (cpuTime[1] ?? 1)).toFixed(2)}× ` +
    `the CPU time of 1 job (see the notes below); ${
      (batch[2] ?? Infinity) < (batch[1] ?? 0)
        ? "2 jobs were faster in wall time here, though `--jobs` defaults to 1 (the measured gain does not repeat across runs on this shared machine)."
        : "`--jobs` stays 1 by default, the fastest setting measured here."
    }`,
);

// ── 3. extractor ───────────────────────────────────────────────────────────────────────────────────────────
say();
say("## 3. Extractor throughput");
say();
const seedTimes = await timeTasks(
  Object.fromEntries(seedTexts.map((s) => [s.name, () => extractReport(s.text)])),
);
say("| text | size | time | throughput |");
say("| --- | --- | --- | --- |");
for (const s of seedTexts) {
  const t = seedTimes[s.name] as number;
  say(
    `| ${s.name} | ${(s.text.length / 1000).toFixed(1)} k chars | ${ms(t)} ms | ${(((s.text.length / 1000 / t) * 1000) / 1000).toFixed(2)} M chars/s |`,
  );
}
const sizes = [10_000, 20_000, 100_000, 1_000_000];
const texts = sizes.map((n) => textOfSize(n));
const sizeTimes = await timeTasks(
  Object.fromEntries(texts.map((t, i) => [String(sizes[i]), () => extractReport(t)])),
);
for (const [i, n] of sizes.entries()) {
  const t = sizeTimes[String(n)] as number;
  say(
    `| seeds repeated | ${(n / 1000).toFixed(0)} k chars | ${ms(t)} ms | ${(n / t / 1000).toFixed(2)} M chars/s |`,
  );
  void i;
}
// Least-squares line through (size, time).
const xs = sizes.map((n) => n / 100_000);
const ys = sizes.map((n) => sizeTimes[String(n)] as number);
const mx = xs.reduce((a, b) => a + b) / xs.length;
const my = ys.reduce((a, b) => a + b) / ys.length;
const slope =
  xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] as number) - my), 0) /
  xs.reduce((a, x) => a + (x - mx) ** 2, 0);
const intercept = my - slope * mx;
const ssRes = xs.reduce((a, x, i) => a + ((ys[i] as number) - (intercept + slope * x)) ** 2, 0);
const ssTot = ys.reduce((a, y) => a + (y - my) ** 2, 0);
const t20 = sizeTimes["20000"] as number;
say();
say(
  `Slope ${ms(slope)} ms per 100 k chars (intercept ${ms(intercept)} ms, R² ${(1 - ssRes / ssTot).toFixed(4)}); ` +
    `1 M chars ÷ 100 k chars = ${((sizeTimes["1000000"] as number) / (sizeTimes["100000"] as number)).toFixed(1)}× (linear: 10×). ` +
    `20 k chars in ${ms(t20)} ms: goal < 20 ms ${verdict(t20 < 20)}.`,
);
const adversarial = `${"((((1234567890,".repeat(35_000)}\n${"一是二是三是、、、".repeat(25_000)}`;
const advTimes = await timeTasks({ adversarial: () => extractReport(adversarial) });
say(
  `An adversarial 1 M-char text (digits, brackets, 一是 runs, enumeration commas): ${ms(advTimes.adversarial as number)} ms.`,
);

// ── 4. cold start and bundle ───────────────────────────────────────────────────────────────────────────────
say();
say("## 4. Cold start and bundle size");
say();
const runs = quick ? 5 : 25;
const spawnTime = (args: string[]) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { cwd: root });
    times.push(performance.now() - t0);
  }
  return median(times);
};
const bare = spawnTime(["-e", "0"]);
const zodEsm = spawnTime(["--input-type=module", "-e", "await import('zod')"]);
const esm = spawnTime(["--input-type=module", "-e", "await import('fazhi-report')"]);
const cjs = spawnTime(["-e", "require('fazhi-report')"]);
const cliHelp = spawnTime([join(root, "dist/cli.js"), "--version"]);
say(`Median of ${runs} process starts each (the package imports itself by name, from dist/).`);
say();
say("| command | time | extra over `node -e 0` | goal (< 50 ms extra) |");
say("| --- | --- | --- | --- |");
say(`| \`node -e 0\` | ${ms(bare)} ms | | |`);
say(`| \`import('zod')\` (the peer dependency alone) | ${ms(zodEsm)} ms | ${ms(zodEsm - bare)} ms | |`);
say(
  `| \`import('fazhi-report')\` | ${ms(esm)} ms | ${ms(esm - bare)} ms (${ms(esm - zodEsm)} ms over zod) | ` +
    `${verdict(esm - bare < 50)} (over zod: ${verdict(esm - zodEsm < 50)}) |`,
);
say(`| \`require('fazhi-report')\` | ${ms(cjs)} ms | ${ms(cjs - bare)} ms | ${verdict(cjs - bare < 50)} |`);
say(`| \`fazhi --version\` | ${ms(cliHelp)} ms | ${ms(cliHelp - bare)} ms | |`);

const bundle = async (contents: string, external: string[]) => {
  const r = await build({
    stdin: { contents, resolveDir: root },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external,
    write: false,
    logLevel: "silent",
  });
  const code = r.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
};
const zodExternal = ["zod", "zod/*"];
const core = await bundle(
  'export { Report, safeParseReport, validateReport, deriveRates, rate } from "fazhi-report";',
  zodExternal,
);
const everything = await bundle('export * from "fazhi-report";', zodExternal);
say();
say(
  "esbuild bundles of the published entry (dist/index.js through the package name, so `sideEffects: false`",
);
say("applies), minified, then gzip -9; zod external, date-fns and the bundled helpers inside:");
say();
say("| bundle | minified | gzip | goal (core < 40 KB gzip) |");
say("| --- | --- | --- | --- |");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
say(
  `| core: model, rates, rules (\`Report\`, \`safeParseReport\`, \`validateReport\`, \`deriveRates\`, \`rate\`) | ${kb(core.min)} | ${kb(core.gz)} | ${verdict(core.gz < 40 * 1024)} |`,
);
say(
  `| everything (\`export *\`: adds the extractor, renderers, JSON positions) | ${kb(everything.min)} | ${kb(everything.gz)} | |`,
);

say();
say("## What profiling found (`node --cpu-prof`), and what is left");
say();
for (const line of [
  "- **Structure.** zod's pass is 2–4× JSON.parse. `safeParseReport` now runs a validator generated at build time",
  "  (`npm run gen:schemas`: ajv's standalone code for the draft-07 schema, no ajv at run time) and a generated",
  "  copier that returns exactly zod's value (keys in the model's order); zod runs only when the fast path does",
  "  not accept, to write the issues. Shared, cyclic or deeply nested sections, exotic objects and URLs zod would",
  "  trim are left to zod. A fused validate-and-copy compiler would save the second walk, but ajv's validator is",
  "  proven and the parity tests (examples, tricky cases, mutated reports) hold it to zod.",
  "- **Rules.** Sections, texts, the indicator index and each role's text are built once per report for all",
  "  rules; a rate that holds under its stated rounding mode is confirmed with one interval comparison (the other",
  "  modes, figures and explanations are computed only for a finding); sums and subsets of exact figures are",
  "  compared as points; a role's length is counted without spreading its text. Findings are unchanged (snapshot",
  "  of every example, broken and invalid example, rule fixture and a grid of rates). What is left: each rule's",
  "  own pass over the report (regexes over all texts for the privacy rules, date-fns parsing for the date",
  "  rules, exact bigint arithmetic), which dominates on small reports, where JSON.parse takes 20–50 µs.",
  "- **CLI path** (`node --cpu-prof` of `fazhi validate` over 2,000 of the batch files, CPU time compared with",
  "  `/usr/bin/time` on the 10,000 in one run, load 18–20 on 2 cores: 42.5 s before, 33.0 s after, same output).",
  "  Before: validateReport 29%, jsonc-parser's syntax tree built to give findings a line 17% (`locate` 22% with",
  "  the line index), GC 15%, reading files 7%, the folder walk's look at each file's head 5% (a fresh zeroed",
  "  64 KiB buffer a file), parseJsonText 7.5%, hashing 3%. Now a flat index of the JSON text (one pass, numbers",
  "  in arrays, no object per value; checked against jsonc-parser's tree by a property test) locates findings",
  "  and finds duplicate keys, the line index looks for line feeds with indexOf, and the walk reuses one buffer:",
  "  `locate` fell from 22% to 9% of the batch's profile and the walk's head check from 5% to 3%. Left:",
  "  validateReport 39%, GC 12%, parseJsonText 11% (JSON.parse itself, the member count for duplicate keys),",
  "  reading and decoding files 9%, hashing 3.5%, writing the output 2.6%.",
  "- **Validation grows faster than the text (not fixed here: rule files).** validate ÷ parse is about 8× at",
  "  40 KB and 30× at 200 KB on the synthetic reports (3.4× and 3.3× in the earlier run). The costliest rule",
  "  on the 200 KB report is FZ-EVID-002 (4.7 of about 10 ms of rule time, `bench/profile.ts 200`): it",
  "  searches the whole narrative once per evidence quote (`narrative.includes(plain(quote))` in",
  "  src/rules/evidence/quoteInText.ts), so its cost is quotes × narrative. One pass over the narrative for all",
  "  quotes (a multi-pattern search), or quotes checked at their offsets, would make it linear.",
  "- **--jobs.** With 2 workers the CPU time for the same reports rises by 30–70% (two vCPUs shared with the",
  "  GC threads and, on this machine, other tenants), so wall time barely falls or rises; file reading is",
  "  under a tenth of a job. `--jobs` stays 1 by default: the fastest setting measured here.",
  "- **Quadratic spots on long inputs**, found with the playground's 5 MB test: deriveRates and sourceSpanOf",
  "  indexed the indicators once per relation or pointer, the extractor looked up each section's draft by",
  "  scanning all drafts. All index once now. The extractor is still superlinear past a few hundred k",
  "  characters: the excess is garbage collection, as a 1 M-character text keeps about 13,000 indicators and",
  "  their quotes alive (with --max-semi-space-size=64 the 1 M run falls from about 49 to 37 ms per 100 k).",
  "- **Cold start (goal missed).** import('zod') alone costs about 100 ms",
  "  here; the library adds 40–55 ms on top of its peer dependency (runs vary). Fixed: jsonc-parser and @noble/hashes",
  "  are bundled (loading them as packages cost more than their code), date-fns is imported one function a",
  "  module, and only zod's two locales are loaded (its locales index loads forty). The generated validator is",
  "  built on the first parse, not at import.",
])
  say(line);

// Keep the soak section (npm run soak writes it between its markers).
const previous = existsSync(join(root, values.out as string))
  ? readFileSync(join(root, values.out as string), "utf8")
  : "";
const soak = /<!-- soak -->[\s\S]*<!-- \/soak -->/.exec(previous)?.[0];
writeFileSync(join(root, values.out as string), `${lines.join("\n")}\n${soak ? `\n${soak}\n` : ""}`);
console.log(`\nwrote ${values.out}`);

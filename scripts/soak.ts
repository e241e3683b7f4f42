/**
 * `npm run soak [-- --sizes 1,5 --budget 60 --only <substring>]`: the adversarial generators of
 * bench/adversarial.ts at 1 MB and 5 MB, each case in its own process with a time budget (a case that overruns
 * is killed and reported, never waited for). Writes the table into bench/RESULTS.md between the
 * `<!-- soak -->` markers. Goal: any 1 MB text in under 1 s, and time growing linearly (5 MB ÷ 1 MB about 5).
 */

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { JSONS, PAGES, TARGETS, TEXTS } from "../bench/adversarial";
import { parseJsonText } from "../src/source";

type Kind = keyof typeof TARGETS;
const SETS: ReadonlyArray<[Kind, Readonly<Record<string, (n: number) => string>>]> = [
  ["text", TEXTS],
  ["html", PAGES],
  ["page", PAGES],
  ["json", JSONS],
];
const LABEL: Record<Kind, string> = {
  text: "extractReport",
  html: "htmlToText",
  page: "extractReport(html)",
  json: "parseJsonText",
};
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,5" },
    budget: { type: "string", default: "60" },
    only: { type: "string" },
    out: { type: "string", default: "bench/RESULTS.md" },
    case: { type: "string" },
    padded: { type: "string" },
  },
});

if (values.padded) {
  // What the CLI does with a 50 MB JSON file padded with whitespace: parse, locate a finding, duplicate keys.
  const unit = values.padded === "newlines" ? "\n" : " ";
  const text = `{"a":${unit.repeat(50_000_000)}1,"a":2}`;
  const t0 = performance.now();
  const r = parseJsonText(text);
  if (r.ok) r.locate("/a");
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (values.case) {
  // One case: make the input, run it once to warm up on a small one, then time it at the size asked for.
  const { kind, name, size } = JSON.parse(values.case) as { kind: Kind; name: string; size: number };
  const make = SETS.find(([k]) => k === kind)?.[1][name];
  if (!make) throw new Error(`no generator ${kind}/${name}`);
  TARGETS[kind](make(1000));
  const input = make(size);
  const t0 = performance.now();
  TARGETS[kind](input);
  console.log(JSON.stringify({ ms: performance.now() - t0, chars: input.length }));
} else {
  const sizes = (values.sizes ?? "1,5").split(",").map(Number);
  const load = loadavg()[0]?.toFixed(1) ?? "?";
  const budget = Number(values.budget) * 1000;
  const script = fileURLToPath(import.meta.url);
  const runCase = (kind: Kind, name: string, size: number): number | string => {
    const r = spawnSync(
      process.execPath,
      [
        "--max-old-space-size=4096",
        "--import",
        "tsx",
        script,
        "--case",
        JSON.stringify({ kind, name, size }),
      ],
      { encoding: "utf8", timeout: budget, killSignal: "SIGKILL" },
    );
    if (r.error || r.signal) return "over budget";
    if (r.status !== 0) return `crash: ${r.stderr.trim().split("\n").pop()?.slice(0, 60) ?? ""}`;
    return (JSON.parse(r.stdout) as { ms: number }).ms;
  };
  const fmt = (t: number | string) => (typeof t === "number" ? `${(t / 1000).toFixed(2)} s` : t);
  const rows: string[] = [];
  let worst1 = 0;
  let over = 0;
  for (const [kind, set] of SETS) {
    for (const name of Object.keys(set)) {
      if (values.only && !`${LABEL[kind]} ${name}`.includes(values.only)) continue;
      const times: Array<number | string> = [];
      for (const mb of sizes) {
        const t = runCase(kind, name, mb * MB);
        times.push(t);
        if (typeof t !== "number") break;
      }
      const [a, b] = times;
      const ratio = typeof a === "number" && typeof b === "number" ? `${(b / a).toFixed(1)}×` : "–";
      if (typeof a === "number") worst1 = Math.max(worst1, a);
      else over++;
      const row = `| ${LABEL[kind]} | ${name} | ${times.map(fmt).join(" | ")}${times.length < sizes.length ? " | –".repeat(sizes.length - times.length) : ""} | ${ratio} |`;
      console.log(row);
      rows.push(row);
    }
  }
  const padded = ["spaces", "newlines"].map((kind) => {
    const r = spawnSync(process.execPath, ["--import", "tsx", script, "--padded", kind], {
      encoding: "utf8",
      timeout: budget * 5,
      killSignal: "SIGKILL",
    });
    if (r.status !== 0) return `| ${kind} | over budget or crashed | – |`;
    const m = JSON.parse(r.stdout) as { ms: number; rssMb: number };
    return `| ${kind} | ${(m.ms / 1000).toFixed(2)} s | ${m.rssMb.toFixed(0)} MB |`;
  });
  console.log(padded.join("\n"));
  const head = `| function | input | ${sizes.map((s) => `${s} MB`).join(" | ")} | ${sizes.length > 1 ? `${sizes[1]} MB ÷ ${sizes[0]} MB` : "ratio"} |`;
  const section = [
    "<!-- soak -->",
    "## Soak: linear time on adversarial input",
    "",
    `Produced by \`npm run soak\` (scripts/soak.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores shared with other jobs (load average ${load} at the start), Node ${process.version}.`,
    `Each case runs once in its own process after a warm-up, with a budget of ${budget / 1000} s. Inputs are`,
    "the generators of bench/adversarial.ts (test/perf/linear.test.ts runs them at 16 k and 64 k characters in npm test,",
    "best of three). Single runs on a shared machine: a ratio between 2 and 11 is noise around linear; quadratic is 25.",
    `Goal: any 1 MB input under 1 s (slowest here: ${(worst1 / 1000).toFixed(2)} s${over ? `; ${over} case(s) over budget` : ""}), and time growing linearly (ratio about ${(sizes[1] ?? 1) / (sizes[0] ?? 1)}).`,
    "",
    head,
    `| --- | --- | ${sizes.map(() => "---").join(" | ")} | --- |`,
    ...rows,
    "",
    "A 50 MB JSON text padded with whitespace (parseJsonText, then a position and duplicate keys, as the CLI asks",
    "for a file with findings; the text itself is 50 MB of one-byte characters). Before issue 13: 1.9 GB.",
    "",
    "| padding | time | peak RSS of the process |",
    "| --- | --- | --- |",
    ...padded,
    "<!-- /soak -->",
  ].join("\n");
  const path = values.out ?? "bench/RESULTS.md";
  const old = existsSync(path) ? readFileSync(path, "utf8") : "";
  const marked = /<!-- soak -->[\s\S]*<!-- \/soak -->/;
  writeFileSync(path, marked.test(old) ? old.replace(marked, section) : `${old.trimEnd()}\n\n${section}\n`);
  console.log(`\nwrote ${path}`);
}

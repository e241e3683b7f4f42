/**
 * Soak test (`npm run fuzz [-- --cases 1000000 --seed 42]`, not in CI): runs generated cases through every entry
 * point that takes untrusted input and reports crashes (an exception, or a broken invariant). Goal: 0.
 */
import { parseArgs } from "node:util";
import fc from "fast-check";
import { extractReport } from "../src/extract";
import { htmlToText } from "../src/html";
import { safeParseReport } from "../src/model";
import { validateReport } from "../src/rules";
import { parseJsonText } from "../src/source";
import { anyValue, isJsonPointer, mutatedReport, reportishText } from "../test/property/arbitraries";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "1000000" }, seed: { type: "string" } },
});
const total = Number(values.cases);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;

type Target = { name: string; share: number; runs?: number; property: fc.IProperty<[unknown]> };

// Large inputs: pieces that have tripped backtracking patterns or quadratic walks, repeated to 10 k–400 k
// characters in random mixes. Each case has a time budget proportional to its size (2 s a MB, at least 0.25 s),
// so that a superlinear path shows up as a failing case instead of a hang.
const PIECES = [
  " ",
  "\t",
  "\u3000",
  "\n",
  "1",
  "12.5%",
  "%",
  "其中",
  "（",
  "）",
  "【大】",
  "字体",
  "来源",
  "今天是",
  "索引号",
  "|",
  "·",
  "<div>",
  "</b>",
  "<span>",
  '<a href="',
  "&ldquo;",
  "[",
  '{"a":',
  "调解成功8881件，成功率81%。",
];
const large = fc
  .record({
    pieces: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }),
    size: fc.integer({ min: 10_000, max: 400_000 }),
  })
  .map(({ pieces, size }) => {
    const unit = pieces.join("");
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  });
const withinBudget = (what: string, size: number, fn: () => unknown) => {
  const budget = Math.max(250, (size / 1_000_000) * 2000);
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  check(ms <= budget, `${what} took ${ms.toFixed(0)} ms on ${size} chars (budget ${budget.toFixed(0)} ms)`);
};
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`invariant broken: ${what}`);
};
const targets: Target[] = [
  {
    name: "safeParseReport(any value)",
    share: 0.3,
    property: fc.property(anyValue, (v) => {
      const r = safeParseReport(v);
      if (!r.success) for (const i of r.issues) check(isJsonPointer(i.path), `pointer ${i.path}`);
    }),
  },
  {
    name: "validateReport(mutated report)",
    share: 0.2,
    property: fc.property(mutatedReport, (v) => {
      const r = validateReport(v, { referenceDate: "2026-11-25" });
      for (const f of r.findings) {
        check(isJsonPointer(f.path), `pointer ${f.path}`);
        check(f.ruleId !== "FZ-INTERNAL-001", `rule crashed: ${f.message}`);
      }
    }),
  },
  {
    name: "parseJsonText(any string)",
    share: 0.2,
    property: fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.json()), (v) => {
      const text = v as string;
      const r = parseJsonText(text);
      let ok = true;
      try {
        JSON.parse(text);
      } catch {
        ok = false;
      }
      check(r.ok === ok, "agrees with JSON.parse");
    }),
  },
  {
    name: "extractReport(report-like text as an HTML page, with htmlToText)",
    share: 0.1,
    property: fc.property(reportishText, (v) => {
      const html = `<html><body><p>${(v as string).replace(/\n/g, "</p>\n<p>")}</p></body></html>`;
      check(htmlToText(html).length === html.length, "htmlToText keeps the length");
      const { report } = extractReport(html, { htmlToText });
      check(safeParseReport(report).success, "draft passes the schema");
      for (const i of report.indicators)
        for (const e of i.evidence ?? []) check(html.slice(e.start, e.end) === e.quote, "quote at offsets");
    }),
  },
  {
    name: "large adversarial inputs within a time budget (extractReport, htmlToText, parseJsonText)",
    share: 0,
    runs: 150,
    property: fc.property(large, (v) => {
      const text = v as string;
      withinBudget("extractReport", text.length, () => extractReport(text));
      withinBudget("htmlToText", text.length, () => htmlToText(text));
      withinBudget("parseJsonText", text.length, () => parseJsonText(text));
    }),
  },
  {
    name: "extractReport(report-like text)",
    share: 0.2,
    property: fc.property(reportishText, (v) => {
      const text = v as string;
      const { report } = extractReport(text);
      check(safeParseReport(report).success, "draft passes the schema");
      for (const i of report.indicators)
        for (const e of i.evidence ?? []) check(text.slice(e.start, e.end) === e.quote, "quote at offsets");
    }),
  },
];

const started = performance.now();
let crashes = 0;
for (const [index, t] of targets.entries()) {
  const numRuns = t.runs !== undefined ? Math.min(t.runs, total) : Math.round(total * t.share);
  const t0 = performance.now();
  const r = fc.check(t.property, { numRuns, seed: seed + index, endOnFailure: true });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.failed) {
    crashes++;
    console.log(
      `✗ ${t.name}: failed after ${r.numRuns} cases (seed ${seed + index}, path ${r.counterexamplePath})`,
    );
    const shown = fc.stringify(r.counterexample);
    console.log(
      `  counterexample: ${shown.length > 400 ? `${shown.slice(0, 400)}… (${shown.length} characters)` : shown}`,
    );
    console.log(`  error: ${String(r.errorInstance)}`);
  } else console.log(`✓ ${t.name}: ${r.numRuns} cases, 0 crashes (${seconds} s)`);
}
console.log(
  `${total} cases in ${((performance.now() - started) / 1000).toFixed(0)} s, seed ${seed}: ${crashes} failing target(s)`,
);
process.exitCode = crashes > 0 ? 1 : 0;

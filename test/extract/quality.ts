import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "../../src/extract";
import { foldWidth } from "../../src/extract/lines";
import type { Indicator, ReportInput, Section } from "../../src/model";

/** Precision and recall of one aspect of one report. */
export interface Score {
  readonly gold: number;
  readonly found: number;
  readonly matched: number;
}

const norm = (s: string) =>
  foldWidth(s)
    .replace(/\s+/g, "")
    .replace(/，/g, ",")
    .replace(/[。：:]$/, "");

function flat(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

function match(gold: readonly string[], found: readonly string[]): Score {
  const pool = new Map<string, number>();
  for (const k of gold) pool.set(k, (pool.get(k) ?? 0) + 1);
  let matched = 0;
  for (const k of found) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      matched++;
      pool.set(k, n - 1);
    }
  }
  return { gold: gold.length, found: found.length, matched };
}

const sectionKeys = (r: ReportInput) =>
  flat(r.sections)
    .filter((s) => s.title)
    .map((s) => `${norm(s.title ?? "")}@${s.level}`);
const indicatorKey = (i: Indicator) =>
  `${i.value}|${i.unit ?? ""}|${i.magnitude ?? ""}|${i.qualifier ?? "exact"}`;

function relationKeys(r: ReportInput): string[] {
  const value = new Map(r.indicators.map((i) => [i.id, i.value]));
  const v = (id: string) => value.get(id) ?? "?";
  return r.relations.map((x) => {
    if (x.type === "sum" || x.type === "subset")
      return `${x.type}:${v(x.whole)}=${x.parts.map(v).sort().join("+")}`;
    if (x.type === "rate")
      return `rate:${v(x.rate)}=${x.numerator.map(v).join("+")}/${x.denominator.map(v).join("+")}`;
    return `list:${v(x.count)}`;
  });
}

/** Scores the extractor against every hand-encoded example that has a source text. */
export function scoreExamples(
  root: URL,
): Array<{ name: string; sections: Score; indicators: Score; relations: Score }> {
  const dir = new URL("examples/", root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as ReportInput;
      const text = readFileSync(new URL(gold.source?.file ?? "", dir), "utf8");
      const got = extractReport(text, { fileName: file.replace(/\.json$/, ".txt") }).report;
      return {
        name: file.replace(/\.json$/, ""),
        sections: match(sectionKeys(gold), sectionKeys(got)),
        indicators: match(gold.indicators.map(indicatorKey), got.indicators.map(indicatorKey)),
        relations: match(relationKeys(gold), relationKeys(got)),
      };
    });
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);

/** The scores as a Markdown table (precision / recall per aspect), with totals. */
export function scoreTable(rows: ReturnType<typeof scoreExamples>): string {
  const total = (k: "sections" | "indicators" | "relations"): Score =>
    rows.reduce(
      (a, r) => ({
        gold: a.gold + r[k].gold,
        found: a.found + r[k].found,
        matched: a.matched + r[k].matched,
      }),
      {
        gold: 0,
        found: 0,
        matched: 0,
      },
    );
  const cell = (s: Score) =>
    `${pct(s.matched, s.found)} / ${pct(s.matched, s.gold)} (${s.matched}/${s.gold})`;
  const lines = [
    "| report | headings P / R | numbers P / R | relations P / R |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.name} | ${cell(r.sections)} | ${cell(r.indicators)} | ${cell(r.relations)} |`),
    `| **all** | ${cell(total("sections"))} | ${cell(total("indicators"))} | ${cell(total("relations"))} |`,
  ];
  return lines.join("\n");
}

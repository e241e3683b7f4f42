/** Realistic benchmark inputs made from the bundled examples: reports of a target JSON size, and report texts. */
import { readdirSync, readFileSync } from "node:fs";
import type { ReportInput, Section } from "../src/model";

const root = new URL("../", import.meta.url);
const examples = readdirSync(new URL("examples/", root))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(`examples/${f}`, root), "utf8")) as ReportInput);

/** The bundled example texts, by name. */
export const seedTexts: ReadonlyArray<{ name: string; text: string }> = readdirSync(
  new URL("examples/text/", root),
)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({
    name: f.replace(/\.txt$/, ""),
    text: readFileSync(new URL(`examples/text/${f}`, root), "utf8"),
  }));

function renameSection(s: Section, suffix: string): Section {
  return { ...s, id: `${s.id}${suffix}`, children: s.children.map((c) => renameSection(c, suffix)) };
}

/**
 * A valid report of about `bytes` of pretty-printed JSON: the 临河 example, its sections, indicators and
 * relations repeated with fresh ids (so every rule has as much to do as in a real report of that size), or cut
 * down from it for small sizes.
 */
export function reportOfSize(bytes: number): { report: ReportInput; json: string } {
  const base = examples.find((e) => e.id.includes("linhe")) ?? (examples[0] as ReportInput);
  const report: ReportInput = structuredClone(base);
  const size = () => JSON.stringify(report, null, 2).length;
  if (size() > bytes) {
    // Cut down: keep the first indicators, and the relations that only use them.
    while (size() > bytes && (report.indicators.length > 5 || report.sections.length > 3)) {
      if (report.indicators.length > 5) report.indicators.pop();
      else report.sections.pop();
      const ids = new Set(report.indicators.map((i) => i.id));
      report.relations = report.relations.filter((r) => {
        const used =
          r.type === "rate"
            ? [r.rate, ...r.numerator, ...r.denominator]
            : r.type === "listCount"
              ? [r.count]
              : [r.whole, ...r.parts];
        return used.every((id) => ids.has(id));
      });
      for (const s of report.sections) s.paragraphs = s.paragraphs.map((p) => p.slice(0, 24));
    }
    return { report, json: JSON.stringify(report, null, 2) };
  }
  const used = (r: ReportInput["relations"][number]) =>
    r.type === "rate"
      ? [r.rate, ...r.numerator, ...r.denominator]
      : r.type === "listCount"
        ? [r.count]
        : [r.whole, ...r.parts];
  const order = new Map(base.indicators.map((x, i) => [x.id, i]));
  // A relation is copied with the indicator that completes it.
  const completes = new Map<number, Array<ReportInput["relations"][number]>>();
  for (const r of base.relations) {
    const last = Math.max(...used(r).map((id) => order.get(id) ?? 0));
    completes.set(last, [...(completes.get(last) ?? []), r]);
  }
  let total = size();
  const n = base.indicators.length;
  for (let copy = 2; total < bytes; copy++) {
    const suffix = `-copy${copy}`;
    const rename = (id: string) => `${id}${suffix}`;
    for (let i = 0; i < n && total < bytes; i++) {
      const ind = base.indicators[i] as ReportInput["indicators"][number];
      const { evidence, ...rest } = ind;
      const copyOf = {
        ...rest,
        id: rename(ind.id),
        ...(evidence ? { evidence: evidence.map(({ sectionId: _s, ...e }) => e) } : {}),
      };
      report.indicators.push(copyOf);
      if (i % 8 === 0) total = size();
      total += JSON.stringify(copyOf, null, 2).length + 8;
      for (const r of completes.get(i) ?? []) {
        const id = rename(r.id);
        const c =
          r.type === "rate"
            ? {
                ...r,
                id,
                rate: rename(r.rate),
                numerator: r.numerator.map(rename),
                denominator: r.denominator.map(rename),
              }
            : r.type === "listCount"
              ? { ...r, id, count: rename(r.count) }
              : { ...r, id, whole: rename(r.whole), parts: r.parts.map(rename) };
        report.relations.push(c);
        total += JSON.stringify(c, null, 2).length + 8;
      }
      // Sections in proportion to indicators.
      const j = Math.floor((i * base.sections.length) / n);
      if (Math.floor(((i + 1) * base.sections.length) / n) !== j || i === n - 1) {
        const sec = renameSection(base.sections[j] as Section, suffix);
        report.sections.push(sec);
        total += JSON.stringify(sec, null, 2).length + 8;
      }
    }
  }
  return { report, json: JSON.stringify(report, null, 2) };
}

/** A report-like text of about `chars` characters: the seed texts' bodies one after another. */
export function textOfSize(chars: number): string {
  const bodies = seedTexts.map((s) => s.text);
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${bodies[i % bodies.length]}\n`;
  return out.slice(0, chars);
}

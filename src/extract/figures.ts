import type { Indicator, Relation } from "../model";
import type { SourceLine } from "./lines";
import { type Mention, mentionsIn } from "./mentions";
import { findRelations } from "./relations";
import type { Draft } from "./sections";
import { stackedTables } from "./stackedTables";
import { type FigureLine, tableRates } from "./tables";
import { evidence } from "./view";

/** Every figure stated in the body as an indicator with its quote, and the relations the text states. */
export function figuresOf(
  input: string,
  drafts: readonly Draft[],
): { indicators: Indicator[]; relations: Relation[] } {
  const indicators: Indicator[] = [];
  const relations: Relation[] = [];
  // the figures of the lines so far, for a share whose base was stated lines (or a heading) before
  const earlier: Mention[] = [];
  const earlierIds: string[] = [];
  const figureLines: FigureLine[] = [];
  // tables printed one cell a line: their count cells are counts without a unit, named by their row
  const body = drafts.flatMap((d) => d.bodyLines);
  const stacked = stackedTables(body);
  const cells = new Map<number, { label: string; count: boolean }>();
  for (const t of stacked) {
    const nameColumn = t.columns.findIndex(
      (h, c) => !t.countColumns.includes(c) && !/序号|编号|排名|比例|占比|比重/.test(h),
    );
    for (const row of t.rows.slice(1)) {
      const name = body[row[nameColumn] ?? -1]?.norm.trim() ?? "";
      row.forEach((k, c) => {
        const count = t.countColumns.includes(c);
        if (c !== nameColumn && name) cells.set(k, { label: count ? name : `${name}${t.columns[c]}`, count });
      });
    }
  }
  let at = -1;
  for (const d of drafts) {
    for (const l of d.bodyLines) {
      at++;
      const cell = cells.get(at);
      const found = mentionsIn(l.norm, l.start, d.section.title ?? "", cell?.count ?? false);
      const ms = cell ? found.map((m) => ({ ...m, label: cell.label })) : found;
      const ids = ms.map((m) => {
        const id = `i${indicators.length + 1}`;
        indicators.push(toIndicator(id, m, input, l.line, d.section.id));
        return id;
      });
      const ref = (k: number) => (k >= 0 ? ids[k] : earlierIds[earlierIds.length + k]) ?? "";
      for (const r of findRelations(l.norm, ms, l.start, earlier)) {
        const relation = toRelation(r, `r${relations.length + 1}`, ref, input, l, d.section.id);
        if (relation) relations.push(relation);
      }
      figureLines.push({ line: l, mentions: ms, ids });
      // one by one, not push(...ms): a line of 100,000 figures would overflow the call stack
      for (const m of ms) earlier.push(m);
      for (const id of ids) earlierIds.push(id);
      if (earlier.length > 200) {
        earlier.splice(0, earlier.length - 100);
        earlierIds.splice(0, earlierIds.length - 100);
      }
    }
  }
  const related = new Set(relations.flatMap((r) => (r.type === "rate" ? [r.rate] : [])));
  for (const t of tableRates(figureLines, stacked)) {
    if (related.has(t.rate)) continue;
    relations.push({
      id: `r${relations.length + 1}`,
      type: "rate",
      rate: t.rate,
      numerator: [t.numerator],
      denominator: [t.denominator],
      basis: t.basis,
    });
  }
  return { indicators, relations };
}

function toRelation(
  r: ReturnType<typeof findRelations>[number],
  id: string,
  ref: (k: number) => string,
  input: string,
  l: SourceLine,
  sectionId: string,
): Relation | undefined {
  const basis = { basis: r.basis };
  switch (r.type) {
    case "rate":
      return {
        id,
        type: "rate",
        rate: ref(r.rate),
        numerator: r.numerator.map(ref),
        denominator: r.denominator.map(ref),
        ...(r.excludes.length > 0 ? { denominatorExcludes: r.excludes.map(ref) } : {}),
        ...(r.rateKind ? { rateKind: r.rateKind as NonNullable<Indicator["rateKind"]> } : {}),
        ...basis,
      };
    case "listCount":
      return {
        id,
        type: "listCount",
        count: ref(r.count),
        items: [...r.items],
        evidence: [evidence(input, r.start, r.end, l.line, sectionId)],
        ...basis,
      };
    case "sum":
      return r.parts.length >= 2
        ? { id, type: "sum", whole: ref(r.whole), parts: r.parts.map(ref), ...basis }
        : { id, type: "subset", whole: ref(r.whole), parts: r.parts.map(ref), ...basis };
    case "subset":
      return {
        id,
        type: "subset",
        whole: ref(r.whole),
        parts: r.parts.map(ref),
        ...(r.disjoint ? { disjoint: true } : {}),
        ...basis,
      };
  }
}

function toIndicator(id: string, m: Mention, text: string, line: number, sectionId: string): Indicator {
  return {
    id,
    label: m.label,
    value: m.value,
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.magnitude ? { magnitude: m.magnitude } : {}),
    ...(m.qualifier !== "exact" ? { qualifier: m.qualifier } : {}),
    kind: m.kind,
    ...(m.domain ? { domain: m.domain as NonNullable<Indicator["domain"]> } : {}),
    ...(m.rateKind ? { rateKind: m.rateKind as NonNullable<Indicator["rateKind"]> } : {}),
    ...(m.direction ? { direction: m.direction } : {}),
    evidence: [evidence(text, m.start, m.end, line, sectionId)],
  };
}

import { type ConceptInput, conceptOf } from "./conceptOf";
import type { ConceptCode } from "./concepts";

/** A figure as `conceptCodes` reads it (a model `Indicator` fits). @internal */
export interface CodableFigure extends ConceptInput {
  readonly id: string;
  readonly concept?: ConceptCode | undefined;
  readonly year?: number | undefined;
  readonly evidence?: ReadonlyArray<{ readonly sectionId?: string | undefined }> | undefined;
}

/** A section as `conceptCodes` reads it (a model `Section` fits). @internal */
export interface TitledSection {
  readonly id: string;
  readonly title?: string | undefined;
  readonly children?: readonly TitledSection[] | undefined;
}

// The titles of each section and of the sections above it, by section id.
function titlePaths(sections: readonly TitledSection[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (list: readonly TitledSection[], above: readonly string[]) => {
    for (const s of list) {
      const path = [...above, s.title ?? ""];
      out.set(s.id, path.join(" "));
      walk(s.children ?? [], path);
    }
  };
  walk(sections, []);
  return out;
}

/**
 * The concept of each figure of one report, by figure id, in the figures' order: the code it carries, else
 * `conceptOf` with the titles of its section. A code `conceptOf` gives to two figures of one year is given to
 * neither (a pivot must not pick one at random), and a code the report carries for a year is not given to
 * another figure of that year. The one road of `conceptsOf` (tables) and of `extractReport`. @internal
 */
export function conceptCodes(
  figures: readonly CodableFigure[],
  sections: readonly TitledSection[],
  reportYear: number | undefined,
): Map<string, ConceptCode> {
  const titles = titlePaths(sections);
  const keyOf = (code: ConceptCode, f: CodableFigure) => `${code}@${f.year ?? reportYear ?? ""}`;
  const found = new Map<string, ConceptCode>();
  const carried = new Set<string>();
  for (const f of figures) {
    if (f.concept === undefined) continue;
    found.set(f.id, f.concept);
    carried.add(keyOf(f.concept, f));
  }
  const seen = new Map<string, string[]>();
  for (const f of figures) {
    if (f.concept !== undefined) continue;
    const code = conceptOf(f, { sectionTitle: titles.get(f.evidence?.[0]?.sectionId ?? "") ?? "" });
    if (code === undefined || carried.has(keyOf(code, f))) continue;
    found.set(f.id, code);
    seen.set(keyOf(code, f), [...(seen.get(keyOf(code, f)) ?? []), f.id]);
  }
  for (const ids of seen.values()) if (ids.length > 1) for (const id of ids) found.delete(id);
  const ordered = new Map<string, ConceptCode>();
  for (const f of figures) {
    const code = found.get(f.id);
    if (code !== undefined) ordered.set(f.id, code);
  }
  return ordered;
}

/**
 * The figures with `concept` set as `conceptCodes` gives it, put right after `rateKind` (or `domain`, `kind`) so
 * that written JSON reads in the model's order; figures without a code are returned as they are. @internal
 */
export function withConceptCodes<T extends CodableFigure>(
  figures: readonly T[],
  sections: readonly TitledSection[],
  reportYear: number | undefined,
): T[] {
  const codes = conceptCodes(figures, sections, reportYear);
  return figures.map((f) => {
    const concept = codes.get(f.id);
    if (concept === undefined || f.concept === concept) return f;
    const after = f.rateKind !== undefined ? "rateKind" : f.domain !== undefined ? "domain" : "kind";
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(f)) {
      out[k] = v;
      if (k === after) out.concept = concept;
    }
    return out as T;
  });
}

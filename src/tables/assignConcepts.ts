import { type ConceptCode, conceptOf } from "../codelists";
import type { Indicator, Report } from "../model";
import { placedSections } from "./sectionIndex";

/**
 * The concept of each indicator of a report: the one it carries, else `conceptOf` with the titles of its section.
 * A code that `conceptOf` gives to two figures of one year in one report (two 调解成功率) is given to neither: a
 * pivot must not pick one at random. Codes the report itself carries are kept as they are, and a code the report
 * carries for a year is not given by `conceptOf` to another figure of that year (a part such as
 * 以区政府为被申请人的复议案件 beside the coded 收到行政复议申请).
 *
 * @example
 * const codes = conceptsOf(report);
 * codes.get("mediation-success-rate") //=> "mediationSuccessRate"
 */
export function conceptsOf(report: Report): Map<string, ConceptCode> {
  const titles = new Map(placedSections(report).map((p) => [p.section.id, p.path.join(" ")]));
  const found = new Map<string, ConceptCode>();
  const seen = new Map<string, string[]>();
  const carried = new Set<string>();
  const keyOf = (code: ConceptCode, ind: Indicator) => `${code}@${ind.year ?? report.reportYear ?? ""}`;
  for (const ind of report.indicators) {
    if (ind.concept === undefined) continue;
    found.set(ind.id, ind.concept);
    carried.add(keyOf(ind.concept, ind));
  }
  for (const ind of report.indicators) {
    if (ind.concept !== undefined) continue;
    const code = conceptOf(ind, { sectionTitle: titles.get(ind.evidence?.[0]?.sectionId ?? "") ?? "" });
    if (code === undefined || carried.has(keyOf(code, ind))) continue;
    found.set(ind.id, code);
    seen.set(keyOf(code, ind), [...(seen.get(keyOf(code, ind)) ?? []), ind.id]);
  }
  for (const ids of seen.values()) if (ids.length > 1) for (const id of ids) found.delete(id);
  return new Map(
    report.indicators.flatMap((ind) => {
      const code = found.get(ind.id);
      return code === undefined ? [] : [[ind.id, code] as const];
    }),
  );
}

/**
 * A copy of the report with `concept` set on every indicator `conceptsOf` codes; nothing else changes.
 *
 * @example
 * assignConcepts(report).indicators.find((i) => i.id === "recon-correction-rate")?.concept
 * //=> "reconsiderationCorrectionRate"
 */
export function assignConcepts(report: Report): Report {
  const codes = conceptsOf(report);
  const indicators = report.indicators.map((ind): Indicator => {
    const code = codes.get(ind.id);
    return code === undefined || ind.concept === code ? ind : withConcept(ind, code);
  });
  return { ...report, indicators };
}

// Puts `concept` right after `rateKind` (or `domain`, `kind`) so that written JSON reads in the model's order.
function withConcept(ind: Indicator, concept: ConceptCode): Indicator {
  const out: Record<string, unknown> = {};
  const after = ind.rateKind !== undefined ? "rateKind" : ind.domain !== undefined ? "domain" : "kind";
  for (const [k, v] of Object.entries(ind)) {
    out[k] = v;
    if (k === after) out.concept = concept;
  }
  return out as Indicator;
}

import type { ConceptCode } from "../codelists";
import type { Report } from "../model";

/**
 * A coded indicator whose definition differs between the two years: its unit, or how its rate is computed (another
 * denominator, 不予受理 left out one year and not the other).
 * @example
 * const d: DefinitionChange = compareReports(previous, current).definitionChanges[0];
 * d.what //=> "excludes"
 */
export interface DefinitionChange {
  readonly concept: ConceptCode;
  readonly what: "unit" | "numerator" | "denominator" | "excludes";
  readonly previous: string;
  readonly current: string;
  /** JSON Pointer of the indicator in this year's report. */
  readonly pointer: string;
}

type Coded = ReadonlyMap<string, ConceptCode>;

function definitionOf(report: Report, codes: Coded, id: string) {
  const rel = report.relations.find((r) => r.type === "rate" && r.rate === id);
  if (rel?.type !== "rate") return undefined;
  const name = (ids: readonly string[] | undefined) =>
    (ids ?? [])
      .map((x) => codes.get(x) ?? report.indicators.find((i) => i.id === x)?.label ?? x)
      .sort()
      .join(" + ");
  const coded = (ids: readonly string[]) => ids.every((x) => codes.has(x));
  return {
    numerator: name(rel.numerator),
    numeratorCoded: coded(rel.numerator),
    denominator: name(rel.denominator),
    denominatorCoded: coded(rel.denominator),
    excludes:
      rel.denominatorExcludes && rel.denominatorExcludes.length > 0 ? name(rel.denominatorExcludes) : "",
  };
}

/** The definition changes of the concepts both reports state for their own year. @internal */
export function definitionChanges(previous: Report, current: Report, prevCodes: Coded, curCodes: Coded) {
  const own = (r: Report, codes: Coded) =>
    new Map(
      r.indicators.flatMap((ind, i) => {
        const code = codes.get(ind.id);
        return code && (ind.year ?? r.reportYear) === r.reportYear ? [[code, { ind, i }] as const] : [];
      }),
    );
  const before = own(previous, prevCodes);
  const out: DefinitionChange[] = [];
  for (const [concept, { ind, i }] of own(current, curCodes)) {
    const old = before.get(concept);
    if (!old) continue;
    const pointer = `/indicators/${i}`;
    const push = (what: DefinitionChange["what"], p: string, c: string) =>
      out.push({ concept, what, previous: p, current: c, pointer });
    if ((old.ind.unit ?? "") !== (ind.unit ?? "")) push("unit", old.ind.unit ?? "", ind.unit ?? "");
    const [p, c] = [definitionOf(previous, prevCodes, old.ind.id), definitionOf(current, curCodes, ind.id)];
    if (!p || !c) continue;
    if (p.numeratorCoded && c.numeratorCoded && p.numerator !== c.numerator)
      push("numerator", p.numerator, c.numerator);
    if (p.denominatorCoded && c.denominatorCoded && p.denominator !== c.denominator)
      push("denominator", p.denominator, c.denominator);
    if ((p.excludes === "") !== (c.excludes === "")) push("excludes", p.excludes || "—", c.excludes || "—");
  }
  return out;
}

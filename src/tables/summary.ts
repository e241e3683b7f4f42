import { CONCEPTS, type ConceptCode } from "../codelists";
import type { Report } from "../model";
import {
  add,
  applyMagnitude,
  cmp,
  decimalPlaces,
  mul,
  type Rational,
  rational,
  sub,
  toDecimalString,
} from "../numbers";
import { conceptsOf } from "./assignConcepts";

/**
 * One figure of a concept, with the report that holds it.
 * @example
 * const v: ConceptValue = { reportId: "2023-linhe-district", jurisdiction: "临河区", year: 2023, value: "81", pointer: "/indicators/37" };
 */
export interface ConceptValue {
  readonly reportId: string;
  readonly jurisdiction: string;
  readonly year?: number;
  /** The value with 万/亿 applied, exact, as a decimal string. */
  readonly value: string;
  readonly qualifier?: string;
  readonly pointer: string;
}

/**
 * The spread of one concept across reports: n, quartiles (linear interpolation, as DuckDB's `quantile_cont`),
 * exact, and the reports that hold the minimum and the maximum; then the same by year, for a trend.
 * @example
 * const s: ConceptSummary = summarizeConcepts(reports)[0];
 * s.median //=> "89.5"
 */
export interface ConceptSummary {
  readonly concept: ConceptCode;
  readonly n: number;
  /** How many of the values are qualified (余, 以上, 约 …): the statistics treat them as printed. */
  readonly qualified: number;
  readonly min: ConceptValue;
  readonly q1: string;
  readonly median: string;
  readonly q3: string;
  readonly max: ConceptValue;
  readonly values: readonly ConceptValue[];
  readonly byYear: readonly { readonly year: number; readonly n: number; readonly median: string }[];
}

const PLACES = 6;

function show(r: Rational): string {
  const s = toDecimalString(r, PLACES, "halfUp");
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** The p-quantile (p a rational in [0, 1]) of sorted values, by linear interpolation between closest ranks. @internal */
export function quantile(sorted: readonly Rational[], p: Rational): Rational {
  const pos = mul(rational(sorted.length - 1), p);
  const lo = pos.n / pos.d;
  const frac = sub(pos, rational(lo));
  const a = sorted[Number(lo)] ?? rational(0);
  const b = sorted[Number(lo) + 1] ?? a;
  return add(a, mul(sub(b, a), frac));
}

/**
 * Per concept across reports: n, median, quartiles, minimum and maximum with the report that holds them, and the
 * median by year. Each report's figure of a concept for its own year is counted once; values are exact with 万/亿
 * applied.
 *
 * @example
 * const [first] = summarizeConcepts([linhe, huian, gongchuan, anding]).filter((s) => s.concept === "mediationSuccessRate");
 * first //=> { n: 4, min: { value: "81", jurisdiction: "临河区", … }, median: "96.5", max: { value: "100", … }, … }
 */
export function summarizeConcepts(reports: Iterable<Report>): ConceptSummary[] {
  const values = new Map<ConceptCode, { v: ConceptValue; exact: Rational }[]>();
  for (const report of reports) {
    const codes = conceptsOf(report);
    report.indicators.forEach((ind, i) => {
      const code = codes.get(ind.id);
      const exact = applyMagnitude(ind.value, ind.magnitude);
      if (!code || !exact || (ind.year ?? report.reportYear) !== report.reportYear) return;
      const v: ConceptValue = {
        reportId: report.id,
        jurisdiction: report.jurisdiction.name,
        ...(report.reportYear !== undefined ? { year: report.reportYear } : {}),
        value: toDecimalString(exact, decimalPlaces(ind.value), "truncate"),
        ...(ind.qualifier ? { qualifier: ind.qualifier } : {}),
        pointer: `/indicators/${i}`,
      };
      values.set(code, [...(values.get(code) ?? []), { v, exact }]);
    });
  }
  const out: ConceptSummary[] = [];
  for (const { code } of CONCEPTS) {
    const list = [...(values.get(code) ?? [])].sort((a, b) => cmp(a.exact, b.exact));
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) continue;
    const sorted = list.map((x) => x.exact);
    const years = [...new Set(list.flatMap((x) => (x.v.year !== undefined ? [x.v.year] : [])))].sort();
    out.push({
      concept: code,
      n: list.length,
      qualified: list.filter((x) => x.v.qualifier !== undefined).length,
      min: first.v,
      q1: show(quantile(sorted, rational(1, 4))),
      median: show(quantile(sorted, rational(1, 2))),
      q3: show(quantile(sorted, rational(3, 4))),
      max: last.v,
      values: list.map((x) => x.v),
      byYear: years.map((year) => {
        const ys = list.filter((x) => x.v.year === year).map((x) => x.exact);
        return { year, n: ys.length, median: show(quantile(ys, rational(1, 2))) };
      }),
    });
  }
  return out;
}

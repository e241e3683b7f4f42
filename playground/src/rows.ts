/** The tables of the page, made from an analysis: findings, rates and indicators, each row with its location. */

import {
  type DocumentAnalysis,
  type DocumentLocator,
  type DocumentRate,
  type Locale,
  type ReportInput,
  ruleCatalogue,
} from "../../src/index";
import type { FindingRow, IndicatorRow, RateRow } from "./protocol";

/** Rows of a table beyond this many are counted, not shown. */
export const MAX_ROWS = 500;

export function findingRows(analysis: DocumentAnalysis, locale: Locale): FindingRow[] {
  const titles = new Map(ruleCatalogue(locale).map((r) => [r.id, r.title]));
  return analysis.findings.map((f) => ({
    ruleId: f.ruleId,
    title: titles.get(f.ruleId) ?? f.ruleId,
    severity: f.severity,
    message: f.message,
    path: f.path,
    ...(f.location ? { location: f.location } : {}),
  }));
}

const values = (inputs: DocumentRate["inputs"], role: string) =>
  inputs
    .filter((x) => x.role === role)
    .map((x) => x.value)
    .join(" + ");

export function rateRows(analysis: DocumentAnalysis, locate: DocumentLocator, locale: Locale): RateRow[] {
  const byId = new Map((analysis.report?.indicators ?? []).map((i) => [i.id, i]));
  return analysis.rates.map((d) => {
    const location = locate(d.path);
    return {
      relationId: d.relationId,
      rateKind: d.rateKind ?? "rate",
      status: d.check?.status ?? "notApplicable",
      stated: d.stated ?? byId.get(d.rateIndicatorId)?.value ?? "",
      computed: d.check?.computed ?? "",
      numerator: values(d.inputs, "numerator"),
      denominator: values(d.inputs, "denominator"),
      formula: d.check?.explanation.formula ?? "",
      interval: d.check?.interval ?? "",
      explanation: d.check
        ? locale === "en"
          ? d.check.explanation.en
          : d.check.explanation.zh
        : (d.notApplicable ?? ""),
      ...(location ? { location } : {}),
    };
  });
}

/** The indicators of a report (its draft with the pages or paragraphs of the original file, when it has them). */
export function indicatorRows(report: ReportInput | undefined, locate: DocumentLocator): IndicatorRow[] {
  return (report?.indicators ?? []).slice(0, MAX_ROWS).map((ind, i) => {
    const location = locate(`/indicators/${i}`);
    const ev = ind.evidence?.[0];
    const place =
      ev?.page !== undefined
        ? { kind: "page" as const, n: ev.page }
        : ev?.paragraph !== undefined
          ? { kind: "paragraph" as const, n: ev.paragraph }
          : undefined;
    return {
      id: ind.id,
      label: ind.label,
      value: `${ind.value}${ind.magnitude ?? ""}`,
      unit: ind.unit ?? "",
      qualifier: ind.qualifier ?? "exact",
      quote: ev?.quote ?? "",
      ...(place ? { place } : {}),
      ...(location ? { location } : {}),
    };
  });
}

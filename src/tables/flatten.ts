import type { Indicator, Relation, Report } from "../model";
import { applyMagnitude, decimalPlaces, toDecimalString } from "../numbers";
import { deriveRates } from "../rates";
import { type Locale, type ValidateOptions, validateReport } from "../rules";
import { conceptsOf } from "./assignConcepts";
import type { Row, RowSets, TableName } from "./columns";
import { placedSections } from "./sectionIndex";

/**
 * Options of `flattenReports`.
 * @example
 * flattenReports(reports, { findings: false, locale: "en" });
 */
export interface FlattenOptions {
  /** Validate each report and list its findings (default true; false skips the rules, for speed). */
  readonly findings?: boolean;
  /** Language of finding messages and rate formulas (default zh-CN). */
  readonly locale?: Locale;
  /** Passed to `validateReport` and `deriveRates` (rounding mode, denominators, reference date …). */
  readonly validate?: Omit<ValidateOptions, "locale">;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const joined = (list: readonly string[] | undefined): string | null =>
  list && list.length > 0 ? list.join(" ") : null;

/** The value of an indicator with 万/亿 applied, as a number (exactly the printed decimal, scaled). @internal */
export function numberOf(ind: Pick<Indicator, "value" | "magnitude">): number | null {
  const exact = applyMagnitude(ind.value, ind.magnitude);
  return exact ? Number(toDecimalString(exact, decimalPlaces(ind.value), "truncate")) : null;
}

function relationRow(report: Report, r: Relation, i: number): Row<"relations"> {
  const [target, parts, excludes, items] =
    r.type === "rate"
      ? [r.rate, `${r.numerator.join("+")} / ${r.denominator.join("+")}`, joined(r.denominatorExcludes), null]
      : r.type === "listCount"
        ? [r.count, r.items.join("、"), null, r.items.length]
        : [r.whole, r.parts.join(" "), null, null];
  return {
    reportId: report.id,
    pointer: `/relations/${i}`,
    relationId: r.id,
    type: r.type,
    basis: orNull(r.basis),
    target,
    parts,
    excludes,
    rateKind: r.type === "rate" ? orNull(r.rateKind) : null,
    items,
    note: orNull(r.note),
  };
}

/**
 * One report as rows of every table (see `TABLES`). Indicators carry their shared concept (`conceptsOf`), their
 * value as printed and as a number with 万/亿 applied; rates are the report's rate relations recomputed
 * (`deriveRates`) with the verdict of the interval check; findings are `validateReport`'s.
 *
 * @example
 * const rows = flattenReport(report);
 * rows.indicators.find((r) => r.indicatorId === "one-go-items")
 * //=> { value: "15.2", magnitude: "万", number: 152000, concept: null, … }
 */
export function flattenReport(report: Report, options: FlattenOptions = {}): RowSets {
  const id = report.id;
  const codes = conceptsOf(report);
  const where = { jurisdiction: report.jurisdiction.name, reportYear: orNull(report.reportYear) };
  const findings =
    options.findings === false
      ? []
      : validateReport(report, { ...options.validate, locale: options.locale ?? "zh-CN" }).findings;
  const indicators = report.indicators.map((ind, i): Row<"indicators"> => {
    const ev = ind.evidence?.[0];
    return {
      reportId: id,
      pointer: `/indicators/${i}`,
      ...where,
      indicatorId: ind.id,
      concept: orNull(codes.get(ind.id)),
      label: ind.label,
      value: ind.value,
      number: numberOf(ind),
      unit: orNull(ind.unit),
      magnitude: orNull(ind.magnitude),
      qualifier: orNull(ind.qualifier),
      kind: ind.kind,
      domain: orNull(ind.domain),
      rateKind: orNull(ind.rateKind),
      direction: orNull(ind.direction),
      year: orNull(ind.year ?? report.reportYear),
      sectionId: orNull(ev?.sectionId),
      quote: orNull(ev?.quote),
      line: orNull(ev?.line),
    };
  });
  const relations = new Map(report.relations.map((r) => [r.id, r]));
  const en = options.locale === "en";
  const rates = deriveRates(report, {
    ...(options.validate?.roundingMode ? { mode: options.validate.roundingMode } : {}),
    ...(options.validate?.denominators ? { denominators: options.validate.denominators } : {}),
  }).map((d): Row<"rates"> => {
    const c = d.check;
    const stated = d.stated ?? report.indicators.find((x) => x.id === d.rateIndicatorId)?.value;
    return {
      reportId: id,
      pointer: d.path,
      ...where,
      relationId: d.relationId,
      indicatorId: d.rateIndicatorId,
      concept: orNull(codes.get(d.rateIndicatorId)),
      rateKind: orNull(d.rateKind),
      stated: orNull(stated),
      statedNumber: stated === undefined ? null : Number(stated),
      computed: orNull(c?.computed ?? d.computed?.value),
      computedNumber: c ? Number(c.computed) : d.computed ? Number(d.computed.value) : null,
      verdict: c?.status ?? "notApplicable",
      interval: orNull(c?.interval),
      mode: orNull(c?.mode),
      modesThatPass: joined(c?.modesThatPass),
      delta: orNull(c?.delta),
      basis: orNull(relations.get(d.relationId)?.basis),
      formula: orNull(c ? (en ? c.explanation.en : c.explanation.zh) : undefined),
      reason: orNull(d.notApplicable),
    };
  });
  return {
    reports: [
      {
        reportId: id,
        pointer: "",
        title: report.title,
        reportYear: orNull(report.reportYear),
        jurisdiction: report.jurisdiction.name,
        level: orNull(report.jurisdiction.level),
        divisionCode: orNull(report.jurisdiction.code),
        issuers: report.issuers.map((x) => x.name).join("；"),
        docNumber: orNull(report.docNumber?.raw),
        documentDate: orNull(dateOf(report.dates?.document)),
        publicationDate: orNull(dateOf(report.dates?.publication)),
        sourceUrl: orNull(report.source?.url),
        sections: placedSections(report).length,
        indicators: report.indicators.length,
        coded: codes.size,
        relations: report.relations.length,
        problems: report.problems.length,
        plans: report.plans.length,
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
      },
    ],
    sections: placedSections(report).map(({ section: s, pointer, parentId }) => ({
      reportId: id,
      pointer,
      sectionId: s.id,
      parentId: orNull(parentId),
      level: s.level,
      ordinal: orNull(s.ordinal),
      number: orNull(s.number),
      title: orNull(s.title),
      roles: s.roles.join(" "),
      themes: joined(s.themes),
      paragraphs: s.paragraphs.length,
      characters: s.paragraphs.reduce((n, p) => n + p.length, 0),
    })),
    indicators,
    relations: report.relations.map((r, i) => relationRow(report, r, i)),
    rates,
    findings: findings.map((f) => ({
      reportId: id,
      pointer: f.path,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
    })),
    problems: report.problems.map((p, i) => ({
      reportId: id,
      pointer: `/problems/${i}`,
      problemId: p.id,
      text: p.text,
      cause: orNull(p.cause),
      themes: joined(p.themes),
    })),
    plans: report.plans.map((p, i) => ({
      reportId: id,
      pointer: `/plans/${i}`,
      planId: p.id,
      year: orNull(p.year),
      text: p.text,
      themes: joined(p.themes),
      targetText: orNull(p.target?.text),
      targetValue: orNull(p.target?.value),
      targetUnit: orNull(p.target?.unit),
    })),
  };
}

function dateOf(d: NonNullable<Report["dates"]>["document"]): string | undefined {
  return d !== undefined && "date" in d ? d.date : undefined;
}

/**
 * Every report as rows of every table, in the order given: `flattenReport` of each, concatenated. For many reports
 * call `flattenReport` one report at a time and write its rows away (the CLI does), so memory stays bounded.
 *
 * @example
 * const tables = flattenReports([linhe, huian]);
 * tables.reports.length //=> 2
 * tables.rates.filter((r) => r.verdict === "fail") // the stated rates the figures do not bear out
 */
export function flattenReports(reports: Iterable<Report>, options: FlattenOptions = {}): RowSets {
  const out: { [N in TableName]: Row<N>[] } = {
    reports: [],
    sections: [],
    indicators: [],
    relations: [],
    rates: [],
    findings: [],
    problems: [],
    plans: [],
  };
  for (const report of reports) {
    const rows = flattenReport(report, options);
    for (const name of Object.keys(out) as TableName[])
      for (const row of rows[name]) (out[name] as unknown[]).push(row);
  }
  return out;
}

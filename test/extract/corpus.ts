import { readdirSync, readFileSync } from "node:fs";
import { Converter } from "opencc-js/t2cn";
import { extractReport, hasTraditional, looksLikeHtml } from "../../src/extract";
import { htmlToText } from "../../src/html";
import type { Indicator, ReportInput } from "../../src/model";
import { validateReport } from "../../src/rules";

/** The hand-made truth of one corpus text (test/corpus/README.md). */
export interface Truth {
  readonly source: string;
  readonly report: boolean;
  readonly reportYear: number | null;
  readonly issuers: readonly string[];
  readonly jurisdiction: string | null;
  readonly rates: ReadonlyArray<{
    readonly quote: string;
    readonly value: string;
    readonly kind?: string;
    readonly numerator: readonly string[] | null;
    readonly denominator: readonly string[] | null;
    readonly denominatorExcludes?: readonly string[];
    readonly holds?: string | null;
  }>;
  readonly totals: ReadonlyArray<{
    readonly quote?: string;
    readonly whole: string;
    readonly parts: readonly string[];
    readonly type: string;
  }>;
  readonly inconsistencies: ReadonlyArray<{ readonly quote: string; readonly what?: string }>;
}

/** What one text scored: counts that add up over the corpus. */
export interface TextScore {
  readonly name: string;
  readonly report: boolean;
  readonly yearRight: boolean;
  readonly issuerLabelled: boolean;
  readonly issuerRight: boolean;
  readonly rates: number;
  readonly ratesWithBase: number;
  readonly ratesRecomputed: number;
  readonly relationsFound: number;
  readonly relationsRight: number;
  readonly errors: number;
  readonly falseErrors: readonly string[];
  readonly inconsistencies: number;
  readonly flagged: number;
  readonly refused: boolean;
  readonly misses: readonly string[];
}

const bag = (xs: readonly string[]) => [...xs].sort().join("+");
const clean = (s: string) => s.replace(/\s+/g, "").replace(/(人民政府|政府)$/, "");

/** Scores the extractor and the rules on one labelled text. */
export function scoreText(name: string, text: string, truth: Truth): TextScore {
  const toSimplified = hasTraditional(text) ? Converter({ from: "t", to: "cn" }) : undefined;
  const r = extractReport(text, {
    fileName: name,
    ...(looksLikeHtml(text) ? { htmlToText } : {}),
    ...(toSimplified ? { toSimplified } : {}),
  });
  const report = r.report;
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  const value = (id: string) => byId.get(id)?.value ?? "?";
  const span = (i: Indicator | undefined) => i?.evidence?.[0];
  const quoteAt = (quote: string) => {
    const start = text.indexOf(quote);
    return start === -1 ? undefined : { start, end: start + quote.length };
  };
  const overlaps = (
    a: { start: number; end: number } | undefined,
    b: { start?: number | undefined; end?: number | undefined } | undefined,
  ) => !!a && !!b && b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;
  // the rate a quote labels is the one whose evidence covers the quote's final "%" (a table-row quote also
  // covers the cells before it); any overlapping rate of that value when no evidence reaches the sign
  const rateIndicatorOf = (quote: string, v: string) => {
    const at = quoteAt(quote);
    const rates = report.indicators.filter((i) => i.unit === "%" && i.value === v && overlaps(at, span(i)));
    const sign = at && { start: at.end - 1, end: at.end };
    return rates.find((i) => overlaps(sign, span(i))) ?? rates[0];
  };
  const misses: string[] = [];

  // rates with both counts stated: the extracted relation names the same numerator and denominator
  const withBase = truth.rates.filter((x) => x.numerator && x.denominator);
  let recomputed = 0;
  const rightRates = new Set<string>();
  for (const t of withBase) {
    const ind = rateIndicatorOf(t.quote, t.value);
    const rel = ind && report.relations.find((x) => x.type === "rate" && x.rate === ind.id);
    const ok =
      rel?.type === "rate" &&
      bag(rel.numerator.map(value)) === bag(t.numerator ?? []) &&
      bag(rel.denominator.map(value)) === bag(t.denominator ?? []) &&
      bag((rel.denominatorExcludes ?? []).map(value)) === bag(t.denominatorExcludes ?? []);
    if (ok && rel) {
      recomputed++;
      rightRates.add(rel.id);
    } else
      misses.push(`rate not recomputed: ${t.quote} = ${bag(t.numerator ?? [])}/${bag(t.denominator ?? [])}`);
  }

  // relations precision: every extracted rate, sum and subset is one the truth states (a subset implied by a
  // labelled rate counts: its numerator within its denominator)
  let found = 0;
  let right = 0;
  for (const rel of report.relations) {
    if (rel.type === "listCount") continue;
    found++;
    let ok = false;
    if (rel.type === "rate") ok = rightRates.has(rel.id);
    else {
      const whole = value(rel.whole);
      const parts = rel.parts.map(value);
      const within = (pool: readonly string[]) => {
        const left = [...pool];
        return parts.every((p) => {
          const k = left.indexOf(p);
          if (k === -1) return false;
          left.splice(k, 1);
          return true;
        });
      };
      ok =
        truth.totals.some((t) => t.whole === whole && within(t.parts)) ||
        truth.rates.some(
          (t) =>
            t.denominator?.length === 1 &&
            t.denominator[0] === whole &&
            within(t.numerator ?? []) &&
            t.kind !== "change",
        );
    }
    if (ok) right++;
    else misses.push(`wrong relation: ${describe(rel, value)}`);
  }

  // error findings: each must be a labelled inconsistency; each labelled inconsistency must be flagged
  const result = validateReport(report, { referenceDate: "2026-11-29", documentText: text });
  const spansOf = (pointer: string) => {
    const m = /^\/(indicators|relations)\/(\d+)/.exec(pointer);
    if (!m) return [];
    if (m[1] === "indicators") return [span(report.indicators[Number(m[2])])];
    const rel = report.relations[Number(m[2])];
    if (!rel) return [];
    const ids =
      rel.type === "rate"
        ? [rel.rate, ...rel.numerator, ...rel.denominator]
        : rel.type === "listCount"
          ? [rel.count]
          : [rel.whole, ...rel.parts];
    return ids.map((id) => span(byId.get(id)));
  };
  const errors = result.findings.filter((f) => f.severity === "error");
  const labelled = truth.inconsistencies.map((x) => quoteAt(x.quote));
  const falseErrors = errors
    .filter((f) => !spansOf(f.path).some((s) => labelled.some((l) => overlaps(l, s))))
    .map((f) => `${f.ruleId} ${f.path}: ${f.message}`);
  const isFlagged = (l: { start: number; end: number } | undefined) =>
    errors.some((f) => spansOf(f.path).some((s) => overlaps(l, s)));
  const flagged = labelled.filter(isFlagged).length;
  truth.inconsistencies.forEach((x, k) => {
    if (!isFlagged(labelled[k])) misses.push(`inconsistency not flagged: ${x.quote}`);
  });

  const names = report.issuers.map((i) => clean(i.name));
  const issuerRight = truth.issuers.some((x) => names.includes(clean(x)));
  return {
    name,
    report: truth.report,
    yearRight: (report.reportYear ?? null) === truth.reportYear,
    issuerLabelled: truth.issuers.length > 0,
    issuerRight,
    rates: truth.rates.length,
    ratesWithBase: withBase.length,
    ratesRecomputed: recomputed,
    relationsFound: found,
    relationsRight: right,
    errors: errors.length,
    falseErrors,
    inconsistencies: labelled.length,
    flagged,
    refused: r.warnings.some((w) => w.code === "notAReport"),
    misses,
  };
}

function describe(rel: ReportInput["relations"][number], value: (id: string) => string): string {
  if (rel.type === "rate")
    return `rate ${value(rel.rate)}% = ${rel.numerator.map(value).join("+")}/${rel.denominator.map(value).join("+")} (${rel.basis ?? ""})`;
  if (rel.type === "listCount") return `list ${value(rel.count)}`;
  return `${rel.type} ${value(rel.whole)} ⊇ ${rel.parts.map(value).join("+")} (${rel.basis ?? ""})`;
}

/**
 * The labelled sets: `tuning` (test/corpus/, the texts the extractor was tuned on), `holdout`
 * (test/corpus/holdout/, texts nobody tunes on) and `all` (both).
 */
export type CorpusSet = "tuning" | "holdout" | "all";

/** The directories a set reads, relative to the repository root. */
export const corpusDirs: Readonly<Record<CorpusSet, readonly string[]>> = {
  tuning: ["test/corpus/"],
  holdout: ["test/corpus/holdout/"],
  all: ["test/corpus/", "test/corpus/holdout/"],
};

/** Scores every text of a labelled set (default: the tuning corpus, test/corpus/). */
export function scoreCorpus(root: URL, set: CorpusSet = "tuning"): TextScore[] {
  return corpusDirs[set].flatMap((d) => scoreDir(new URL(d, root), d.replace("test/corpus/", "")));
}

function scoreDir(dir: URL, prefix: string): TextScore[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.truth\.json$/, "");
      const file = readdirSync(dir).find((x) => x.startsWith(`${stem}.`) && !x.endsWith(".truth.json")) ?? "";
      const text = readFileSync(new URL(file, dir), "utf8");
      const truth = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Truth;
      return scoreText(`${prefix}${file}`, text, truth);
    });
}

/** Totals over the corpus: the figures the quality floors are set on. */
export function corpusTotals(scores: readonly TextScore[]) {
  const reports = scores.filter((s) => s.report);
  const sum = (f: (s: TextScore) => number, xs: readonly TextScore[] = scores) =>
    xs.reduce((a, s) => a + f(s), 0);
  return {
    texts: scores.length,
    reports: reports.length,
    year: { right: sum((s) => (s.yearRight ? 1 : 0), reports), of: reports.length },
    issuer: {
      right: sum(
        (s) => (s.issuerRight ? 1 : 0),
        reports.filter((s) => s.issuerLabelled),
      ),
      of: reports.filter((s) => s.issuerLabelled).length,
    },
    rates: sum((s) => s.rates),
    ratesWithBase: { right: sum((s) => s.ratesRecomputed), of: sum((s) => s.ratesWithBase) },
    relations: { right: sum((s) => s.relationsRight), of: sum((s) => s.relationsFound) },
    falseErrors: sum((s) => s.falseErrors.length),
    inconsistencies: { right: sum((s) => s.flagged), of: sum((s) => s.inconsistencies) },
    refused: reports.filter((s) => s.refused).map((s) => s.name),
  };
}

import type { Report } from "../../model";
import { quoteScanRule } from "../engine/textScanRule";
import { sectionsOf } from "../engine/walk";

/** The report's own narrative: every section title and paragraph, without white space. */
function narrativeOf(report: Report): string {
  return sectionsOf(report)
    .flatMap(({ section }) => [section.title ?? "", ...section.paragraphs])
    .join("")
    .replace(/\s+/g, "");
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** A quote as a reader sees it: a quote of an HTML page without its tags and character references. */
function plain(quote: string): string {
  return quote
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d{1,7});/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]{1,6});/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (whole, n: string) => ENTITIES[n.toLowerCase()] ?? whole)
    .replace(/\s+/g, "");
}

/**
 * FZ-EVID-002: an indicator's quote stands in the text it was read from: at its offsets in the document text when
 * the validation is given it, else in the report's own narrative (section titles and paragraphs). A figure edited
 * in the JSON but not in the text fails FZ-EVID-001; a quote edited with it fails this rule.
 */
export const quoteInText = quoteScanRule({
  id: "FZ-EVID-002",
  category: "evidence",
  severity: "error",
  version: "1.0.0",
  basis: {
    "zh-CN": "报告中的数字应出自报告正文（叙述与数字一致）",
    en: "The figures of a report come from its own text (narrative and numbers agree)",
  },
  scan(report, context) {
    const text = context.documentText;
    const narrative = text === undefined ? narrativeOf(report) : undefined;
    if (text === undefined && narrative === "") return { reason: "no document text and no narrative" };
    return (ind) => (ev) => {
      const found =
        text !== undefined
          ? ev.start !== undefined && ev.end !== undefined
            ? text.slice(ev.start, ev.end) === ev.quote
            : text.includes(ev.quote)
          : (narrative ?? "").includes(plain(ev.quote));
      if (found) return undefined;
      const where = text === undefined ? "narrative" : ev.start !== undefined ? "offsets" : "text";
      return { id: ind.id, quote: ev.quote, where };
    };
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      indicators: r.indicators.map((x) =>
        x.id === "mediated" ? { ...x, value: "12", evidence: [{ quote: "调解纠纷12件" }] } : x,
      ),
    }),
    notApplicable: (r) => ({ ...r, sections: [] }),
  },
});

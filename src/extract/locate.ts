import type { Evidence, ReportInput } from "../model";

/**
 * Where a value of a report stands in its source text: UTF-16 offsets `[start, end)`, the line when the evidence
 * gives it, and the quote.
 *
 * @example
 * const span: SourceSpan = { start: 1210, end: 1221, line: 20, quote: "网上办件率92.98%" };
 */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  readonly line?: number;
  readonly quote: string;
}

/** Indicators by id, per report: built once however many pointers are located (a CLI or page asks per finding). */
const indexes = new WeakMap<ReportInput, ReadonlyMap<string, ReportInput["indicators"][number]>>();

/**
 * Where a JSON Pointer into a report points in the report's source text, from evidence: the evidence of the
 * deepest node on the path that has some, or of the indicator a relation names (its rate, whole or count).
 * `undefined` when nothing on the path has evidence with offsets.
 *
 * @example
 * const { report } = extractReport(text);
 * sourceSpanOf(report, "/relations/2") //=> { start: 1210, end: 1221, line: 20, quote: "网上办件率92.98%" }
 * sourceSpanOf(report, "/title") //=> undefined
 */
export function sourceSpanOf(report: ReportInput, pointer: string): SourceSpan | undefined {
  let byId = indexes.get(report);
  if (!byId) {
    byId = new Map(report.indicators.map((i) => [i.id, i]));
    indexes.set(report, byId);
  }
  let node: unknown = report;
  let best: Evidence | undefined;
  const parts = pointer === "" ? [] : pointer.slice(1).split("/");
  for (const raw of parts) {
    if (node === null || typeof node !== "object") break;
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!Object.hasOwn(node, key)) break;
    node = (node as Record<string, unknown>)[key];
    const o = (node ?? {}) as {
      evidence?: readonly Evidence[];
      rate?: string;
      whole?: string;
      count?: string;
    };
    const named = byId.get(o.rate ?? o.whole ?? o.count ?? "");
    const ev = o.evidence?.[0] ?? named?.evidence?.[0];
    if (ev?.start !== undefined && ev.end !== undefined) best = ev;
  }
  if (best?.start === undefined || best.end === undefined) return undefined;
  return { start: best.start, end: best.end, ...(best.line ? { line: best.line } : {}), quote: best.quote };
}

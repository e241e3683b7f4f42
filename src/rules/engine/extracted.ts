import type { Relation, Report } from "../../model";

/**
 * For a relation the extractor read from a text (it has a `basis`), what a finding on it shows besides the
 * arithmetic: how the text relates the figures (`basis`, rendered from codelists/relationBases.ts) and the quote of
 * every figure involved. Hand-encoded relations (no basis, or `stated`) add nothing.
 */
export function extractedParams(
  report: Report,
  relation: Relation | undefined,
): { basis?: string; quotes?: readonly string[] } {
  if (!relation?.basis || relation.basis === "stated") return {};
  const ids =
    relation.type === "rate"
      ? [
          relation.rate,
          ...relation.numerator,
          ...relation.denominator,
          ...(relation.denominatorExcludes ?? []),
        ]
      : relation.type === "listCount"
        ? [relation.count]
        : [relation.whole, ...relation.parts];
  const quotes = [...new Set(ids)].flatMap((id) => {
    const quote = report.indicators.find((x) => x.id === id)?.evidence?.[0]?.quote;
    return quote ? [`「${quote}」`] : [];
  });
  return { basis: `basis.${relation.basis}`, ...(quotes.length > 0 ? { quotes } : {}) };
}

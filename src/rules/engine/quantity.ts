import type { Indicator } from "../../model";
import { applyMagnitude } from "../../numbers";
import type { StatedNumber } from "../../rates";

/** An indicator's value as a stated number for the checks: magnitude applied, qualifier kept. */
export function quantityOf(indicator: Indicator): StatedNumber {
  if (!indicator.magnitude) {
    return { value: indicator.value, ...(indicator.qualifier ? { qualifier: indicator.qualifier } : {}) };
  }
  return { value: applyMagnitude(indicator.value, indicator.magnitude) ?? indicator.value };
}

/**
 * The whole and the parts a sum or subset relation names, as stated numbers with the paths of their
 * indicators (whole first); or why the relation cannot be checked.
 */
export function wholeAndParts(
  index: ReadonlyMap<string, { readonly indicator: Indicator; readonly path: string }>,
  rel: { readonly id: string; readonly whole: string; readonly parts: readonly string[] },
): { whole: StatedNumber; parts: StatedNumber[]; paths: string[] } | { reason: string } {
  const whole = index.get(rel.whole);
  const parts = rel.parts.map((id) => index.get(id));
  if (!whole || parts.some((p) => p === undefined))
    return { reason: `relation ${rel.id} names a missing indicator` };
  const found = parts as Array<{ indicator: Indicator; path: string }>;
  return {
    whole: quantityOf(whole.indicator),
    parts: found.map((p) => quantityOf(p.indicator)),
    paths: [whole.path, ...found.map((p) => p.path)],
  };
}

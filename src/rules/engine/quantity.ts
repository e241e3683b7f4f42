import type { Indicator } from "../../model";
import type { StatedNumber } from "../../rates";
import { statedNumberOf } from "../../rates/quantity";

/**
 * The whole and the parts a sum or subset relation names, as stated numbers (magnitude and qualifier kept) with
 * the paths of their indicators (whole first); or why the relation cannot be checked.
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
    whole: statedNumberOf(whole.indicator),
    parts: found.map((p) => statedNumberOf(p.indicator)),
    paths: [whole.path, ...found.map((p) => p.path)],
  };
}

import type { Indicator } from "../../model";
import { cmp, magnitudeFactor, mul, type Rational, rational, sumRationals } from "../../numbers";
import { type StatedNumber, toRational } from "../../rates";
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

/**
 * Whether a sum (`whole = Σ parts`) or subset (each part, and with `disjoint` their sum, ≤ whole) holds when every
 * figure is exact: then the intervals of `checkSum` / `checkSubset` are points (magnitudes applied: 1.5万 is 15000)
 * and the verdict is a comparison.
 * `undefined` when a figure is qualified (余, 约 …) or not a number: the full check decides, and states the figures
 * a finding shows.
 */
export function holdsExactly(
  q: { readonly whole: StatedNumber; readonly parts: readonly StatedNumber[] },
  kind: "sum" | "subset" | "disjointSubset",
): boolean | undefined {
  const point = (n: StatedNumber): Rational | undefined => {
    if (n.qualifier && n.qualifier !== "exact") return undefined;
    const v = toRational(n.value);
    return v && n.magnitude ? mul(v, rational(magnitudeFactor(n.magnitude))) : v;
  };
  const whole = point(q.whole);
  const parts = q.parts.map(point);
  if (!whole || parts.some((p) => p === undefined)) return undefined;
  const values = parts as Rational[];
  if (kind === "sum") return cmp(sumRationals(values), whole) === 0;
  if (values.some((p) => cmp(p, whole) > 0)) return false;
  return kind === "subset" || cmp(sumRationals(values), whole) <= 0;
}

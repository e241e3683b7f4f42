import type { RelationBasisCode } from "../codelists";
import { cmp, type Rational } from "../numbers";
import type { Mention } from "./mentions";
import { exactValue, LOOK_BACK } from "./mentionTests";
import { core } from "./names";
import type { FoundRelation } from "./relations";

/** A rate relation found in a line (indices into its figures; negative: the lines before). */
export type RateLink = Extract<FoundRelation, { type: "rate" }>;

export function link(
  r: Mention,
  i: number,
  numerator: readonly number[],
  denominator: readonly number[],
  basis: RelationBasisCode,
  excludes: readonly number[] = [],
): RateLink {
  return {
    type: "rate",
    rate: i,
    numerator,
    denominator,
    excludes,
    ...(r.rateKind && r.kind === "rate" ? { rateKind: r.rateKind } : {}),
    basis,
  };
}

/** Mentions before `i`, nearest first: in its sentence, and in the sentences before when `sentences` > 0. */
export function before(mentions: readonly Mention[], i: number, sentences = 0, reach = LOOK_BACK): number[] {
  const r = mentions[i] as Mention;
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    const m = mentions[j] as Mention;
    if (m.sentence < r.sentence - sentences) break;
    out.push(j);
  }
  return out;
}

/** Whether a whole is at least its part: a base smaller than the figure it is the base of is not its base. */
export function notSmaller(whole: Mention, part: Mention): boolean {
  const [w, p] = [exactValue(whole), exactValue(part)];
  return !!w && !!p && cmp(p, w) <= 0;
}

/** Whether a label shares a two-character word with a rate's name (not a generic one). */
export function sharesName(stem: string, label: string): boolean {
  const name = core(stem);
  for (let k = 0; k + 2 <= name.length; k++) if (label.includes(name.slice(k, k + 2))) return true;
  return false;
}

/**
 * The base a share names, as the key its siblings share: 占受理案件的 → 占受理; 占案件总数的 and 占总数的 are one key.
 */
export const shareKey = (m: Mention) => m.label.replace(/^.*占/, "占").replace(/案件|行政复议|的/g, "");

/** The shares of one line that name the same base: how many, their largest part and the sum of their parts. */
export interface Siblings {
  readonly members: number;
  readonly largest: Rational | undefined;
  readonly sum: Rational | undefined;
}

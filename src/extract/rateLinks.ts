import { add, cmp, type Rational } from "../numbers";
import type { Mention } from "./mentions";
import { exactValue, isDelta, isPrevious, sameKind } from "./mentionTests";
import { correction, named } from "./namedRates";
import { core, text } from "./names";
import { before, link, type RateLink, shareKey } from "./rateTools";

import { phrase } from "./shares";

/**
 * Links each stated rate to the counts the text says it is computed from, and records how the text says so.
 * Without such evidence a rate stays unlinked (not recomputable). Looks back at most `LOOK_BACK` mentions.
 */
export function rateLinks(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
  wholeOf: ReadonlyMap<number, number>,
  earlier: readonly Mention[] = [],
): RateLink[] {
  // shares that name the same base (占受理案件的53.3%;…占受理案件的6.7%): how many, their largest part, their sum
  const siblings = new Map<
    string,
    { members: number; largest: Rational | undefined; sum: Rational | undefined }
  >();
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    // a share with no figure before it (其他处理的占比0.6%) cannot be related: it does not count against its siblings
    if (m.unit !== "%" || prev?.kind !== "count" || prev.sentence !== m.sentence) return;
    const key = shareKey(m);
    const v = exactValue(prev);
    const seen = siblings.get(key);
    if (!seen) {
      siblings.set(key, { members: 1, largest: v, sum: v });
      return;
    }
    seen.members++;
    if (v && (!seen.largest || cmp(v, seen.largest) > 0)) seen.largest = v;
    seen.sum = v && seen.sum ? add(seen.sum, v) : undefined;
  });
  const out: RateLink[] = [];
  mentions.forEach((r, i) => {
    if (r.unit !== "%" || (r.kind !== "rate" && r.kind !== "change")) return;
    // last year's rate (与上年的受理率87.92%) is not computed from this year's counts
    if (isPrevious(r)) return;
    const link =
      formula(norm, mentions, lineStart, r, i) ??
      bracketBase(norm, mentions, r, i) ??
      (r.kind === "change" ? change(mentions, r, i) : undefined) ??
      phrase(norm, lineStart, mentions, r, i, wholeOf, earlier, siblings.get(shareKey(r))) ??
      correction(mentions, r, i) ??
      named(norm, mentions, r, i, wholeOf);
    if (link) out.push(link);
  });
  // Shares that name the same base share one denominator: when not all of them found the same one, none is sure.
  const denominators = new Map<string, { links: number; denominator: string; agree: boolean }>();
  for (const l of out) {
    const key = shareKey(mentions[l.rate] as Mention);
    const d = l.denominator.join();
    const seen = denominators.get(key);
    if (!seen) denominators.set(key, { links: 1, denominator: d, agree: true });
    else {
      seen.links++;
      seen.agree &&= seen.denominator === d;
    }
  }
  return out.filter((l) => {
    if (l.basis !== "phrase" && l.basis !== "enumeration") return true;
    const key = shareKey(mentions[l.rate] as Mention);
    const seen = denominators.get(key);
    return !!seen && seen.agree && seen.links === siblings.get(key)?.members;
  });
}

/** 结收比(结案数/收案数)110.2%. */
function formula(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
  r: Mention,
  i: number,
): RateLink | undefined {
  const local = r.numberStart - lineStart;
  const m = /[(（]([^()（）/÷]{1,15})[/÷]([^()（）/÷]{1,15})[)）][^()（）\d]{0,6}$/.exec(
    norm.slice(Math.max(0, local - 40), local),
  );
  if (!m?.[1] || !m[2]) return undefined;
  const [top, bottom] = [core(m[1]), core(m[2])];
  if (top.length < 2 || bottom.length < 2) return undefined;
  const counts = before(mentions, i, 3).filter((j) => (mentions[j] as Mention).kind === "count");
  const num = counts.find((j) => text(mentions[j] as Mention).includes(top));
  const den = counts.find((j) => text(mentions[j] as Mention).includes(bottom));
  if (num === undefined || den === undefined || num === den) return undefined;
  return link(r, i, [num], [den], "formula");
}

/** 占比达75.5%(行政许可事项904项): the base in brackets right after the rate. */
function bracketBase(
  norm: string,
  mentions: readonly Mention[],
  r: Mention,
  i: number,
): RateLink | undefined {
  const next = mentions[i + 1];
  const prev = mentions[i - 1];
  if (!next || !prev || !/^[(（]/.test(norm.slice(r.after)) || next.depth !== r.depth + 1) return undefined;
  if (prev.sentence !== r.sentence || !sameKind(prev, next)) return undefined;
  // the bracket holds just the base: a label and one figure
  if (mentions[i + 2] && (mentions[i + 2] as Mention).depth > r.depth) return undefined;
  return link(r, i, [i - 1], [i + 1], "bracketBase");
}

/** 比上年的824件增加438件,同比增长53.2% (438/824); 收到1262件,比上年增加438件,增长53.2% (438/(1262−438)). */
function change(mentions: readonly Mention[], r: Mention, i: number): RateLink | undefined {
  const near = before(mentions, i).filter((j) => (mentions[j] as Mention).kind === "count");
  const delta = near.find((j) => isDelta(mentions[j] as Mention));
  if (delta === undefined) return undefined;
  const d = mentions[delta] as Mention;
  const previous = near.find(
    (j) => j !== delta && isPrevious(mentions[j] as Mention) && sameKind(mentions[j] as Mention, d),
  );
  if (previous !== undefined) return link(r, i, [delta], [previous], "change");
  const current = near.find(
    (j) => j < delta && !isDelta(mentions[j] as Mention) && sameKind(mentions[j] as Mention, d),
  );
  if (current === undefined) return undefined;
  const decrease = /(减少|下降|降低|少|减)了?$/.test(d.label);
  if (decrease !== (r.direction === "decrease")) return undefined;
  return decrease
    ? link(r, i, [delta], [current, delta], "change")
    : link(r, i, [delta], [current], "change", [delta]);
}

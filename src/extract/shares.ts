import { cmp, eq, type Rational, sumRationals } from "../numbers";
import type { Mention } from "./mentions";
import { countsAlike, exactValue, isDelta, isPrevious, LOOK_BACK } from "./mentionTests";
import { core, namedAs } from "./names";
import { before, link, type RateLink, type Siblings, shareKey } from "./rateTools";

/**
 * 出庭应诉60件,占诉讼案件的20%: the figure before the rate over the count the phrase names; 占比30% (no name) in
 * an enumeration: over the whole the enumeration splits.
 */
export function phrase(
  norm: string,
  lineStart: number,
  mentions: readonly Mention[],
  r: Mention,
  i: number,
  wholeOf: ReadonlyMap<number, number>,
  earlier: readonly Mention[],
  siblings: Siblings | undefined,
): RateLink | undefined {
  const m = /占(.{0,16}?)(?:总数|总量|总额|总件数)?的?(?:比例|比重|比率)?$/.exec(r.label);
  const bare = /^(占比|比例|比重|占)$/.test(r.label);
  if (!m && !bare) return undefined;
  // 分别占…的15.0%、10.8%: several figures to several shares, in an order the text leaves to the reader
  if (/分别/.test(r.label)) return undefined;
  const num = i - 1;
  const n = mentions[num];
  if (n?.kind !== "count" || n.sentence !== r.sentence || isDelta(n) || isPrevious(n)) return undefined;
  // 交通类783件、城建类579件、政法类562件,占工单总量的77%: a share of a list of figures is the share of their sum
  const listed = [num];
  for (let j = num - 1; j >= 0 && listed.length < LOOK_BACK; j--) {
    const x = mentions[j] as Mention;
    const gap = norm.slice(x.after, (mentions[j + 1] as Mention).numberStart - lineStart);
    if (!countsAlike(x, n) || x.sentence !== n.sentence || !/^、[^，,。；;：:、]*$/.test(gap)) break;
    listed.unshift(j);
  }
  const first = listed[0] as number;
  const values = listed.map((j) => exactValue(mentions[j] as Mention));
  const own = values.every((v) => v !== undefined) ? sumRationals(values as Rational[]) : undefined;
  // shares that name the same base (占受理案件的53.3%;…占受理案件的6.7%) have one denominator, at least each part
  const largestSibling = siblings?.largest;
  const part = own && largestSibling && cmp(largestSibling, own) > 0 ? largestSibling : own;
  const base = core(m?.[1] ?? "");
  const scope = /^(全省|全市|全县|全区|全镇|全乡)/.exec(m?.[1] ?? "")?.[1] ?? "";
  const fits = (x: Mention) => {
    const w = exactValue(x);
    return countsAlike(x, n) && !isDelta(x) && !isPrevious(x) && !!w && !!part && cmp(part, w) <= 0;
  };
  const search = (ok: (x: Mention) => boolean) =>
    before(mentions, first, 99, 2 * LOOK_BACK).find((j) => ok(mentions[j] as Mention) && !sibling(j)) ??
    fromEarlier(earlier, ok);
  // a part with a share of the same base after it (A20件,占被申请人总数的20.4%) is a sibling, not the base
  const key = shareKey(r);
  const sibling = (j: number) => {
    const next = mentions[j + 1];
    return next?.unit === "%" && shareKey(next) === key;
  };
  // shares of one base whose parts add up to a figure stated before them (13+21+6+19 = 受理59件): that figure
  const sum = siblings && siblings.members >= 2 ? siblings.sum : undefined;
  const addsUp = () => {
    if (!sum) return undefined;
    // an exact sum is strong evidence: look further back than for a name
    const adds = (x: Mention) => fits(x) && eq(exactValue(x) as Rational, sum);
    const den =
      before(mentions, first, 99, 4 * LOOK_BACK).find((j) => adds(mentions[j] as Mention) && !sibling(j)) ??
      fromEarlier(earlier, adds);
    return den === undefined ? undefined : link(r, i, listed, [den], "enumeration");
  };
  const scoped = scopeFigure(norm, lineStart, mentions, r, first);
  if (base.length >= 2) {
    const den = search((x) => fits(x) && namedAs(x, base, scope));
    if (den !== undefined) return link(r, i, listed, [den], "phrase");
    return scoped !== undefined && fits(mentions[scoped] as Mention)
      ? link(r, i, listed, [scoped], "phrase")
      : addsUp();
  }
  if (scoped !== undefined && fits(mentions[scoped] as Mention))
    return link(r, i, listed, [scoped], "phrase");
  // an enumeration: the whole of the 其中 or brackets the figure is a part of, else the figure the sentence's scope
  // names (受理的案件中,…), else the total stated before it
  const among = core(/([\u4e00-\u9fa5]{2,12})中[,，:：][^。；;]*$/.exec(sentenceBefore(norm, r))?.[1] ?? "");
  if (among.length >= 2 && wholeOf.get(num) === undefined) {
    const den = search((x) => fits(x) && namedAs(x, among));
    if (den !== undefined) return link(r, i, listed, [den], "phrase");
  }
  const total = (x: Mention) => fits(x) && /共|总|累计|合计|全年|全部/.test(x.label);
  const ofWhole = listed.length === 1 ? wholeOf.get(num) : undefined;
  if (ofWhole !== undefined) return link(r, i, listed, [ofWhole], "enumeration");
  const whole =
    before(mentions, first, 3).find((j) => total(mentions[j] as Mention)) ?? fromEarlier(earlier, total);
  // 全年收到120件,受理100件,办结90件,占90%: a figure of the part's sentence between the total and the part that could
  // be the base as well makes the base uncertain: no relation rather than a false alarm
  const between = (from: number) =>
    from >= 0 &&
    before(mentions, first, 0, first - from - 1).some((j) => fits(mentions[j] as Mention) && !sibling(j));
  if (whole !== undefined)
    return addsUp() ?? (between(whole) ? undefined : link(r, i, listed, [whole], "enumeration"));
  return addsUp() ?? (bare ? onlyLarger(mentions, r, i, listed, fits, sibling) : undefined);
}

/**
 * 行政诉讼案件40宗,审结27宗,占67.5%: a bare share whose sentence states, before its part, exactly one figure that
 * could be its base (as large as the part, not a change, not last year's) is a share of that figure. Two such
 * figures (收到120件,受理100件,办结90件,占90%) leave it unrelated.
 */
function onlyLarger(
  mentions: readonly Mention[],
  r: Mention,
  i: number,
  listed: readonly number[],
  fits: (x: Mention) => boolean,
  sibling: (j: number) => boolean,
): RateLink | undefined {
  const candidates = before(mentions, listed[0] as number).filter(
    (j) => fits(mentions[j] as Mention) && !sibling(j),
  );
  return candidates.length === 1 ? link(r, i, listed, candidates, "enumeration") : undefined;
}

/**
 * The figure a sentence's scope names (在市本级受理的98件案件中,…占…的20.4%): the shares of the sentence are of it.
 * Returns its index when it stands in the line before `first`.
 */
function scopeFigure(
  norm: string,
  lineStart: number,
  mentions: readonly Mention[],
  r: Mention,
  first: number,
): number | undefined {
  // the scope holds over the clauses of its sentence (…中,A20件,占…;B49件,占…): back to the last 。
  const sentence = sentenceBefore(norm, r, ["。"]);
  const m = /^[\s,，]*(?:在|从)?[^,，。；;]{0,20}?(\d+)\s*[件项宗个人次]?[^,，。；;\d]{0,8}中[,，]/.exec(
    sentence,
  );
  if (!m?.[1]) return undefined;
  const at = r.after - sentence.length + (m.index ?? 0) + m[0].indexOf(m[1]);
  for (let j = first - 1; j >= 0 && j >= first - LOOK_BACK; j--)
    if ((mentions[j] as Mention).numberStart - lineStart === at) return j;
  return undefined;
}

/** The text of a rate's sentence up to the rate. */
export function sentenceBefore(
  norm: string,
  r: Mention,
  ends: readonly string[] = ["。", "；", ";"],
): string {
  const to = r.after;
  // at most 200 characters back, so that a line of one endless sentence costs linear time
  const window = norm.slice(Math.max(0, to - 200), to);
  const from = Math.max(0, ...ends.map((c) => window.lastIndexOf(c) + 1));
  return window.slice(from);
}

/**
 * The most recent figure of the lines before (in the same section) that fits, as a negative index: -1 is the last
 * figure of the line before.
 */
export function fromEarlier(earlier: readonly Mention[], fits: (m: Mention) => boolean): number | undefined {
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - 2 * LOOK_BACK; k--)
    if (fits(earlier[k] as Mention)) return k - earlier.length;
  return undefined;
}

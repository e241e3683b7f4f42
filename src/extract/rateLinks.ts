import type { RelationBasisCode } from "../codelists";
import { cmp, type Rational, sumOf } from "../numbers";
import type { Mention } from "./mentions";
import { countsAlike, exactValue, isDelta, isPrevious, LOOK_BACK, sameKind } from "./mentionTests";
import { core, namedAs, text } from "./names";
import type { FoundRelation } from "./relations";

type RateLink = Extract<FoundRelation, { type: "rate" }>;

/**
 * What a rate's name says its numerator is called, and what its base is called: 办结率 ↔ 办结 of 受理; 合格率 ↔ 合格
 * of 参加考试 …. Keys are the name's last two characters.
 */
const NAMES: ReadonlyArray<{ readonly rate: RegExp; readonly part: RegExp; readonly base: RegExp }> = [
  { rate: /(通过|合格|及格)$/, part: /通过|合格|及格/, base: /参加|参考|考试|应考|参训|报名/ },
  {
    rate: /(办结|结案|审结)$/,
    part: /办结|结案|审结|办理完毕/,
    base: /受理|收到|收案|新收|登记|办理|接收|受案/,
  },
  { rate: /成功$/, part: /成功/, base: /调解|受理|排查|开展/ },
  { rate: /(出庭|应诉)$/, part: /出庭/, base: /诉讼|开庭|庭审|应诉案件|案件/ },
  { rate: /(进驻|入驻)$/, part: /进驻|入驻/, base: /事项|梳理/ },
  {
    rate: /(网办|网上办|办件|网上|可办|通办|网上办理)$/,
    part: /网办|网上|线上|可办|通办/,
    base: /受理|办件|事项|总量|办理/,
  },
  { rate: /败诉$/, part: /败诉/, base: /审结|结案|判决|一审/ },
  { rate: /(化解|调处)$/, part: /化解|调处|调解成功/, base: /排查|受理|矛盾纠纷|调解/ },
  {
    rate: /(按期|按时|及时|办理|答复|回复)$/,
    part: /按期|按时|及时|办结|答复|回复/,
    base: /受理|收到|申请|办理/,
  },
  { rate: /满意$/, part: /满意/, base: /评价|回访|调查|测评/ },
  { rate: /(备案|报备|审查)$/, part: /备案|报备|审查/, base: /制定|出台|印发|规范性文件/ },
  {
    rate: /(覆盖|建成|配备|聘请|参与|落实|完成|公开)$/,
    part: /覆盖|建成|配备|聘请|参与|落实|完成|公开/,
    base: /共|全|总|所有/,
  },
];

/** Words that name a total: the base of an enumeration or of a rate named after its part. */
const TOTAL = /共|总|累计|合计|全年|全部|受理|收到|收案|新收|办理|参加|参与|参训|梳理|排查/;

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
  // shares that name the same base (占受理案件的53.3%;…占受理案件的6.7%): how many, and their largest part
  const members = new Map<string, number>();
  const largest = new Map<string, Rational>();
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    // a share with no figure before it (其他处理的占比0.6%) cannot be related: it does not count against its siblings
    if (m.unit !== "%" || prev?.kind !== "count" || prev.sentence !== m.sentence) return;
    const key = shareKey(m);
    members.set(key, (members.get(key) ?? 0) + 1);
    const v = prev?.kind === "count" ? exactValue(prev) : undefined;
    const max = largest.get(key);
    if (v && (!max || cmp(v, max) > 0)) largest.set(key, v);
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
      phrase(norm, lineStart, mentions, r, i, wholeOf, earlier, largest.get(shareKey(r))) ??
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
    return !!seen && seen.agree && seen.links === members.get(key);
  });
}

/** The base a share names, as the key its siblings share: 占受理案件的. */
const shareKey = (m: Mention) => m.label.replace(/^.*占/, "占");

function link(
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
function before(mentions: readonly Mention[], i: number, sentences = 0, reach = LOOK_BACK): number[] {
  const r = mentions[i] as Mention;
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    const m = mentions[j] as Mention;
    if (m.sentence < r.sentence - sentences) break;
    out.push(j);
  }
  return out;
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
  const decrease = /(减少|下降|降低|少|减)$/.test(d.label);
  if (decrease !== (r.direction === "decrease")) return undefined;
  return decrease
    ? link(r, i, [delta], [current, delta], "change")
    : link(r, i, [delta], [current], "change", [delta]);
}

/**
 * 出庭应诉60件,占诉讼案件的20%: the figure before the rate over the count the phrase names; 占比30% (no name) in
 * an enumeration: over the whole the enumeration splits.
 */
function phrase(
  norm: string,
  lineStart: number,
  mentions: readonly Mention[],
  r: Mention,
  i: number,
  wholeOf: ReadonlyMap<number, number>,
  earlier: readonly Mention[],
  largestSibling: Rational | undefined,
): RateLink | undefined {
  const m = /占(.{0,16}?)(?:总数|总量|总额|总件数)?的?(?:比例|比重|比率)?$/.exec(r.label);
  const bare = /^(占比|比例|比重|占)$/.test(r.label);
  if (!m && !bare) return undefined;
  // 分别占…的15.0%、10.8%: several figures to several shares, in an order the text leaves to the reader
  if (/分别/.test(r.label)) return undefined;
  const num = i - 1;
  const n = mentions[num];
  if (!n || n.kind !== "count" || n.sentence !== r.sentence || isDelta(n) || isPrevious(n)) return undefined;
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
  const own = values.every((v) => v !== undefined) ? sumOf(values as Rational[]) : undefined;
  // shares that name the same base (占受理案件的53.3%;…占受理案件的6.7%) have one denominator, at least each part
  const part = own && largestSibling && cmp(largestSibling, own) > 0 ? largestSibling : own;
  const base = core(m?.[1] ?? "");
  const scope = /^(全省|全市|全县|全区|全镇|全乡)/.exec(m?.[1] ?? "")?.[1] ?? "";
  const fits = (x: Mention) => {
    const w = exactValue(x);
    return countsAlike(x, n) && !isDelta(x) && !isPrevious(x) && !!w && !!part && cmp(part, w) <= 0;
  };
  const search = (ok: (x: Mention) => boolean) =>
    before(mentions, first, 99, 2 * LOOK_BACK).find((j) => ok(mentions[j] as Mention)) ??
    fromEarlier(earlier, ok);
  const scoped = scopeFigure(norm, lineStart, mentions, r, first);
  if (base.length >= 2) {
    const den = search((x) => fits(x) && namedAs(x, base, scope));
    if (den !== undefined) return link(r, i, listed, [den], "phrase");
    return scoped !== undefined && fits(mentions[scoped] as Mention)
      ? link(r, i, listed, [scoped], "phrase")
      : undefined;
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
  const whole =
    (listed.length === 1 ? wholeOf.get(num) : undefined) ??
    before(mentions, first, 3).find((j) => total(mentions[j] as Mention)) ??
    fromEarlier(earlier, total);
  return whole === undefined ? undefined : link(r, i, listed, [whole], "enumeration");
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
  const sentence = sentenceBefore(norm, r);
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
function sentenceBefore(norm: string, r: Mention): string {
  const to = r.after;
  // at most 200 characters back, so that a line of one endless sentence costs linear time
  const window = norm.slice(Math.max(0, to - 200), to);
  const from = Math.max(0, ...["。", "；", ";"].map((c) => window.lastIndexOf(c) + 1));
  return window.slice(from);
}

/**
 * The most recent figure of the lines before (in the same section) that fits, as a negative index: -1 is the last
 * figure of the line before.
 */
function fromEarlier(earlier: readonly Mention[], fits: (m: Mention) => boolean): number | undefined {
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - 2 * LOOK_BACK; k--)
    if (fits(earlier[k] as Mention)) return k - earlier.length;
  return undefined;
}

/**
 * 纠错率: the corrections (纠错, or 撤销 + 变更 + 确认违法 + 责令履行) over the cases concluded (审结, 结案), without
 * those not accepted (不予受理) when the text gives them.
 */
function correction(mentions: readonly Mention[], r: Mention, i: number): RateLink | undefined {
  if (r.rateKind !== "reconsiderationCorrection" && !/纠错率/.test(r.label)) return undefined;
  const near = before(mentions, i, 2).filter((j) => {
    const m = mentions[j] as Mention;
    return m.kind === "count" && !isDelta(m) && !isPrevious(m);
  });
  const den = near.find((j) => {
    const m = mentions[j] as Mention;
    return /审结|结案|办结|作出.{0,6}决定|决定/.test(text(m)) && !/不予受理|纠错|纠正|撤销/.test(m.label);
  });
  if (den === undefined) return undefined;
  const d = mentions[den] as Mention;
  const pool = near.filter((j) => sameKind(mentions[j] as Mention, d) && j !== den);
  const total = pool.find((j) => /纠错|纠正/.test((mentions[j] as Mention).label));
  const kinds = pool.filter((j) => {
    const m = mentions[j] as Mention;
    return /撤销|变更|确认违法|责令(履行|重作|重新)/.test(m.label) && !/维持|驳回|不予受理/.test(m.label);
  });
  const numerator = total !== undefined ? [total] : kinds.reverse();
  if (numerator.length === 0) return undefined;
  const excludes = pool.filter((j) => /不予受理/.test((mentions[j] as Mention).label) && j > den);
  return { ...link(r, i, numerator, [den], "labels", excludes), rateKind: "reconsiderationCorrection" };
}

/**
 * 办结率 after 受理1200件,办结1150件: the count named like the rate (办结) over the count named as its base (受理), or
 * over the whole the named count is a part of (其中1150项进驻中心,进驻率95.8%).
 */
function named(
  norm: string,
  mentions: readonly Mention[],
  r: Mention,
  i: number,
  wholeOf: ReadonlyMap<number, number>,
): RateLink | undefined {
  const stem = /([\u4e00-\u9fa5]{1,8})率$/.exec(r.label)?.[1];
  if (!stem) return undefined;
  const names = NAMES.find((x) => x.rate.test(stem));
  const near = before(mentions, i).filter((j) => (mentions[j] as Mention).kind === "count");
  const num = near.find((j) => {
    const m = mentions[j] as Mention;
    return !isDelta(m) && !isPrevious(m) && (names ? names.part.test(text(m)) : sharesName(stem, text(m)));
  });
  if (num === undefined) return undefined;
  const n = mentions[num] as Mention;
  const whole = wholeOf.get(num);
  if (whole !== undefined) return link(r, i, [num], [whole], "labels");
  const isBase = (m: Mention) => {
    if (!sameKind(m, n) || isDelta(m) || isPrevious(m) || !notSmaller(m, n)) return false;
    if (names ? names.part.test(text(m)) : sharesName(stem, text(m))) return false;
    return names ? names.base.test(text(m)) || TOTAL.test(m.label) : TOTAL.test(m.label);
  };
  // 在已审结的案件中,胜诉24宗,…胜诉率100%: the base the sentence's scope names
  const among = core(/([\u4e00-\u9fa5]{2,12})中[,，:：][^。；;]*$/.exec(sentenceBefore(norm, r))?.[1] ?? "");
  const scoped =
    among.length >= 2
      ? before(mentions, num, 3).find((j) => {
          const m = mentions[j] as Mention;
          return sameKind(m, n) && notSmaller(m, n) && !isPrevious(m) && namedAs(m, among);
        })
      : undefined;
  const den = scoped ?? before(mentions, num, 1).find((j) => isBase(mentions[j] as Mention));
  return den === undefined ? undefined : link(r, i, [num], [den], "labels");
}

/** Whether a whole is at least its part: a base smaller than the figure it is the base of is not its base. */
function notSmaller(whole: Mention, part: Mention): boolean {
  const [w, p] = [exactValue(whole), exactValue(part)];
  return !!w && !!p && cmp(p, w) <= 0;
}

/** Whether a label shares a two-character word with a rate's name (not a generic one). */
function sharesName(stem: string, label: string): boolean {
  const name = core(stem);
  for (let k = 0; k + 2 <= name.length; k++) if (label.includes(name.slice(k, k + 2))) return true;
  return false;
}

import type { Mention } from "./mentions";
import { isDelta, isPrevious, sameKind } from "./mentionTests";
import { core, namedAs, text } from "./names";
import { before, link, notSmaller, type RateLink, sharesName } from "./rateTools";

import { sentenceBefore } from "./shares";

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
 * 纠错率: the corrections (纠错, or 撤销 + 变更 + 确认违法 + 责令履行) over the cases concluded (审结, 结案), without
 * those not accepted (不予受理) when the text gives them.
 */
export function correction(mentions: readonly Mention[], r: Mention, i: number): RateLink | undefined {
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
export function named(
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
    return (
      !isDelta(m) &&
      !isPrevious(m) &&
      (names ? names.part.test(text(m)) : sharesName(stem, text(m))) &&
      !narrower(stem, m.label)
    );
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
  if (scoped !== undefined) return link(r, i, [num], [scoped], "labels");
  const den = before(mentions, num, 2).find((j) => isBase(mentions[j] as Mention));
  if (den === undefined) return undefined;
  // 受理2877件,…派单601件,按时结案597件: a figure between the base and the part that could be the base as well
  // (as large as the part) makes the base uncertain: no relation rather than a false alarm
  for (let j = den + 1; j < num; j++) {
    const m = mentions[j] as Mention;
    if (sameKind(m, n) && !isDelta(m) && !isPrevious(m) && notSmaller(m, n)) return undefined;
  }
  return link(r, i, [num], [den], "labels");
}

/** Words that narrow a measure: 按时结案 is not all 结案, 网上办理 not all 办理. */
const NARROWING = /(按时|按期|及时|超时|逾期|当场|当日|即时|网上|线上|现场)$/;

/** Whether the figure's name narrows the rate's measure with a word the rate's name does not have. */
function narrower(stem: string, label: string): boolean {
  for (let k = 0; k + 2 <= stem.length; k++) {
    const at = label.lastIndexOf(stem.slice(k, k + 2));
    if (at === -1) continue;
    const modifier = NARROWING.exec(label.slice(Math.max(0, at - 2), at))?.[1];
    return modifier !== undefined && !stem.includes(modifier);
  }
  return false;
}

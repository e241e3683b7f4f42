import { cmp, eq, type Rational, sumRationals } from "../numbers";
import type { Mention } from "./mentions";
import { exactValue, isDelta, isPrevious, LOOK_BACK, sameKind } from "./mentionTests";
import { core, namedAs } from "./names";
import type { FoundPartition } from "./relations";

/** The index of the sentence that holds offset `p` (binary search over the sentence starts). */
function sentenceAt(starts: readonly number[], p: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where each sentence of a line starts (offsets in the line), by sentence index. */
export function sentenceStarts(norm: string): number[] {
  const starts = [0];
  for (let i = 0; i < norm.length; i++) if ("。；;!?！？".includes(norm[i] ?? "")) starts.push(i + 1);
  return starts;
}

const GENERIC_WORDS = /案件|行政|工作|事项|法律|全市|全县|全区|各类|共计|累计/;

/** Whether two figures' names share a two-character word that is not a generic one (审结 … 审结). */
function sharesWord(a: Mention, b: Mention): boolean {
  const x = a.label;
  const y = `${b.label}${b.tail}`;
  for (let k = 0; k + 2 <= x.length; k++) {
    const w = x.slice(k, k + 2);
    if (!GENERIC_WORDS.test(w) && /^[\u4e00-\u9fa5]{2}$/.test(w) && y.includes(w)) return true;
  }
  return false;
}

/** `…其中A300件,B250件`: the parts after 其中 and the whole they split. */
export function qizhong(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
  p: number,
  first: number,
  starts: readonly number[],
): FoundPartition | undefined {
  if (!mentions[first]) return undefined;
  const sentence = sentenceAt(starts, p);
  // the scope of the parts: to the end of 其中's sentence or the next 其中
  const nextQizhong = norm.indexOf("其中", p + 2);
  const sentenceEnd = starts[sentence + 1] ?? norm.length;
  const end = Math.min(sentenceEnd, nextQizhong === -1 ? norm.length : nextQizhong);
  const limit = lineStart + (end === sentenceEnd ? continuedTo(norm, sentenceEnd) : end);
  // the whole: a count before 其中 in its sentence, or in the sentence before when 其中 opens a sentence
  let back = p;
  while (back > (starts[sentence] ?? 0) && /[\s,，:：]/.test(norm[back - 1] ?? "")) back--;
  const opensSentence = back === (starts[sentence] ?? 0);
  const before: number[] = [];
  for (let j = first - 1; j >= 0 && j >= first - LOOK_BACK; j--) {
    const m = mentions[j] as Mention;
    if (m.sentence !== sentence && !(opensSentence && m.sentence === sentence - 1)) break;
    if (m.kind === "count" && !isDelta(m) && !isPrevious(m)) before.push(j);
  }
  // 受理的案件中,…,其中A112件: the figure the sentence's scope names, in the sentence before
  if (before.length === 0 && !opensSentence) {
    const scope = core(
      /([\u4e00-\u9fa5]{2,12})中[,，:：]/.exec(
        norm.slice(Math.max(starts[sentence] ?? 0, p - 120), p),
      )?.[1] ?? "",
    );
    if (scope.length >= 2)
      for (let j = first - 1; j >= 0 && j >= first - LOOK_BACK; j--) {
        const m = mentions[j] as Mention;
        if (m.sentence < sentence - 1) break;
        if (m.kind === "count" && !isDelta(m) && !isPrevious(m) && namedAs(m, scope)) before.push(j);
      }
  }
  // the parts: counts after 其中 of a whole's unit, at the depth of the first of them
  let parts: number[] = [];
  let candidates: number[] = [];
  for (const w of before) {
    const unitOf = mentions[w] as Mention;
    const firstPart = mentions
      .slice(first, first + LOOK_BACK)
      .find((m) => m.start < limit && sameKind(m, unitOf));
    if (!firstPart) continue;
    parts = [];
    for (let j = first; j < mentions.length && j < first + 4 * LOOK_BACK; j++) {
      const m = mentions[j] as Mention;
      if (m.start >= limit) break;
      if (sameKind(m, firstPart) && m.depth === firstPart.depth && !isDelta(m) && !isPrevious(m))
        parts.push(j);
    }
    candidates = before.filter(
      (j) => sameKind(mentions[j] as Mention, firstPart) && (mentions[j] as Mention).depth <= firstPart.depth,
    );
    break;
  }
  if (parts.length === 0 || candidates.length === 0) return undefined;
  const values = parts.map((j) => exactValue(mentions[j] as Mention));
  const total = values.every((v) => v !== undefined) ? sumRationals(values as Rational[]) : undefined;
  const adding =
    parts.length >= 2 && total
      ? candidates.find((j) => {
          const w = exactValue(mentions[j] as Mention);
          return w !== undefined && eq(w, total);
        })
      : undefined;
  if (adding !== undefined) return { type: "sum", whole: adding, parts, basis: "qizhong" };
  // a list that ends with 其他 (the rest) is the whole of its whole
  const exhaustive =
    parts.length >= 2 && /^(其他|其它)/.test((mentions[parts[parts.length - 1] as number] as Mention).label);
  // parts named like different wholes (其中,中院收案1577件,审结1561件 after 受理…, 审结…): each to its own, by name
  const byName = parts.map((j) =>
    candidates.find((c) => sharesWord(mentions[c] as Mention, mentions[j] as Mention)),
  );
  if (
    new Set(byName.filter((c) => c !== undefined)).size > 1 ||
    (byName.some((c) => c !== undefined) && byName.some((c) => c === undefined))
  ) {
    const k = parts.findIndex((_, n) => byName[n] !== undefined);
    const whole = byName[k] as number;
    const w = exactValue(mentions[whole] as Mention);
    const v = exactValue(mentions[parts[k] as number] as Mention);
    return w && v && cmp(v, w) <= 0
      ? { type: "subset", whole, parts: [parts[k] as number], basis: "qizhong" }
      : undefined;
  }
  const shallowest = Math.min(...candidates.map((j) => (mentions[j] as Mention).depth));
  const whole = candidates.find((j) => (mentions[j] as Mention).depth === shallowest) as number;
  const w = exactValue(mentions[whole] as Mention);
  // A part larger than the whole says the whole was not the one meant: no relation rather than a false alarm.
  if (!w || values.some((v) => v === undefined || cmp(v, w) > 0)) return undefined;
  if (exhaustive) return { type: "sum", whole, parts, basis: "qizhong" };
  return {
    type: "subset",
    whole,
    parts,
    basis: "qizhong",
    ...(complementary(parts, mentions) ? { disjoint: true } : {}),
  };
}

/**
 * Whether the parts name a category and its complement (诉讼案件 … 非诉讼案件): a list of such parts splits the
 * whole along one line, so the parts cannot overlap.
 */
function complementary(parts: readonly number[], mentions: readonly Mention[]): boolean {
  if (parts.length < 2) return false;
  const names = parts.map((j) => (mentions[j] as Mention).label.replace(/^(其中|包括|含)[,，:：]?/, ""));
  return names.some((a) => /^非.{2,}/.test(a) && names.includes(a.slice(1)));
}

/**
 * Where a list of parts ends: at the end of its sentence, or of the next one when that sentence only goes on
 * with the list and closes it with 其他 (…,C90件。D30件,E27件,其他类案件10件。).
 */
function continuedTo(norm: string, sentenceEnd: number): number {
  // a list closed by 其他 in its own sentence does not go on
  const last =
    /[^,，、。；;]*[。；;]?$/.exec(norm.slice(Math.max(0, sentenceEnd - 40), sentenceEnd))?.[0] ?? "";
  if (/^(其他|其它)/.test(last.trim())) return sentenceEnd;
  const rest = norm.slice(sentenceEnd, sentenceEnd + 200);
  const stop = rest.search(/[。；;!?！？]/);
  if (stop === -1) return sentenceEnd;
  const clauses = rest.slice(0, stop).split(/[,，、]/);
  const item = /^(?!.*其中)[^\d,，、]{1,16}\d+(件|宗|起|项|个|人|人次)$/;
  return clauses.length >= 2 &&
    clauses.every((c) => item.test(c.trim())) &&
    /^(其他|其它)/.test(clauses[clauses.length - 1]?.trim() ?? "")
    ? sentenceEnd + stop + 1
    : sentenceEnd;
}

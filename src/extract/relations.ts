import type { RelationBasisCode } from "../codelists";
import { eq, type Rational, sumRationals } from "../numbers";
import type { Mention } from "./mentions";
import { exactValue, LOOK_BACK, sameKind } from "./mentionTests";
import { qizhong, sentenceStarts } from "./qizhong";
import { rateLinks } from "./rateLinks";

/** A whole and its parts (indices into the line's mentions). */
export interface FoundPartition {
  readonly type: "sum" | "subset";
  readonly whole: number;
  readonly parts: readonly number[];
  readonly basis: RelationBasisCode;
  /** Parts that cannot overlap (诉讼 and 非诉讼): together they are not larger than the whole either. */
  readonly disjoint?: boolean;
}

/** A relation found between the mentions of one line (indices into that line's mentions), with its basis. */
export type FoundRelation =
  | FoundPartition
  | {
      /** Σ numerator ÷ (Σ denominator − Σ excludes). */
      readonly type: "rate";
      readonly rate: number;
      readonly numerator: readonly number[];
      readonly denominator: readonly number[];
      readonly excludes: readonly number[];
      readonly rateKind?: string;
      readonly basis: RelationBasisCode;
    }
  | {
      readonly type: "listCount";
      readonly count: number;
      readonly items: readonly string[];
      readonly start: number;
      readonly end: number;
      readonly basis: RelationBasisCode;
    };

/** How far (in characters) a bracket is searched for its closing half. */
const BRACKET_SPAN = 400;
const isOpen = (c: string | undefined) => c === "(" || c === "（";
const isClose = (c: string | undefined) => c === ")" || c === "）";

function matchingParen(s: string, open: number): number {
  let depth = 0;
  const stop = Math.min(s.length, open + BRACKET_SPAN);
  for (let i = open; i < stop; i++) {
    if (isOpen(s[i])) depth++;
    else if (isClose(s[i])) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Finds what one line says about how its numbers relate, and on what basis: `其中` (a sum when the parts add up
 * to a whole, else a subset of the whole they belong to), bracketed parts that add up to the total before them,
 * `N项…中的M项`, rates whose base the text gives (a formula, a 占…的 phrase, an enumeration, matching names, a
 * change over last year's figure, a base in brackets), and a count followed by a bracketed list of names. Figures
 * that merely stand near each other are not related. A share's base may stand in the lines before (`earlier`, the
 * figures of the section's previous lines): such an index is negative, -1 being the last of `earlier`. Linear in
 * the length of the line.
 *
 * @example
 * findRelations("汇聚受理数量242474件,其中网上办件量225460件,网上办件率92.98%", mentionsIn(…), 0)
 * //=> [{ type: "subset", basis: "qizhong", … }, { type: "rate", basis: "labels", … }]
 */
export function findRelations(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
  earlier: readonly Mention[] = [],
): FoundRelation[] {
  const out: FoundRelation[] = [];
  /** The whole each part belongs to, by part index (from 其中 and bracketed parts). */
  const wholeOf = new Map<number, number>();
  const starts = sentenceStarts(norm);
  let k = 0;
  for (let p = norm.indexOf("其中"); p !== -1; p = norm.indexOf("其中", p + 2)) {
    const at = lineStart + p;
    while (k < mentions.length && (mentions[k] as Mention).start < at) k++;
    const found = qizhong(norm, mentions, lineStart, p, k, starts);
    if (!found) continue;
    out.push(found);
    for (const part of found.parts) wholeOf.set(part, found.whole);
  }
  bracketedParts(norm, mentions, lineStart, out, wholeOf);
  partOf(norm, mentions, lineStart, out);
  const rates = rateLinks(norm, mentions, lineStart, wholeOf, earlier);
  for (const r of rates) out.push(r);
  const said = new Set<string>();
  for (const x of out)
    if (x.type === "sum" || x.type === "subset") for (const k of x.parts) said.add(`${x.whole}:${k}`);
  for (const r of rates) {
    const implied = impliedSubset(r, mentions, said);
    if (implied) {
      out.push(implied);
      for (const k of implied.parts) said.add(`${implied.whole}:${k}`);
    }
  }
  listCounts(norm, mentions, lineStart, out);
  return out;
}

/**
 * A rate of a part in its whole (通过率, 成功率, 纠错率 …) says the parts are within the whole: stated as a subset, so
 * that FZ-ARITH-002 checks it, unless the line already said so. Not for changes over last year.
 */
function impliedSubset(
  r: Extract<FoundRelation, { type: "rate" }>,
  mentions: readonly Mention[],
  said: ReadonlySet<string>,
): FoundPartition | undefined {
  if (r.basis === "change" || r.denominator.length !== 1) return undefined;
  const whole = r.denominator[0] as number;
  if (whole < 0) return undefined;
  const w = mentions[whole] as Mention;
  if (!r.numerator.every((k) => sameKind(mentions[k] as Mention, w))) return undefined;
  if (r.numerator.every((k) => said.has(`${whole}:${k}`))) return undefined;
  return { type: "subset", whole, parts: r.numerator, basis: r.basis };
}

/** `评查446卷(A220卷、B226卷)`: bracketed parts right after a total that add up to it. */
function bracketedParts(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
  out: FoundRelation[],
  wholeOf: Map<number, number>,
): void {
  mentions.forEach((m, i) => {
    if (wholeOf.has(i) || m.kind !== "count" || !isOpen(norm[m.after])) return;
    const close = matchingParen(norm, m.after);
    if (close === -1) return;
    const firstSub = norm.slice(m.after, close).indexOf("其中");
    const end = lineStart + (firstSub === -1 ? close : m.after + firstSub);
    const parts: number[] = [];
    for (let j = i + 1; j < mentions.length && j <= i + 4 * LOOK_BACK; j++) {
      const x = mentions[j] as Mention;
      if (x.start >= end) break;
      if (x.depth === m.depth + 1 && sameKind(x, m)) parts.push(j);
    }
    const w = exactValue(m);
    const vals = parts.map((j) => exactValue(mentions[j] as Mention));
    if (
      parts.length >= 2 &&
      w &&
      vals.every((v) => v !== undefined) &&
      eq(sumRationals(vals as Rational[]), w)
    ) {
      out.push({ type: "sum", whole: i, parts, basis: "brackets" });
      for (const part of parts) wholeOf.set(part, i);
    }
  });
}

/** `N项…中的M项`: a part named out of a whole. */
function partOf(norm: string, mentions: readonly Mention[], lineStart: number, out: FoundRelation[]): void {
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || !sameKind(m, next) || next.depth !== m.depth) return;
    const gap = norm.slice(m.after, next.numberStart - lineStart);
    if (/^[^，,。；;：:、]{0,20}中的?[约近共]?$/.test(gap))
      out.push({ type: "subset", whole: i, parts: [i + 1], basis: "partOf" });
  });
}

/** `N个 … (a、b、c)`: a count followed by the bracketed names it counts. */
function listCounts(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
  out: FoundRelation[],
): void {
  mentions.forEach((m, i) => {
    if (m.kind !== "count" || !/^\d+$/.test(m.value) || m.magnitude) return;
    const rest = norm.slice(m.after, m.after + BRACKET_SPAN);
    const stop = rest.search(/[。；;]/);
    const scope = stop === -1 ? rest : rest.slice(0, stop);
    let from = 0;
    for (let tries = 0; tries < 4; tries++) {
      const p = scope.slice(from).search(/[(（]/);
      if (p === -1) return;
      const open = m.after + from + p;
      const close = matchingParen(norm, open);
      if (close === -1) return;
      const inner = norm.slice(open + 1, close);
      const items = inner
        .split(/[、,，]/)
        .map((x) => x.trim())
        .filter(Boolean);
      if (items.length >= 2 && items.length === Number(m.value) && inner.includes("、")) {
        out.push({
          type: "listCount",
          count: i,
          items,
          start: lineStart + open + 1,
          end: lineStart + close,
          basis: "list",
        });
        return;
      }
      from = close - m.after + 1;
    }
  });
}

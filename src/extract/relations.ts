import { eq, parseDecimal, type Rational, sumOf } from "../numbers";
import type { Mention } from "./mentions";

/** A relation found between the mentions of one line (indices into that line's mentions). */
export type FoundRelation =
  | { readonly type: "sum" | "subset"; readonly whole: number; readonly parts: readonly number[] }
  | { readonly type: "rate"; readonly rate: number; readonly numerator: number; readonly denominator: number }
  | {
      /** A 纠错率 whose parts the sentence names: Σ corrections ÷ (concluded − not accepted). */
      readonly type: "correctionRate";
      readonly rate: number;
      readonly numerator: readonly number[];
      readonly denominator: number;
      readonly excludes: readonly number[];
    }
  | {
      readonly type: "listCount";
      readonly count: number;
      readonly items: readonly string[];
      readonly start: number;
      readonly end: number;
    };

const exact = (m: Mention): Rational | undefined => (m.magnitude ? undefined : parseDecimal(m.value));
const sameKind = (a: Mention, b: Mention) => a.unit === b.unit && a.kind === "count" && b.kind === "count";

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "(" || s[i] === "（") depth++;
    else if (s[i] === ")" || s[i] === "）") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Finds what one line says about how its numbers relate: `其中` (a subset, or a sum when the parts add up to the
 * whole), a total followed by parts in brackets that add up to it, `N项…中的M项` (a subset), a rate whose
 * numerator and denominator stand just before it (or its denominator in brackets just after), and a count
 * followed by a bracketed list of names.
 *
 * @example
 * findRelations("汇聚受理数量242474件,其中网上办件量225460件,网上办件率92.98%", mentionsIn(…)) //=> [subset, rate]
 */
export function findRelations(
  norm: string,
  mentions: readonly Mention[],
  lineStart: number,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  const used = new Set<number>();
  // 其中 …
  for (let p = norm.indexOf("其中"); p !== -1; p = norm.indexOf("其中", p + 2)) {
    const at = lineStart + p;
    const wholeIdx = mentions.findLastIndex((m) => m.end <= at && m.kind === "count");
    const whole = mentions[wholeIdx];
    if (!whole) continue;
    const sentenceEnd = norm.slice(p).search(/[。；;]/);
    const limit = lineStart + (sentenceEnd === -1 ? norm.length : p + sentenceEnd);
    const parts: number[] = [];
    mentions.forEach((m, i) => {
      if (m.start >= at && m.end <= limit && sameKind(m, whole) && m.depth === mentions[wholeIdx + 1]?.depth)
        parts.push(i);
    });
    if (parts.length === 0) continue;
    const w = exact(whole);
    const values = parts.map((i) => exact(mentions[i] as Mention));
    const adds =
      w && values.every((v) => v !== undefined) && parts.length >= 2 && eq(sumOf(values as Rational[]), w);
    out.push({ type: adds ? "sum" : "subset", whole: wholeIdx, parts });
    used.add(wholeIdx);
  }
  // a total followed by bracketed parts that add up to it
  mentions.forEach((m, i) => {
    const local = m.after;
    if (used.has(i) || !/^[(（]/.test(norm.slice(local))) return;
    const close = matchingParen(norm, local);
    if (close === -1) return;
    const inner = mentions
      .map((x, j) => [x, j] as const)
      .filter(
        ([x]) =>
          x.start >= lineStart + local &&
          x.end <= lineStart + close &&
          x.depth === m.depth + 1 &&
          sameKind(x, m),
      );
    const firstSub = norm.indexOf("其中", local);
    const top = inner.filter(([x]) => firstSub === -1 || firstSub > close || x.start < lineStart + firstSub);
    const w = exact(m);
    const vals = top.map(([x]) => exact(x));
    if (top.length >= 2 && w && vals.every((v) => v !== undefined) && eq(sumOf(vals as Rational[]), w)) {
      out.push({ type: "sum", whole: i, parts: top.map(([, j]) => j) });
    }
  });
  // N项…中的M项: a part named out of a whole
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || used.has(i) || !sameKind(m, next) || next.depth !== m.depth) return;
    const gap = norm.slice(m.after, next.numberStart - lineStart);
    if (/^[^，,。；;：:、]{0,20}中的?[约近共]?$/.test(gap))
      out.push({ type: "subset", whole: i, parts: [i + 1] });
  });
  // 纠错率 whose parts are named earlier in the sentence: (撤销 + 变更 + 确认违法 + 责令履行) ÷ (结案 − 不予受理).
  // Read before the generic rule below, which would take the two nearest counts (维持, 不予受理 …).
  const correctionRate = (r: Mention, i: number): FoundRelation | undefined => {
    const before = mentions
      .map((x, j) => [x, j] as const)
      .filter(([x, j]) => j < i && x.sentence === r.sentence && x.kind === "count" && !x.magnitude);
    const den = before.findLast(([x]) => /结案|审结|办结|终结/.test(x.label) && !/不予受理/.test(x.label));
    const num = before.filter(
      ([x, j]) =>
        j !== den?.[1] &&
        /撤销|变更|确认违法|责令(履行|重作|重新)|纠错|纠正/.test(x.label) &&
        !/维持|驳回|不予受理/.test(x.label),
    );
    if (!den || num.length === 0) return undefined;
    const excludes = before.filter(([x, j]) => j !== den[1] && /不予受理/.test(x.label));
    return {
      type: "correctionRate",
      rate: i,
      numerator: num.map(([, j]) => j),
      denominator: den[1],
      excludes: excludes.map(([, j]) => j),
    };
  };
  // rates
  mentions.forEach((r, i) => {
    if (r.kind !== "rate" || r.qualifier !== "exact") return;
    const named = r.rateKind === "reconsiderationCorrection" ? correctionRate(r, i) : undefined;
    if (named) {
      out.push(named);
      return;
    }
    const before = mentions
      .map((x, j) => [x, j] as const)
      .filter(
        ([x, j]) =>
          j < i && x.sentence === r.sentence && x.depth === r.depth && x.kind === "count" && !x.magnitude,
      );
    const next = mentions[i + 1];
    const last = before[before.length - 1];
    if (
      last &&
      next &&
      next.depth === r.depth + 1 &&
      sameKind(next, last[0]) &&
      /^[(（]/.test(norm.slice(r.after))
    ) {
      out.push({ type: "rate", rate: i, numerator: last[1], denominator: i + 1 });
      return;
    }
    const prev = before[before.length - 2];
    if (!last || !prev || !sameKind(last[0], prev[0])) return;
    const [num, den] = [exact(last[0]), exact(prev[0])];
    if (num && den && num.n * den.d <= den.n * num.d)
      out.push({ type: "rate", rate: i, numerator: last[1], denominator: prev[1] });
  });
  // N个 … (a、b、c)
  mentions.forEach((m, i) => {
    if (m.kind !== "count" || !/^\d+$/.test(m.value) || m.magnitude) return;
    const rest = norm.slice(m.after);
    const stop = rest.search(/[。；;]/);
    const scope = stop === -1 ? rest : rest.slice(0, stop);
    for (let p = scope.search(/[(（]/); p !== -1; ) {
      const open = m.after + p;
      const close = matchingParen(norm, open);
      if (close === -1) break;
      const items = norm
        .slice(open + 1, close)
        .split(/[、,，]/)
        .map((x) => x.trim())
        .filter(Boolean);
      if (
        items.length >= 2 &&
        items.length === Number(m.value) &&
        norm.slice(open + 1, close).includes("、")
      ) {
        out.push({ type: "listCount", count: i, items, start: lineStart + open + 1, end: lineStart + close });
        return;
      }
      const nextP = scope.slice(close - m.after + 1).search(/[(（]/);
      p = nextP === -1 ? -1 : close - m.after + 1 + nextP;
    }
  });
  return out;
}

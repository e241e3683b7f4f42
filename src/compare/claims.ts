import type { ConceptCode } from "../codelists";
import type { Indicator, Report } from "../model";
import {
  abs,
  cmp,
  formatInterval,
  type Interval,
  intersects,
  intervalOf,
  intervalSub,
  rational,
  statedInterval,
  sub,
  toDecimalString,
} from "../numbers";
import { checkStatedRate, percentagePointChange } from "../rates";
import { exactOf, type Figure, figureOf, intervalOfFigure } from "./figure";

/**
 * A claim of this year's report about last year (同比增长12%, 较上年下降3个百分点, 比上年增加438件, 上年的824件), checked
 * against last year's report with the interval rules of rates.
 * @example
 * const claim: ClaimCheck = compareReports(previous, current).claims[0];
 * claim.verdict //=> "pass"
 */
export interface ClaimCheck {
  /** `yoy`: change in %; `percentagePoints`: change of a rate; `difference`: change in units; `lastYearFigure`. */
  readonly kind: "yoy" | "percentagePoints" | "difference" | "lastYearFigure";
  readonly indicatorId: string;
  /** JSON Pointer of the claim in this year's report. */
  readonly pointer: string;
  readonly quote?: string;
  readonly concept?: ConceptCode;
  readonly stated: string;
  readonly direction?: "increase" | "decrease";
  readonly previous?: Figure;
  readonly current?: Figure;
  /** What the two reports give, exactly (a percentage for yoy, points for percentagePoints, units otherwise). */
  readonly computed?: string;
  /** The values the stated claim accepts (halfUp at its printed precision). */
  readonly interval?: string;
  readonly verdict: "pass" | "passOtherMode" | "fail" | "notApplicable";
  readonly reason?: "noSubject" | "noPreviousFigure" | "noCurrentFigure" | "approximate" | "zeroBase";
}

type Coded = ReadonlyMap<string, ConceptCode>;

/** The figure of a concept for a year in a report. @internal */
export function figureFor(report: Report, codes: Coded, concept: ConceptCode, year: number | undefined) {
  const i = report.indicators.findIndex(
    (ind) => codes.get(ind.id) === concept && (ind.year ?? report.reportYear) === year,
  );
  const ind = report.indicators[i];
  return ind ? figureOf(ind, `/indicators/${i}`) : undefined;
}

function claimKind(report: Report, ind: Indicator, coded: boolean): ClaimCheck["kind"] | undefined {
  if (ind.kind === "change" && ind.unit === "%") return "yoy";
  if (ind.kind === "percentagePoints") return "percentagePoints";
  const lastYear = report.reportYear !== undefined && ind.year === report.reportYear - 1;
  if (lastYear && coded) return "lastYearFigure";
  if ((ind.kind === "count" || ind.kind === "amount") && ind.direction !== undefined && !lastYear)
    return "difference";
  return undefined;
}

// The figure a change is about: the nearest coded figure of this year before it, in the same section.
function subjectOf(report: Report, codes: Coded, at: number, rate: boolean): ConceptCode | undefined {
  const claim = report.indicators[at];
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const ind = report.indicators[j];
    const code = ind ? codes.get(ind.id) : undefined;
    if (!ind || !code || (ind.year ?? report.reportYear) !== report.reportYear) continue;
    if ((ind.kind === "rate") !== rate) continue;
    const [a, b] = [ind.evidence?.[0]?.sectionId, claim?.evidence?.[0]?.sectionId];
    if (a !== undefined && b !== undefined && a !== b) return undefined;
    return code;
  }
  return undefined;
}

const point = (f: Figure): Interval =>
  f.qualifier || f.magnitude || f.value.includes(".")
    ? (intervalOfFigure(f) ?? intervalOf(exactOf(f)))
    : intervalOf(exactOf(f));
const signOf = (d: ReturnType<typeof sub>) =>
  cmp(d, rational(0)) > 0 ? "increase" : cmp(d, rational(0)) < 0 ? "decrease" : undefined;

function judge(kind: ClaimCheck["kind"], stated: Indicator, prev: Figure, cur: Figure | undefined) {
  if (kind === "lastYearFigure") {
    const mine = figureOf(stated, "");
    const ok = mine !== undefined && intersects(point(mine), point(prev));
    return { computed: prev.exact, verdict: ok ? "pass" : "fail" } as const;
  }
  if (!cur) return { verdict: "notApplicable", reason: "noCurrentFigure" } as const;
  const delta = sub(exactOf(cur), exactOf(prev));
  const wrongWay =
    stated.direction !== undefined && signOf(delta) !== undefined && signOf(delta) !== stated.direction;
  if (kind === "yoy") {
    if (prev.qualifier || cur.qualifier) return { verdict: "notApplicable", reason: "approximate" } as const;
    if (cmp(exactOf(prev), rational(0)) === 0)
      return { verdict: "notApplicable", reason: "zeroBase" } as const;
    const check = checkStatedRate({
      stated: stated.value,
      numerator: toDecimalString(abs(delta), 6),
      denominator: prev.exact,
    });
    if (!check.success) return { verdict: "notApplicable", reason: "zeroBase" } as const;
    return {
      computed: check.value.computed,
      interval: check.value.interval,
      verdict: wrongWay ? "fail" : check.value.status,
    } as const;
  }
  // percentagePoints (rates as printed are rounded) and difference (counts are exact unless qualified or scaled)
  const rounded = kind === "percentagePoints";
  const iv = (f: Figure) => (rounded ? (intervalOfFigure(f) ?? point(f)) : point(f));
  const between = intervalSub(iv(cur), iv(prev));
  const mine = figureOf(stated, "");
  const claimed = (mode: "halfUp" | "truncate") =>
    stated.magnitude && mine ? intervalOfFigure(mine) : statedInterval(stated.value, { mode });
  const absolute = (x: Interval): Interval =>
    signOf(delta) === "decrease" ? intervalSub(intervalOf(rational(0)), x) : x;
  const holds = (mode: "halfUp" | "truncate") => {
    const c = claimed(mode);
    return c !== undefined && intersects(absolute(between), c);
  };
  const verdict = wrongWay ? "fail" : holds("halfUp") ? "pass" : holds("truncate") ? "passOtherMode" : "fail";
  const c = claimed("halfUp");
  return {
    computed: percentagePointChange(cur.exact, prev.exact).value,
    ...(c ? { interval: formatInterval(c) } : {}),
    verdict,
  } as const;
}

/** Every claim about last year in `current`, checked against `previous`. @internal */
export function checkClaims(
  previous: Report,
  current: Report,
  prevCodes: Coded,
  curCodes: Coded,
): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  for (const [i, ind] of current.indicators.entries()) {
    const kind = claimKind(current, ind, curCodes.has(ind.id));
    if (!kind) continue;
    const concept =
      kind === "lastYearFigure"
        ? curCodes.get(ind.id)
        : subjectOf(current, curCodes, i, kind === "percentagePoints");
    const base = {
      kind,
      indicatorId: ind.id,
      pointer: `/indicators/${i}`,
      ...(ind.evidence?.[0]?.quote ? { quote: ind.evidence[0].quote } : {}),
      stated: ind.value,
      ...(ind.direction ? { direction: ind.direction } : {}),
    };
    if (!concept) {
      out.push({ ...base, verdict: "notApplicable", reason: "noSubject" });
      continue;
    }
    const prev = figureFor(previous, prevCodes, concept, previous.reportYear);
    const cur = figureFor(current, curCodes, concept, current.reportYear);
    const known = { ...base, concept, ...(prev ? { previous: prev } : {}), ...(cur ? { current: cur } : {}) };
    out.push(
      prev
        ? { ...known, ...judge(kind, ind, prev, cur) }
        : { ...known, verdict: "notApplicable", reason: "noPreviousFigure" },
    );
  }
  return out;
}

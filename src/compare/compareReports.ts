import { CONCEPTS, type ConceptCode } from "../codelists";
import type { Locale } from "../locales";
import type { Report } from "../model";
import { percentagePointChange, yoyChange } from "../rates";
import { conceptsOf } from "../tables/assignConcepts";
import { type ClaimCheck, checkClaims, figureFor } from "./claims";
import { type DefinitionChange, definitionChanges } from "./definitions";
import type { Figure } from "./figure";
import { pairMessage } from "./messages";
import { PAIR_RULES, type PairRuleId } from "./pairRules";
import { followUps, type PlanFollowUp } from "./plans";

/**
 * Both years' figures of one concept and the change between them, exact.
 * @example
 * compareReports(previous, current).concepts.find((c) => c.concept === "mediationSuccessRate")
 * //=> { previous: { value: "78", … }, current: { value: "81", … }, change: { value: "3", unit: "percentagePoints", direction: "increase" } }
 */
export interface ConceptComparison {
  readonly concept: ConceptCode;
  readonly kind: "count" | "rate";
  readonly previous?: Figure;
  readonly current?: Figure;
  /** A count: the difference in units and the change in % (2 decimals, half-up); a rate: the change in points. */
  readonly change?: {
    readonly difference: string;
    readonly percent?: string;
    readonly percentagePoints?: string;
    readonly direction: "increase" | "decrease" | "none";
    readonly explanation: { readonly zh: string; readonly en: string };
  };
  /** A figure is qualified (余, 以上, 约 …): the change is approximate. */
  readonly approximate: boolean;
}

/**
 * A finding of a pair rule (`PAIR_RULES`), pointing into the report it is about.
 * @example
 * const f: PairFinding = compareReports(previous, current).findings[0];
 * f.ruleId //=> "FZ-PAIR-002"
 */
export interface PairFinding {
  readonly ruleId: PairRuleId;
  readonly severity: "error" | "warning" | "info";
  readonly report: "previous" | "current";
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly message: string;
}

/**
 * What `compareReports` returns: plain JSON data.
 * @example
 * const c: Comparison = compareReports(previous, current);
 * c.findings.length //=> 2
 */
export interface Comparison {
  readonly previous: {
    readonly reportId: string;
    readonly jurisdiction: string;
    readonly reportYear?: number;
  };
  readonly current: {
    readonly reportId: string;
    readonly jurisdiction: string;
    readonly reportYear?: number;
  };
  readonly concepts: readonly ConceptComparison[];
  readonly claims: readonly ClaimCheck[];
  readonly plans: readonly PlanFollowUp[];
  readonly definitionChanges: readonly DefinitionChange[];
  readonly findings: readonly PairFinding[];
}

function change(kind: "count" | "rate", p: Figure, c: Figure): NonNullable<ConceptComparison["change"]> {
  const diff = percentagePointChange(c.exact, p.exact); // the exact difference, at the finer precision
  // a count's change is year on year, unless last year's figure is zero; a rate's is in percentage points
  const yoy = kind === "count" && Number(p.exact) !== 0 ? yoyChange(c.exact, p.exact) : undefined;
  const by = yoy ?? diff;
  return {
    difference: diff.value,
    ...(kind === "rate" ? { percentagePoints: diff.value } : {}),
    ...(yoy ? { percent: yoy.value } : {}),
    direction: by.direction,
    explanation: by.explanation,
  };
}

/**
 * Two reports of one jurisdiction in consecutive years, compared: for every shared concept both values and the
 * change (in % for counts, in percentage points for rates, exact); this year's claims about last year (同比增长12%,
 * 较上年下降3个百分点, 比上年增加438件, 上年的824件) checked against last year's report with the interval rules of
 * rates; last year's plans matched against this year's measures; coded indicators whose definition changed. Each
 * problem is also a finding of a pair rule (`PAIR_RULES`) with a message in `locale`.
 *
 * @example
 * const c = compareReports(linhe2022, linhe2023, { locale: "en" });
 * c.concepts.find((x) => x.concept === "mediationCases")?.change
 * //=> { difference: "952", percent: "9.52", direction: "increase", … } for 10000 → 10952
 * c.claims.filter((x) => x.verdict === "fail") // claims last year's report does not bear out
 */
export function compareReports(
  previous: Report,
  current: Report,
  options: { readonly locale?: Locale } = {},
): Comparison {
  const locale = options.locale ?? "zh-CN";
  const [pc, cc] = [conceptsOf(previous), conceptsOf(current)];
  const findings: PairFinding[] = [];
  const severity = (id: PairRuleId) => PAIR_RULES.find((r) => r.id === id)?.severity ?? "warning";
  const add = (
    ruleId: PairRuleId,
    report: "previous" | "current",
    path: string,
    params: Record<string, string>,
  ) =>
    findings.push({
      ruleId,
      severity: severity(ruleId),
      report,
      path,
      params,
      message: pairMessage(ruleId, params, locale),
    });
  const who = (r: Report) => `${r.jurisdiction.name} ${r.reportYear ?? "?"}`;
  if (
    previous.jurisdiction.name !== current.jurisdiction.name ||
    previous.reportYear === undefined ||
    current.reportYear !== previous.reportYear + 1
  )
    add("FZ-PAIR-001", "current", "", { previous: who(previous), current: who(current) });

  const concepts: ConceptComparison[] = [];
  for (const entry of CONCEPTS) {
    const p = figureFor(previous, pc, entry.code, previous.reportYear);
    const c = figureFor(current, cc, entry.code, current.reportYear);
    if (!p && !c) continue;
    concepts.push({
      concept: entry.code,
      kind: entry.kind,
      ...(p ? { previous: p } : {}),
      ...(c ? { current: c } : {}),
      ...(p && c ? { change: change(entry.kind, p, c) } : {}),
      approximate: p?.qualifier !== undefined || c?.qualifier !== undefined,
    });
  }

  const claims = checkClaims(previous, current, pc, cc);
  for (const claim of claims) {
    if (claim.verdict !== "fail" || !claim.previous) continue;
    const show = (f: Figure | undefined) => (f ? `${f.value}${f.magnitude ?? ""}${f.unit ?? ""}` : "");
    const params = {
      quote: claim.quote ?? claim.indicatorId,
      stated: claim.stated,
      previousValue: show(claim.previous),
      currentValue: show(claim.current),
      computed: claim.computed ?? "",
      interval: claim.interval ?? "",
    };
    add(claim.kind === "lastYearFigure" ? "FZ-PAIR-003" : "FZ-PAIR-002", "current", claim.pointer, params);
  }
  const plans = followUps(previous, current);
  for (const plan of plans)
    if (!plan.followedUp) add("FZ-PAIR-004", "previous", plan.pointer, { text: plan.text });
  const changes = definitionChanges(previous, current, pc, cc);
  for (const d of changes)
    add("FZ-PAIR-005", "current", d.pointer, {
      concept: d.concept,
      what: d.what,
      previous: d.previous,
      current: d.current,
    });

  const id = (r: Report) => ({
    reportId: r.id,
    jurisdiction: r.jurisdiction.name,
    ...(r.reportYear !== undefined ? { reportYear: r.reportYear } : {}),
  });
  return {
    previous: id(previous),
    current: id(current),
    concepts,
    claims,
    plans,
    definitionChanges: changes,
    findings,
  };
}

import type { Indicator, RateRelation, Report } from "../../model";
import {
  applyMagnitude,
  type Interval,
  intersects,
  intervalDiv,
  intervalOf,
  isZero,
  magnitudeFactor,
  mul,
  type Rational,
  rational,
  statedInterval,
  sub,
  sumRationals,
} from "../../numbers";
import { type CheckResult, type DerivedRate, deriveRates } from "../../rates";
import type { Settled } from "../engine/ruleHead";
import type { RuleContext } from "../engine/types";

/**
 * A rate relation's verdict for the rules: `"pass"` when it holds under its stated mode, else its full derivation,
 * whose check (when there is one) is then `passOtherMode` or `fail`, never `pass`.
 */
export type RateVerdict = "pass" | DerivedRate;

const cache = new WeakMap<Report, Map<string, readonly RateVerdict[]>>();

const total = (inds: readonly Indicator[]): Rational | undefined => {
  const values = inds.map((ind) => applyMagnitude(ind.value, ind.magnitude));
  return values.every((v) => v !== undefined) ? sumRationals(values as Rational[]) : undefined;
};

// Scales by a positive factor.
const scale = (iv: Interval, k: Rational): Interval => ({
  ...(iv.lower ? { lower: mul(iv.lower, k) } : {}),
  ...(iv.upper ? { upper: mul(iv.upper, k) } : {}),
  lowerClosed: iv.lowerClosed,
  upperClosed: iv.upperClosed,
});

/**
 * An input of the check as an interval, read as `checkStatedRate` reads it: one indicator as printed, widened by its
 * qualifier and then scaled by its magnitude (1.5万余 is [14500, +∞)); several indicators, or any with exclusions,
 * as their exact total.
 */
function inputInterval(ind: Indicator | undefined, sum: Rational): Interval {
  const q = ind?.qualifier ?? "exact";
  if (!ind || q === "exact") return intervalOf(sum);
  const factor = rational(ind.magnitude ? magnitudeFactor(ind.magnitude) : 1n);
  return scale(statedInterval(ind.value, { qualifier: q }) as Interval, factor);
}

/**
 * Whether `deriveRates` finds this relation's stated rate consistent under its stated (or the configured) rounding
 * mode (`check.status === "pass"`): the same inputs, intervals and comparison as `checkStatedRate`, without the
 * other modes, the rounded figures and the explanations that only a finding needs. `false` for a relation that
 * fails, passes only under another mode or cannot be computed: it then gets the full derivation.
 *
 * @internal
 * @example
 * // 8 of 10 stated as 80%: true; stated as 81%: false (deriveRates says why)
 * holdsUnderStatedMode(byId, { id: "q", type: "rate", rate: "r", numerator: ["a"], denominator: ["b"] }, context)
 */
export function holdsUnderStatedMode(
  byId: ReadonlyMap<string, Indicator>,
  rel: RateRelation,
  context: RuleContext,
): boolean {
  const excludeRejected = context.denominators.reconsiderationCorrection?.excludeRejected ?? true;
  const excludedIds =
    rel.rateKind === "reconsiderationCorrection" && !excludeRejected ? [] : (rel.denominatorExcludes ?? []);
  const stated = byId.get(rel.rate);
  const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id));
  const [num, den, exc] = [pick(rel.numerator), pick(rel.denominator), pick(excludedIds)];
  if (!stated || [num, den, exc].some((inds) => inds.some((i) => i === undefined))) return false;
  const n = total(num as Indicator[]);
  const d0 = total(den as Indicator[]);
  const x = total(exc as Indicator[]);
  if (!n || !d0 || !x) return false;
  const d = sub(d0, x);
  if (isZero(d)) return false;
  const single = (inds: readonly (Indicator | undefined)[]) =>
    inds.length === 1 && excludedIds.length === 0 ? inds[0] : undefined;
  const accepted = statedInterval(stated.value, {
    mode: stated.rounding ?? context.roundingMode,
    ...(stated.qualifier ? { qualifier: stated.qualifier } : {}),
  });
  const computed = intervalDiv(
    scale(inputInterval(single(num), n), rational(100)),
    inputInterval(single(den), d),
  );
  return accepted !== undefined && intersects(accepted, computed);
}

/**
 * The verdict of every rate relation of the report, in order, computed once per report and options however many
 * rules ask (FZ-RATE-001 and FZ-RATE-002 read the same). A rate that holds under its stated mode costs one interval
 * comparison; only the others are derived in full (`deriveRates`: every rounding mode, the figures and the
 * explanation a finding shows). The cache is keyed weakly by the parsed report, which `validateReport` makes
 * fresh for each call.
 */
export function rateVerdicts(report: Report, context: RuleContext): readonly RateVerdict[] {
  const key = `${context.roundingMode}|${JSON.stringify(context.denominators)}`;
  let byOptions = cache.get(report);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(report, byOptions);
  }
  const known = byOptions.get(key);
  if (known) return known;
  // The last of a duplicated id wins, as in deriveRates.
  const byId = new Map(report.indicators.map((ind) => [ind.id, ind] as const));
  const verdicts: Array<RateVerdict | number> = [];
  const rest: RateRelation[] = [];
  report.relations.forEach((rel, i) => {
    if (rel.type !== "rate") return;
    if (holdsUnderStatedMode(byId, rel, context)) verdicts.push("pass");
    else {
      verdicts.push(i);
      rest.push(rel);
    }
  });
  const derived = deriveRates(
    { ...report, relations: rest },
    { mode: context.roundingMode, denominators: context.denominators },
  );
  let next = 0;
  const out = verdicts.map((v): RateVerdict => {
    if (v === "pass") return v;
    const d = derived[next++] as DerivedRate;
    return { ...d, path: `/relations/${v}` };
  });
  byOptions.set(key, out);
  return out;
}

/**
 * The verdict of the report's `nth` rate relation as FZ-RATE-001 and FZ-RATE-002 read it: settled when it holds
 * under its stated mode or cannot be computed, else its derivation and check (`passOtherMode` or `fail`).
 */
export function rateCheck(
  report: Report,
  context: RuleContext,
  nth: number,
): Settled | { readonly derived: DerivedRate; readonly check: CheckResult } {
  const d = rateVerdicts(report, context)[nth] as RateVerdict;
  if (d === "pass") return { status: "pass" };
  if (!d.check) return { status: "notApplicable", reason: d.notApplicable ?? "rate could not be computed" };
  return { derived: d, check: d.check };
}

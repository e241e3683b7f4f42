import type { Indicator, RateRelation, Report } from "../../model";
import {
  applyMagnitude,
  decimalPlaces,
  type Interval,
  intersects,
  intervalDiv,
  intervalOf,
  isZero,
  mul,
  parseDecimal,
  type Rational,
  rational,
  statedInterval,
  sub,
  sumRationals,
} from "../../numbers";
import { type DerivedRate, deriveRates } from "../../rates";
import type { RuleContext } from "../engine/types";

/** A rate relation's verdict for the rules: `"pass"` when it holds under its stated mode, else its full derivation. */
export type RateVerdict = "pass" | DerivedRate;

const cache = new WeakMap<Report, Map<string, readonly RateVerdict[]>>();

const total = (inds: readonly Indicator[]): Rational | undefined => {
  const values = inds.map((ind) => applyMagnitude(ind.value, ind.magnitude));
  return values.every((v) => v !== undefined) ? sumRationals(values as Rational[]) : undefined;
};

/** An input of the check as an interval: exact, or widened by its qualifier (as `checkStatedRate` reads it). */
function inputInterval(ind: Indicator | undefined, fallback: Rational): Interval | undefined {
  if (!ind) return intervalOf(fallback);
  if (ind.magnitude) {
    const v = applyMagnitude(ind.value, ind.magnitude);
    return intervalOf(v ?? fallback);
  }
  const point = parseDecimal(ind.value.trim());
  if (!point) return undefined;
  const q = ind.qualifier ?? "exact";
  return q === "exact" ? intervalOf(point) : statedInterval(ind.value, { qualifier: q });
}

const scale100 = (iv: Interval): Interval => ({
  ...(iv.lower ? { lower: mul(iv.lower, rational(100)) } : {}),
  ...(iv.upper ? { upper: mul(iv.upper, rational(100)) } : {}),
  lowerClosed: iv.lowerClosed,
  upperClosed: iv.upperClosed,
});

/**
 * Whether `deriveRates` would find this relation's stated rate consistent under its stated (or the configured)
 * rounding mode: the same inputs and intervals, without the other modes, the rounded figures and the
 * explanations that only a finding needs. `false` means "not certain": the relation then gets the full derivation.
 */
function holdsUnderStatedMode(
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
  if (isZero(d) || decimalPlaces(stated.value) > 20) return false;
  const single = (inds: readonly (Indicator | undefined)[]) =>
    inds.length === 1 && excludedIds.length === 0 ? inds[0] : undefined;
  const numIv = inputInterval(single(num), n);
  const denIv = inputInterval(single(den), d);
  if (!numIv || !denIv || !parseDecimal(stated.value.trim()) || !denIv.lower || isZero(denIv.lower))
    return false;
  if (denIv.lower !== denIv.upper) return false;
  const accepted = statedInterval(stated.value, {
    mode: stated.rounding ?? context.roundingMode,
    ...(stated.qualifier ? { qualifier: stated.qualifier } : {}),
  });
  return accepted !== undefined && intersects(accepted, intervalDiv(scale100(numIv), denIv));
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
  const derived =
    rest.length > 0
      ? deriveRates(
          { ...report, relations: rest },
          { mode: context.roundingMode, denominators: context.denominators },
        )
      : [];
  let next = 0;
  const out = verdicts.map((v): RateVerdict => {
    if (v === "pass") return v;
    const d = derived[next++] as DerivedRate;
    return { ...d, path: `/relations/${v}` };
  });
  byOptions.set(key, out);
  return out;
}

import { FazhiError } from "../error";
import type { Indicator, RateKind, RateRelation, Report } from "../model";
import { applyMagnitude, decimalPlaces, type RoundingMode, sub, sumRationals } from "../numbers";
import { type CheckResult, checkStatedRate, type StatedNumber } from "./check";
import type { RateDenominatorOptions } from "./named";
import { statedNumberOf } from "./quantity";
import { optionsIssue, type RateResult, safeRate } from "./rate";

/**
 * An input of a derived rate: which indicator, in which role, its value and where it is in the report.
 * @example
 * deriveRates(report)[0]?.inputs[0] // { id: "mediated-success", role: "numerator", value: "8881", path: "/indicators/31" }
 */
export interface DerivedInput {
  readonly id: string;
  readonly role: "numerator" | "denominator" | "excluded";
  readonly value: string;
  readonly path: string;
}

/**
 * A rate computed from a report's own figures, compared with what the report states.
 * @example
 * const [first]: DerivedRate[] = deriveRates(report);
 * first?.check?.status // "pass" | "passOtherMode" | "fail"
 */
export interface DerivedRate {
  readonly relationId: string;
  /** JSON Pointer of the rate relation. */
  readonly path: string;
  readonly rateIndicatorId: string;
  readonly rateKind?: RateKind;
  readonly stated?: string;
  readonly computed?: RateResult;
  readonly check?: CheckResult;
  readonly inputs: readonly DerivedInput[];
  /** Why nothing could be computed (a missing indicator, a zero denominator …). */
  readonly notApplicable?: string;
}

/**
 * Options of `deriveRates`.
 * @example
 * deriveRates(report, { mode: "truncate", denominators: { reconsiderationCorrection: { excludeRejected: false } } });
 */
export interface DeriveRatesOptions {
  /** Rounding mode assumed for stated rates. Default `halfUp`. */
  readonly mode?: RoundingMode;
  readonly denominators?: RateDenominatorOptions;
}

type IndicatorIndex = ReadonlyMap<string, { readonly ind: Indicator; readonly path: string }>;

function deriveOne(
  byId: IndicatorIndex,
  rel: RateRelation,
  index: number,
  options: DeriveRatesOptions,
): DerivedRate {
  const path = `/relations/${index}`;
  const base = {
    relationId: rel.id,
    path,
    rateIndicatorId: rel.rate,
    ...(rel.rateKind ? { rateKind: rel.rateKind } : {}),
  };
  const excludeRejected = options.denominators?.reconsiderationCorrection?.excludeRejected ?? true;
  const excluded =
    rel.rateKind === "reconsiderationCorrection" && !excludeRejected ? [] : (rel.denominatorExcludes ?? []);
  const roles = [
    ...rel.numerator.map((id) => ["numerator", id] as const),
    ...rel.denominator.map((id) => ["denominator", id] as const),
    ...excluded.map((id) => ["excluded", id] as const),
  ];
  const missing: string[] = [];
  const lookup = (id: string) => {
    const entry = byId.get(id);
    if (!entry) missing.push(id);
    return entry;
  };
  const rateEntry = lookup(rel.rate);
  const found = roles.flatMap(([role, id]) => {
    const entry = lookup(id);
    return entry ? [{ role, id, ...entry }] : [];
  });
  if (missing.length > 0 || !rateEntry)
    return { ...base, inputs: [], notApplicable: `unknown indicator: ${missing.join(", ")}` };
  const stated = rateEntry.ind;
  const inputs: DerivedInput[] = found.map(({ id, role, ind, path }) => ({
    id,
    role,
    value: ind.value,
    path,
  }));
  const sum = (role: DerivedInput["role"]) => found.filter((f) => f.role === role).map((f) => f.ind);
  const total = (inds: Indicator[]) => {
    const values = inds.map((ind) => applyMagnitude(ind.value, ind.magnitude));
    return values.every((v) => v !== undefined)
      ? sumRationals(values.filter((v) => v !== undefined))
      : undefined;
  };
  const n = total(sum("numerator"));
  const d0 = total(sum("denominator"));
  const x = total(sum("excluded"));
  if (!n || !d0 || !x) return { ...base, inputs, notApplicable: "an input is not a number" };
  const d = sub(d0, x);
  const mode = options.mode ?? "halfUp";
  const computed = safeRate(n, d, { precision: decimalPlaces(stated.value), mode });
  if (!computed.success)
    return {
      ...base,
      stated: stated.value,
      inputs,
      notApplicable: computed.issues[0]?.code ?? "invalidInput",
    };
  const single = (inds: Indicator[], fallback: typeof n): StatedNumber | typeof n =>
    inds.length === 1 && inds[0] && excluded.length === 0 ? statedNumberOf(inds[0]) : fallback;
  const check = checkStatedRate({
    stated: stated.value,
    ...(stated.qualifier ? { qualifier: stated.qualifier } : {}),
    numerator: single(sum("numerator"), n),
    denominator: single(sum("denominator"), d),
    mode: stated.rounding ?? mode,
  });
  return {
    ...base,
    stated: stated.value,
    computed: computed.value,
    ...(check.success ? { check: check.value } : {}),
    inputs,
  };
}

/**
 * Computes every rate the report's relations allow, from its own indicators (magnitudes applied, Σ numerator ÷
 * (Σ denominator − Σ excluded)), and compares each with the stated rate. A relation whose inputs are missing or
 * not numbers gives an entry with `notApplicable`; absent or `null` options are the defaults; the only throw is a
 * `FazhiError` with code `invalidOptions` for an unknown `mode`. The result is plain data (`JSON.stringify` keeps
 * all of it).
 *
 * @example
 * deriveRates(linhe).map((r) => [r.stated, r.computed?.value, r.check?.status])
 * //=> [["92.98", "92.98", "pass"], ["81", "81", "pass"], ["39", "39", "pass"]]
 * deriveRates(linhe, { denominators: { reconsiderationCorrection: { excludeRejected: false } } })[2]?.check?.status //=> "fail"
 */
export function deriveRates(report: Report, options?: DeriveRatesOptions | null): DerivedRate[] {
  const given = options ?? {};
  const mode = given.mode ?? "halfUp";
  const bad = optionsIssue(0, mode);
  if (bad) throw new FazhiError("invalidOptions", [{ ...bad, path: "/options/mode" }]);
  const resolved: DeriveRatesOptions = { ...given, mode };
  const out: DerivedRate[] = [];
  // One index for all relations: building it per relation made this quadratic on long reports.
  const byId: IndicatorIndex = new Map(
    report.indicators.map((ind, i) => [ind.id, { ind, path: `/indicators/${i}` }] as const),
  );
  report.relations.forEach((rel, i) => {
    if (rel.type === "rate") out.push(deriveOne(byId, rel, i, resolved));
  });
  return out;
}

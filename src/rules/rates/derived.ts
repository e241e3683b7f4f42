import type { Report } from "../../model";
import { type DerivedRate, deriveRates } from "../../rates";
import type { RuleContext } from "../engine/types";

const cache = new WeakMap<Report, Map<string, readonly DerivedRate[]>>();

/**
 * `deriveRates` for a rule, computed once per report and options however many rules ask (FZ-RATE-001 and
 * FZ-RATE-002 read the same derivation). Reports are frozen in practice during a validation; the cache is keyed
 * weakly by the parsed report, which `validateReport` makes fresh for each call.
 */
export function derivedRates(report: Report, context: RuleContext): readonly DerivedRate[] {
  const key = `${context.roundingMode}|${JSON.stringify(context.denominators)}`;
  let byOptions = cache.get(report);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(report, byOptions);
  }
  let derived = byOptions.get(key);
  if (!derived) {
    derived = deriveRates(report, { mode: context.roundingMode, denominators: context.denominators });
    byOptions.set(key, derived);
  }
  return derived;
}

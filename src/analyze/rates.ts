import type { Report } from "../model";
import { type DerivedRate, type DeriveRatesOptions, deriveRates } from "../rates";
import type { AnalyzeOptions } from "./options";
import type { DocumentRate } from "./result";

/**
 * The rates of a report as plain data: `deriveRates`, with the exact value of each computed rate as `"n/d"`. None
 * without a report, or when the options say `rates: false`.
 */
export function documentRates(report: Report | undefined, options: AnalyzeOptions): DocumentRate[] {
  if (!report || options.rates === false) return [];
  return deriveRates(report, rateOptions(options)).map(plainRate);
}

function plainRate(r: DerivedRate): DocumentRate {
  const { computed, ...rest } = r;
  if (!computed) return rest;
  const { n, d } = computed.exact;
  return { ...rest, computed: { ...computed, exact: d === 1n ? `${n}` : `${n}/${d}` } };
}

/** The options of `deriveRates` among those of an analysis. */
const rateOptions = (options: AnalyzeOptions): DeriveRatesOptions => ({
  ...(options.roundingMode ? { mode: options.roundingMode } : {}),
  ...(options.denominators ? { denominators: options.denominators } : {}),
});

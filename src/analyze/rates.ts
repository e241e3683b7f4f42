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

// deriveRates' results are plain data already (the exact value a string "n/d"): a rate as it is.
const plainRate = (r: DerivedRate): DocumentRate => r;

/** The options of `deriveRates` among those of an analysis. */
const rateOptions = (options: AnalyzeOptions): DeriveRatesOptions => ({
  ...(options.roundingMode ? { mode: options.roundingMode } : {}),
  ...(options.denominators ? { denominators: options.denominators } : {}),
});

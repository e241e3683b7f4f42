export { type ChangeResult, percentagePointChange, sumOf, yoyChange } from "./change";
export { type CheckResult, checkStatedRate, type StatedNumber, type StatedRateInput } from "./check";
export { type DerivedInput, type DerivedRate, type DeriveRatesOptions, deriveRates } from "./derive";
export { type NumberInput, toRational } from "./input";
export {
  courtAppearanceRate,
  examPassRate,
  filingRate,
  litigationLossRate,
  mediationSuccessRate,
  onlineHandlingRate,
  type RateDenominatorOptions,
  reconsiderationCorrectionRate,
} from "./named";
export { checkSubset, checkSum } from "./partitions";
export {
  type Explanation,
  type RateOptions,
  type RateResult,
  rate,
  safeRate,
  share,
} from "./rate";

export { normalizeDigits, parseChineseNumeral } from "./chinese";
export {
  DECIMAL_PATTERN,
  decimalPlaces,
  isDecimalString,
  parseDecimal,
  toDecimalString,
  toFixedExact,
  UNSIGNED_DECIMAL_PATTERN,
} from "./decimal";
export {
  contains,
  formatInterval,
  type Interval,
  intersects,
  intervalAdd,
  intervalDiv,
  intervalOf,
  intervalSub,
  type StatedIntervalOptions,
  statedInterval,
  widen,
} from "./interval";
export { applyMagnitude, MAGNITUDES, type Magnitude, magnitudeFactor } from "./magnitude";
export {
  QUALIFIERS,
  type Qualifier,
  qualifierFromMarkers,
  qualifierPrefixes,
  qualifierSuffixes,
} from "./qualifier";
export {
  abs,
  add,
  cmp,
  div,
  eq,
  isInteger,
  isZero,
  max,
  min,
  mul,
  neg,
  type Rational,
  rational,
  sub,
  sumRationals,
} from "./rational";
export {
  isRoundingMode,
  MAX_DECIMAL_PLACES,
  ROUNDING_MODES,
  type RoundingMode,
  roundingModeOf,
  roundRational,
} from "./rounding";

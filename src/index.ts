/**
 * fazhi-report: the typed data model of China's annual rule-of-law government reports (法治政府建设年度报告),
 * with JSON Schemas, exact rate calculators and consistency checks.
 *
 * @packageDocumentation
 */

// One road for a document: JSON, NDJSON line, text or HTML → report, located findings, rates
export {
  type AnalyzeOptions,
  analyzeDocument,
  type DocumentAnalysis,
  type DocumentFinding,
  type DocumentLocator,
  type DocumentProblem,
  type DocumentRate,
  documentLocator,
} from "./analyze";
// Code lists (themes, levels, units, qualifiers, rate kinds …)
export * from "./codelists";
// Compare: two reports of one government in consecutive years
export * from "./compare";
// Extractor: from a published report's text to a draft with provenance
export * from "./extract";
// The model: zod schemas and their types, and the parse API
export * from "./model";
// Exact numbers: decimals as rationals, rounding modes, intervals of stated figures, Chinese numerals
export {
  applyMagnitude,
  contains,
  formatInterval,
  type Interval,
  isRoundingMode,
  MAX_DECIMAL_PLACES,
  parseChineseNumeral,
  parseDecimal,
  type Rational,
  ROUNDING_MODES,
  type RoundingMode,
  rational,
  roundingModeOf,
  type StatedIntervalOptions,
  statedInterval,
  toDecimalString,
} from "./numbers";
// Renderers of findings: text, JSON, SARIF 2.1.0, JUnit XML, GitHub annotations
export * from "./output";
// Rate calculators and interval checks of stated figures
export * from "./rates";
// Rules: the consistency-check catalogue and validateReport
export * from "./rules";
// JSON text with positions, for pointing findings at lines and columns
export * from "./source";
// Tables: reports flattened to typed rows, shared concept codes assigned
export * from "./tables";
export { VERSION } from "./version";

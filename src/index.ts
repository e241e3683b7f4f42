/**
 * fazhi-report: the typed data model of China's annual rule-of-law government reports (法治政府建设年度报告),
 * with JSON Schemas, exact rate calculators and consistency checks.
 *
 * This entry is a short, explicit list (a test pins it): what a user needs to parse, check, compute and render.
 * Groups that stand on their own have their own entries: `fazhi-report/model` (every zod schema),
 * `fazhi-report/extract` (text to a draft report), `fazhi-report/tables` (reports as typed rows) and
 * `fazhi-report/html` (an HTML page as text). Non-throwing functions return `Result` (`{ success, value | issues }`);
 * throwing ones throw `FazhiError`; every result is plain JSON data.
 *
 * @module fazhi-report
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
// Code lists (themes, levels, units, qualifiers, rate kinds …) with their zh-CN/en labels
export {
  CONCEPTS,
  type CodelistEntry,
  type ConceptCode,
  type ConceptContext,
  type ConceptEntry,
  type ConceptInput,
  codesOf,
  conceptEntry,
  conceptOf,
  DOMAINS,
  type DomainCode,
  findEntry,
  INDICATOR_KINDS,
  type IndicatorKindCode,
  ISSUER_ROLES,
  type IssuerRoleCode,
  type LabelLocale,
  LEVELS,
  type LevelCode,
  labelOf,
  MAGNITUDE_LABELS,
  type MagnitudeCode,
  QUALIFIER_LABELS,
  type QualifierCode,
  type QualifierEntry,
  RATE_KINDS,
  type RateKindCode,
  type RateKindEntry,
  RELATION_BASES,
  type RelationBasisCode,
  ROUNDING_MODE_LABELS,
  type RoundingModeCode,
  SECTION_ROLES,
  type SectionRoleCode,
  THEMES,
  type ThemeCode,
  type ThemeEntry,
  UNITS,
  type UnitEntry,
} from "./codelists";
// Compare: two reports of one government in consecutive years
export {
  type ClaimCheck,
  type Comparison,
  type ConceptComparison,
  compareReports,
  type DefinitionChange,
  type Figure,
  PAIR_RULES,
  type PairFinding,
  type PairRule,
  type PairRuleId,
  type PlanFollowUp,
} from "./compare";
// Results and the one error class
export { FazhiError, type FazhiErrorCode, type Issue, type Result } from "./error";
// Extractor: from a published report's text to a draft with provenance (more in `fazhi-report/extract`)
export {
  EXTRACTOR_VERSION,
  type ExtractOptions,
  type ExtractResult,
  type ExtractWarning,
  extractReport,
  type SourceSpan,
} from "./extract";
export type {
  Concept,
  DecimalString,
  DivisionCode,
  DocNumber,
  Domain,
  Id,
  IndicatorKind,
  IsoDate,
  IssuerRole,
  Level,
  ListCountRelation,
  Magnitude,
  OrdinalStyle,
  ParentJurisdiction,
  PlanTarget,
  PrintedDate,
  Qualifier,
  RateKind,
  RateRelation,
  RelationBasis,
  ReportDates,
  SectionRole,
  SubsetRelation,
  SumRelation,
  Text,
  Theme,
  Year,
} from "./model";
// The model: the report and its main parts as zod schemas (every schema in `fazhi-report/model`), and parsing
export {
  Evidence,
  Indicator,
  Issuer,
  type JsonSchemaDraft,
  Jurisdiction,
  type ParseReportOptions,
  Plan,
  Problem,
  parseReport,
  Relation,
  Report,
  type ReportInput,
  ReportSource,
  reportJsonSchema,
  reportSchemaId,
  SCHEMA_VERSION,
  Section,
  safeParseReport,
  toJsonPointer,
} from "./model";
// Exact numbers: the rounding modes the calculators accept
export {
  isRoundingMode,
  MAX_DECIMAL_PLACES,
  type Rational,
  ROUNDING_MODES,
  type RoundingMode,
} from "./numbers";
// Renderers of findings: text, JSON, SARIF 2.1.0, JUnit XML, GitHub annotations, GitLab Code Quality, job summary
export {
  type FileResult,
  type GithubOptions,
  JSON_OUTPUT_ID,
  type JunitOptions,
  type LocatedFinding,
  locatedFindings,
  type RenderOptions,
  renderGithub,
  renderGitlab,
  renderJson,
  renderJunit,
  renderSarif,
  renderSummary,
  renderText,
  type SarifOptions,
  type SummaryOptions,
} from "./output";
// Rate calculators and interval checks of stated figures
export {
  type ChangeResult,
  type CheckResult,
  checkStatedRate,
  checkSubset,
  checkSum,
  courtAppearanceRate,
  type DerivedInput,
  type DerivedRate,
  type DeriveRatesOptions,
  deriveRates,
  type Explanation,
  examPassRate,
  filingRate,
  litigationLossRate,
  mediationSuccessRate,
  type NumberInput,
  onlineHandlingRate,
  percentagePointChange,
  type RateDenominatorOptions,
  type RateOptions,
  type RateResult,
  rate,
  reconsiderationCorrectionRate,
  type StatedNumber,
  type StatedRateInput,
  safeRate,
  share,
  sumOf,
  yoyChange,
} from "./rates";
// Rules: the consistency-check catalogue and validateReport
export {
  explainRule,
  type Finding,
  type FindingParams,
  type FixturePatch,
  type Locale,
  type Localized,
  type NotApplicable,
  type ParamsOf,
  RULESET_VERSION,
  type Rule,
  type RuleCategory,
  type RuleContext,
  type RuleDescription,
  type RuleId,
  type RuleOutcome,
  type RuleParams,
  type RuleText,
  ruleCatalogue,
  type Severity,
  type ValidateOptions,
  type ValidationProvenance,
  type ValidationResult,
  type ValidationSummary,
  validateReport,
} from "./rules";
// Bytes to text (BOM, UTF-8, UTF-16, GB18030), and where a finding stands in a text
export {
  type BytesText,
  type DecodedText,
  type SourceLocation,
  type SourcePosition,
  textFromBytes,
} from "./source";

export { VERSION } from "./version";

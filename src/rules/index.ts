export type { ParamsOf, RuleId, RuleParams } from "../locales/ruleParams";
export { canonicalJson, sha256Hex } from "../model/hash";
export { ENGINE_RULES, RULES, RULESET_VERSION } from "./catalogue";
export type {
  Finding,
  NotApplicable,
  ValidationProvenance,
  ValidationResult,
  ValidationSummary,
} from "./engine/finding";
export { fixtureBase } from "./engine/fixtureBase";
export { renderMessage, ruleText } from "./engine/messages";
export type {
  FindingParams,
  FixturePatch,
  Locale,
  Localized,
  Rule,
  RuleCategory,
  RuleContext,
  RuleOutcome,
  RuleText,
  Severity,
} from "./engine/types";
export { explainRule, type RuleDescription, ruleCatalogue } from "./runner/describe";
export { activeRules, type ValidateOptions, validateReport } from "./runner/validate";

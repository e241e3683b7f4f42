export { canonicalJson, sha256Hex } from "../model/hash";
export { ENGINE_RULES, RULES, RULESET_VERSION } from "./catalogue";
export { explainRule, type RuleDescription, ruleCatalogue } from "./engine/describe";
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
export { activeRules, type ValidateOptions, validateReport } from "./engine/validate";

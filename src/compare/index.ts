export type { ClaimCheck } from "./claims";
export { type Comparison, type ConceptComparison, compareReports, type PairFinding } from "./compareReports";
export type { DefinitionChange } from "./definitions";
export type { Figure } from "./figure";
export { PAIR_RULES, type PairRule, type PairRuleId } from "./pairRules";
export type { PlanFollowUp } from "./plans";

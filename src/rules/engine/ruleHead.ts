import type { ParamsOf } from "../../locales/ruleParams";
import type { Rule, RuleOutcome } from "./types";

/** What a rule states besides its check: id, category, severity, version, basis and fixtures. */
export type RuleHead<Id extends string> = Omit<Rule<Id>, "check">;

/** The outcome of rule `Id`: pass, not applicable, or a failure with `RuleParams[Id]`. */
export type OutcomeOf<Id extends string> = RuleOutcome<ParamsOf<Id>>;

/** An outcome that settles a place without a finding: it passes, or the rule does not apply there. */
export type Settled = Exclude<RuleOutcome, { readonly status: "fail" }>;

/** The outcomes of a rule's places, or one not-applicable outcome saying why there were none. */
export function orNotApplicable<T>(out: readonly T[], reason: string): readonly (T | Settled)[] {
  return out.length > 0 ? out : [{ status: "notApplicable", reason }];
}

/**
 * A rule written out in full (no factory fits it), typed by its id: its check must give `RuleParams[id]`.
 * @example
 * const rule = defineRule({ id: "FZ-STRUCT-004", …, check: (report) => [{ status: "pass" }] });
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

import type { Indicator, Report } from "../../model";
import { type OutcomeOf, orNotApplicable, type RuleHead } from "./ruleHead";
import type { Rule, RuleContext } from "./types";

/** Where an indicator stands: the report and options, and its JSON Pointer. */
export interface IndicatorPlace {
  readonly report: Report;
  readonly context: RuleContext;
  /** `/indicators/<i>`. */
  readonly path: string;
}

/**
 * A rule that checks the indicators it concerns (counts, named rates …): the outcome of each, in order, and when
 * it concerns none, one not-applicable outcome with the reason `none` ("no exact counts"). `check` returns
 * `undefined` for an indicator the rule does not concern.
 * @example
 * const rule = indicatorRule({ ...head, none: "no named rates", check: (ind, at) => (ind.kind === "rate" ? … : undefined) });
 */
export function indicatorRule<const Id extends string>(
  spec: RuleHead<Id> & {
    readonly none: string;
    readonly check: (ind: Indicator, at: IndicatorPlace) => OutcomeOf<Id> | undefined;
  },
): Rule<Id> {
  const { none, check, ...head } = spec;
  return {
    ...head,
    check(report, context) {
      const out: OutcomeOf<Id>[] = [];
      report.indicators.forEach((ind, i) => {
        const outcome = check(ind, { report, context, path: `/indicators/${i}` });
        if (outcome) out.push(outcome);
      });
      return orNotApplicable(out, none);
    },
  };
}

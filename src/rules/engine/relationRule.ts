import type { Relation, Report } from "../../model";
import { type OutcomeOf, orNotApplicable, type RuleHead } from "./ruleHead";
import type { Rule, RuleContext } from "./types";

/** Where a relation stands: the report and options, its JSON Pointer, and its place among relations of its type. */
export interface RelationPlace {
  readonly report: Report;
  readonly context: RuleContext;
  /** `/relations/<i>`. */
  readonly path: string;
  /** 0 for the first relation of this type, 1 for the second … */
  readonly nth: number;
}

/**
 * A rule that checks every relation of one type: one outcome each, in order, and when the report has none, one
 * not-applicable outcome with the reason `none` ("no sum relations").
 * @example
 * const rule = relationRule({ ...head, relation: "listCount", none: "no counted lists", check: (rel, at) => … });
 */
export function relationRule<const Id extends string, const T extends Relation["type"]>(
  spec: RuleHead<Id> & {
    readonly relation: T;
    readonly none: string;
    readonly check: (rel: Extract<Relation, { type: T }>, at: RelationPlace) => OutcomeOf<Id>;
  },
): Rule<Id> {
  const { relation, none, check, ...head } = spec;
  return {
    ...head,
    check(report, context) {
      const out: OutcomeOf<Id>[] = [];
      report.relations.forEach((rel, i) => {
        if (rel.type !== relation) return;
        const at = { report, context, path: `/relations/${i}`, nth: out.length };
        out.push(check(rel as Extract<Relation, { type: T }>, at));
      });
      return orNotApplicable(out, none);
    },
  };
}

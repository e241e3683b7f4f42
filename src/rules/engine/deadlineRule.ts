import { formatISO } from "date-fns/formatISO";
import { isBefore } from "date-fns/isBefore";
import type { ParamsOf, RuleId, RuleParams } from "../../locales/ruleParams";
import { dateOf, isoOf } from "./dates";
import type { RuleHead } from "./ruleHead";
import type { Rule } from "./types";

/** The ids of the rules whose findings carry a date and its deadline. */
type DeadlineRuleId = {
  [Id in RuleId]: RuleParams[Id] extends { date: string; deadline: string } ? Id : never;
}[RuleId];

/**
 * A rule that a date of the report (`/dates/<date>`) lies before a deadline in the year after the report year:
 * pass, or a finding with the date and the deadline; not applicable (`none`) without a readable date or a report
 * year.
 * @example
 * const rule = deadlineRule({ ...head, date: "publication", deadline: { month: 4, day: 1 }, none: "no readable publication date, or no report year" });
 */
export function deadlineRule<const Id extends DeadlineRuleId>(
  spec: RuleHead<Id> & {
    readonly date: "document" | "publication";
    /** Month (1–12) and day of the deadline, in the year after the report year. */
    readonly deadline: { readonly month: number; readonly day: number };
    readonly none: string;
  },
): Rule<Id> {
  const { date: key, deadline: due, none, ...head } = spec;
  return {
    ...head,
    check(report) {
      const date = dateOf(report.dates?.[key]);
      const year = report.reportYear;
      if (!date || year === undefined) return [{ status: "notApplicable", reason: none }];
      const deadline = new Date(year + 1, due.month - 1, due.day);
      if (isBefore(date, deadline)) return [{ status: "pass" }];
      // Every DeadlineRuleId's params are exactly { date, deadline }.
      const params = {
        date: isoOf(report.dates?.[key]) ?? "",
        deadline: formatISO(deadline, { representation: "date" }),
      } as ParamsOf<Id>;
      return [{ status: "fail", path: `/dates/${key}`, params }];
    },
  };
}

import { isAfter } from "date-fns/isAfter";
import { parseISO } from "date-fns/parseISO";
import { dateOf, isoOf } from "../engine/dates";
import { defineRule, type OutcomeOf } from "../engine/ruleHead";

/** FZ-DATE-007: no date of the report lies after the reference date (today, unless set). */
export const noFutureDates = defineRule({
  id: "FZ-DATE-007",
  category: "dates",
  severity: "error",
  version: "1.0.0",
  check(report, context) {
    const reference = parseISO(context.referenceDate);
    const dates = (["document", "publication", "print"] as const)
      .map((key) => [key, report.dates?.[key]] as const)
      .filter(([, d]) => dateOf(d) !== undefined);
    if (dates.length === 0) return [{ status: "notApplicable", reason: "no readable dates" }];
    return dates.map(([key, d]): OutcomeOf<"FZ-DATE-007"> => {
      const date = dateOf(d) as Date;
      if (!isAfter(date, reference)) return { status: "pass" };
      return {
        status: "fail",
        path: `/dates/${key}`,
        params: { date: isoOf(d) ?? "", reference: context.referenceDate },
      };
    });
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { ...r.dates, print: { date: "2999-01-01" } } }),
    notApplicable: (r) => ({ ...r, dates: {} }),
  },
});

import { formatISO } from "date-fns/formatISO";
import { isBefore } from "date-fns/isBefore";
import type { Rule } from "../engine/types";
import { dateOf, isoOf } from "./dateUtil";
import { DEADLINES } from "./deadlines";

/** FZ-DATE-003: the report is dated (reported) before 1 March of the year after the report year. */
export const reportedInTime: Rule = {
  id: "FZ-DATE-003",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  basis: DEADLINES.source,
  check(report) {
    const date = dateOf(report.dates?.document);
    const year = report.reportYear;
    if (!date || year === undefined)
      return [{ status: "notApplicable", reason: "no readable document date, or no report year" }];
    const deadline = new Date(year + 1, DEADLINES.report.month - 1, DEADLINES.report.day);
    if (isBefore(date, deadline)) return [{ status: "pass" }];
    return [
      {
        status: "fail",
        path: "/dates/document",
        params: {
          date: isoOf(report.dates?.document) ?? "",
          deadline: formatISO(deadline, { representation: "date" }),
        },
      },
    ];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { ...r.dates, document: { date: "2024-03-15" } } }),
    notApplicable: (r) => ({ ...r, dates: {} }),
  },
};

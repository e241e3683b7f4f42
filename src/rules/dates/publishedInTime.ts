import { formatISO } from "date-fns/formatISO";
import { isBefore } from "date-fns/isBefore";
import type { Rule } from "../engine/types";
import { dateOf, isoOf } from "./dateUtil";
import { DEADLINES } from "./deadlines";

/** FZ-DATE-002: the report is made public before 1 April of the year after the report year. */
export const publishedInTime: Rule = {
  id: "FZ-DATE-002",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  basis: DEADLINES.source,
  check(report) {
    const date = dateOf(report.dates?.publication);
    const year = report.reportYear;
    if (!date || year === undefined)
      return [{ status: "notApplicable", reason: "no readable publication date, or no report year" }];
    const deadline = new Date(year + 1, DEADLINES.publication.month - 1, DEADLINES.publication.day);
    if (isBefore(date, deadline)) return [{ status: "pass" }];
    return [
      {
        status: "fail",
        path: "/dates/publication",
        params: {
          date: isoOf(report.dates?.publication) ?? "",
          deadline: formatISO(deadline, { representation: "date" }),
        },
      },
    ];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { ...r.dates, publication: { date: "2024-05-10" } } }),
    notApplicable: (r) => ({ ...r, dates: { document: { date: "2024-02-20" } } }),
  },
};

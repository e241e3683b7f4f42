import { deadlineRule } from "../engine/deadlineRule";
import { DEADLINES } from "./deadlines";

/** FZ-DATE-002: the report is made public before 1 April of the year after the report year. */
export const publishedInTime = deadlineRule({
  id: "FZ-DATE-002",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  basis: DEADLINES.source,
  date: "publication",
  deadline: DEADLINES.publication,
  none: "no readable publication date, or no report year",
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { ...r.dates, publication: { date: "2024-05-10" } } }),
    notApplicable: (r) => ({ ...r, dates: { document: { date: "2024-02-20" } } }),
  },
});

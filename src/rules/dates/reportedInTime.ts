import { deadlineRule } from "../engine/deadlineRule";
import { DEADLINES } from "./deadlines";

/** FZ-DATE-003: the report is dated (reported) before 1 March of the year after the report year. */
export const reportedInTime = deadlineRule({
  id: "FZ-DATE-003",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  basis: DEADLINES.source,
  date: "document",
  deadline: DEADLINES.report,
  none: "no readable document date, or no report year",
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { ...r.dates, document: { date: "2024-03-15" } } }),
    notApplicable: (r) => ({ ...r, dates: {} }),
  },
});

import { isBefore } from "date-fns/isBefore";
import { dateOf, isoOf } from "../engine/dates";
import { defineRule } from "../engine/ruleHead";

/** FZ-DATE-004: a report is not published before the date it bears. */
export const publishedAfterDocument = defineRule({
  id: "FZ-DATE-004",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  check(report) {
    const doc = dateOf(report.dates?.document);
    const pub = dateOf(report.dates?.publication);
    if (!doc || !pub) return [{ status: "notApplicable", reason: "document or publication date missing" }];
    if (!isBefore(pub, doc)) return [{ status: "pass" }];
    return [
      {
        status: "fail",
        path: "/dates/publication",
        params: {
          date: isoOf(report.dates?.publication) ?? "",
          document: isoOf(report.dates?.document) ?? "",
        },
        related: ["/dates/document"],
      },
    ];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { document: { date: "2024-02-20" }, publication: { date: "2024-02-01" } } }),
    notApplicable: (r) => ({ ...r, dates: { document: { date: "2024-02-20" } } }),
  },
});

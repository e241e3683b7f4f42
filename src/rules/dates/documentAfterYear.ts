import { endOfYear } from "date-fns/endOfYear";
import { isAfter } from "date-fns/isAfter";
import { dateOf, isoOf } from "../engine/dates";
import { defineRule } from "../engine/ruleHead";

/** FZ-DATE-001: a report on a year is dated after that year ends; one dated inside it reports on part of a year. */
export const documentAfterYear = defineRule({
  id: "FZ-DATE-001",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  basis: {
    "zh-CN": "《法治政府建设与责任落实督察工作规定》第二十五条：报告上一年度法治政府建设情况",
    en: "Rule-of-law government inspection provisions (厅字〔2019〕28号), Art. 25: report on the previous year",
  },
  check(report) {
    const date = dateOf(report.dates?.document);
    const year = report.reportYear;
    if (!date || year === undefined)
      return [{ status: "notApplicable", reason: "no readable document date, or no report year" }];
    const yearEnd = endOfYear(new Date(year, 0, 1));
    if (isAfter(date, yearEnd)) return [{ status: "pass" }];
    return [
      {
        status: "fail",
        path: "/dates/document",
        params: { date: isoOf(report.dates?.document) ?? "", reportYear: year },
        related: ["/reportYear"],
      },
    ];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, dates: { ...r.dates, document: { date: "2023-12-26" } } }),
    notApplicable: (r) => ({ ...r, dates: { document: { text: "202327日" } } }),
  },
});

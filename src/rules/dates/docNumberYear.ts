import { dateOf } from "../engine/dates";
import { defineRule } from "../engine/ruleHead";

/** FZ-DATE-005: the year in the 文号 is the year of the document date. */
export const docNumberYear = defineRule({
  id: "FZ-DATE-005",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  basis: {
    "zh-CN": "GB/T 9704 党政机关公文格式：发文字号中的年份",
    en: "GB/T 9704: the year in a document number",
  },
  check(report) {
    const date = dateOf(report.dates?.document);
    const year = report.docNumber?.year;
    if (!date || year === undefined)
      return [{ status: "notApplicable", reason: "no 文号 year or document date" }];
    if (date.getFullYear() === year) return [{ status: "pass" }];
    return [
      {
        status: "fail",
        path: "/docNumber/year",
        params: { stated: year, computed: date.getFullYear(), raw: report.docNumber?.raw ?? "" },
        related: ["/dates/document"],
      },
    ];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, docNumber: { raw: "某政〔2022〕1号", year: 2022 } }),
    notApplicable: (r) => ({ ...r, docNumber: { raw: "某政20241" } }),
  },
});

import type { compare as zhCN } from "../zh-CN/compare";

/** The messages of the findings of `compareReports` (FZ-PAIR-*), by rule id. */
export const compare: typeof zhCN = {
  "FZ-PAIR-001": (p) =>
    `Last year's report is ${p.previous}, this year's ${p.current}: not one jurisdiction in consecutive years`,
  "FZ-PAIR-002": (p) =>
    `"${p.quote}": from last year's ${p.previousValue} and this year's ${p.currentValue} it is ${p.computed}; the stated ${p.stated} is not in ${p.interval}`,
  "FZ-PAIR-003": (p) =>
    `"${p.quote}": last year's figure stated as ${p.stated}, but last year's report gives ${p.previousValue}`,
  "FZ-PAIR-004": (p) => `Last year's plan "${p.text}" has no visible follow-up in this year's measures`,
  "FZ-PAIR-005": (p) =>
    `The definition of ${p.concept} changed (${p.what}): "${p.previous}" last year, "${p.current}" this year`,
};

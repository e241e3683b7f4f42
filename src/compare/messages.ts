import type { PairRuleId } from "./pairRules";

type Params = Readonly<Record<string, string>>;
type Messages = Readonly<Record<PairRuleId, (p: Params) => string>>;

const ZH: Messages = {
  "FZ-PAIR-001": (p) => `上年报告为${p.previous}，本年报告为${p.current}：不是同一地区的相邻年度`,
  "FZ-PAIR-002": (p) =>
    `“${p.quote}”：按上年报告的${p.previousValue}与本年的${p.currentValue}计算为${p.computed}，所述${p.stated}不在${p.interval}之内`,
  "FZ-PAIR-003": (p) => `“${p.quote}”：所述上年数字${p.stated}与上年报告的${p.previousValue}不符`,
  "FZ-PAIR-004": (p) => `上年工作安排“${p.text}”在本年举措中未见落实`,
  "FZ-PAIR-005": (p) => `${p.concept}的口径变化（${p.what}）：上年为“${p.previous}”，本年为“${p.current}”`,
};

const EN: Messages = {
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

/** The message of a pair finding in a locale. @internal */
export function pairMessage(id: PairRuleId, params: Params, locale: "zh-CN" | "en"): string {
  return (locale === "en" ? EN : ZH)[id](params);
}

type Params = Readonly<Record<string, string>>;

/** The messages of the findings of `compareReports` (FZ-PAIR-*), by rule id. */
export const compare = {
  "FZ-PAIR-001": (p) => `上年报告为${p.previous}，本年报告为${p.current}：不是同一地区的相邻年度`,
  "FZ-PAIR-002": (p) =>
    `“${p.quote}”：按上年报告的${p.previousValue}与本年的${p.currentValue}计算为${p.computed}，所述${p.stated}不在${p.interval}之内`,
  "FZ-PAIR-003": (p) => `“${p.quote}”：所述上年数字${p.stated}与上年报告的${p.previousValue}不符`,
  "FZ-PAIR-004": (p) => `上年工作安排“${p.text}”在本年举措中未见落实`,
  "FZ-PAIR-005": (p) => `${p.concept}的口径变化（${p.what}）：上年为“${p.previous}”，本年为“${p.current}”`,
} satisfies Readonly<Record<string, (p: Params) => string>>;

/**
 * A rule on a pair of reports of one government in consecutive years.
 * @example
 * const rule: PairRule = PAIR_RULES[0];
 */
export interface PairRule {
  readonly id: string;
  readonly severity: "error" | "warning" | "info";
  readonly title: { readonly "zh-CN": string; readonly en: string };
}

/**
 * The rules `compareReports` applies to a pair: last year's figures and claims about last year against last year's
 * report, plans against follow-up, definitions across the years.
 *
 * @example
 * PAIR_RULES.map((r) => r.id) //=> ["FZ-PAIR-001", "FZ-PAIR-002", "FZ-PAIR-003", "FZ-PAIR-004", "FZ-PAIR-005"]
 */
export const PAIR_RULES = [
  {
    id: "FZ-PAIR-001",
    severity: "error",
    title: {
      "zh-CN": "两份报告不是同一地区的相邻年度",
      en: "The reports are not one jurisdiction in consecutive years",
    },
  },
  {
    id: "FZ-PAIR-002",
    severity: "warning",
    title: {
      "zh-CN": "同比或比上年的表述与上年报告的数字不符",
      en: "A year-on-year claim does not hold against last year's report",
    },
  },
  {
    id: "FZ-PAIR-003",
    severity: "warning",
    title: {
      "zh-CN": "本年报告所述上年数字与上年报告不符",
      en: "Last year's figure as this report states it differs from last year's report",
    },
  },
  {
    id: "FZ-PAIR-004",
    severity: "info",
    title: {
      "zh-CN": "上年工作安排在本年举措中未见落实",
      en: "A plan of last year has no visible follow-up",
    },
  },
  {
    id: "FZ-PAIR-005",
    severity: "warning",
    title: {
      "zh-CN": "同一指标的口径在两年间发生变化",
      en: "The definition of a coded indicator changed between the years",
    },
  },
] as const satisfies readonly [PairRule, ...PairRule[]];

/**
 * The id of a pair rule.
 * @example
 * const id: PairRuleId = "FZ-PAIR-002";
 */
export type PairRuleId = (typeof PAIR_RULES)[number]["id"];

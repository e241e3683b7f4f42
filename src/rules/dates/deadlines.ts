import type { Localized } from "../engine/types";

/**
 * Deadlines for a report on year Y, as data with their source: reported to the government (or upward) before
 * 1 March of Y+1, made public before 1 April of Y+1 (per provincial guidance restating the 督察工作规定).
 */
export const DEADLINES = {
  report: { month: 3, day: 1 },
  publication: { month: 4, day: 1 },
  source: {
    "zh-CN": "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十五、二十六条及各省实施意见",
    en: "厅字〔2019〕28号 Arts. 25–26 and provincial guidance",
  } satisfies Localized,
} as const;

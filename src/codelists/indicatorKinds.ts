import type { CodelistEntry } from "./codelist";

/**
 * What sort of quantity an indicator states.
 * @example
 * const kind: IndicatorKindCode = "rate";
 */
export type IndicatorKindCode =
  | "count"
  | "amount"
  | "rate"
  | "percentagePoints"
  | "change"
  | "duration"
  | "ratio";

/**
 * Kinds of stated quantity: counts (件, 人次), money amounts (元, 万元), rates (%), changes of a rate in
 * 个百分点, year-on-year changes of a count in %, durations (天, 个工作日) and other ratios.
 *
 * @example
 * INDICATOR_KINDS.find((k) => k.code === "percentagePoints")?.zh //=> "个百分点"
 */
export const INDICATOR_KINDS = [
  { code: "count", zh: "数量", en: "count", aliases: [] },
  { code: "amount", zh: "金额", en: "money amount", aliases: [] },
  { code: "rate", zh: "比率", en: "rate (percent)", aliases: ["率", "占比"] },
  { code: "percentagePoints", zh: "个百分点", en: "percentage points", aliases: ["百分点"] },
  { code: "change", zh: "同比变化", en: "year-on-year change (percent)", aliases: ["同比", "增长", "下降"] },
  { code: "duration", zh: "时长", en: "duration", aliases: [] },
  { code: "ratio", zh: "比例", en: "ratio", aliases: [] },
] as const satisfies readonly [CodelistEntry<IndicatorKindCode>, ...CodelistEntry<IndicatorKindCode>[]];

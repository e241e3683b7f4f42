import { labelOf, ROUNDING_MODE_LABELS, type RoundingModeCode } from "../../codelists";

type Direction = "increase" | "decrease" | "none";
const VERB = { increase: "增长", decrease: "下降", none: "持平" } as const;
const POINT_VERB = { increase: "提高", decrease: "下降", none: "持平" } as const;
const modeName = (mode: RoundingModeCode) => labelOf(ROUNDING_MODE_LABELS, mode, "zh-CN");

/** The explanations of the rate calculators: how a figure was computed, in a sentence. */
export const rates = {
  rate: (p: {
    formula: string;
    value: string;
    mode: RoundingModeCode;
    precision: number;
    rounding: string;
  }) => `${p.formula} = ${p.value}%（${modeName(p.mode)}，保留${p.precision}位小数）`,
  change: (p: { formula: string; value: string; direction: Direction }) =>
    `${p.formula}，${VERB[p.direction]}${p.value}%`,
  pointChange: (p: { current: string; previous: string; value: string; direction: Direction }) =>
    `${p.current}% − ${p.previous}%，${POINT_VERB[p.direction]}${p.value}个百分点`,
  check: (p: {
    formula: string;
    computed: string;
    mode: RoundingModeCode;
    interval: string;
    stated: string;
  }) => `${p.formula} = ${p.computed}%，按${modeName(p.mode)}应在 ${p.interval} 之内，所述为 ${p.stated}%`,
  sum: (p: { formula: string; sum: string; whole: string }) => `${p.formula} = ${p.sum}，所述总数 ${p.whole}`,
  subset: (p: { part: string; whole: string }) => `其中 ${p.part} 不应超过 ${p.whole}`,
  named: (p: { rate: string; formula: string; explanation: string }) =>
    `${p.rate} = ${p.formula}：${p.explanation}`,
};

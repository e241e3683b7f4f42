import { RELATION_BASES } from "../../codelists";
import { ROUNDING_MODES } from "../../numbers";
import { modeZh } from "../../rates/rate";
import { en } from "../locales/en";
import { zhCN } from "../locales/zh-CN";
import type { FindingParams, Locale, RuleText } from "./types";

const WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  "zh-CN": {
    missing: "不存在",
    notRate: "不是比率指标",
    problems: "存在的不足",
    causes: "原因",
    indicators: "指标",
    relations: "关系",
    sections: "章节",
    plans: "工作安排",
    narrative: "报告正文",
    offsets: "原文对应位置",
    text: "原文",
    // How the extractor read a relation, from the code list of relation bases.
    ...Object.fromEntries(RELATION_BASES.map((b) => [`basis.${b.code}`, b.zh])),
    // Rounding modes by their Chinese names, from the rate calculators (one list, not two).
    ...Object.fromEntries(ROUNDING_MODES.map((m) => [m, modeZh(m)])),
  },
  en: {
    missing: "it does not exist",
    notRate: "it is not a rate",
    halfUp: "half-up",
    halfEven: "half-even",
    narrative: "report's narrative",
    offsets: "text at its offsets",
    text: "text",
    ...Object.fromEntries(RELATION_BASES.map((b) => [`basis.${b.code}`, b.en])),
  },
};

/**
 * The wording of a rule in a locale, or `undefined` for an unknown id.
 *
 * @example
 * ruleText("FZ-RATE-001", "en")?.title //=> "A stated rate matches its numerator and denominator"
 */
export function ruleText(id: string, locale: Locale): RuleText | undefined {
  return (locale === "en" ? en : zhCN)[id];
}

/**
 * Renders a message template, replacing `{name}` with the parameter (lists joined, known codes translated). A part
 * in `[[…]]` is rendered only when every parameter it names is given.
 *
 * @example
 * renderMessage("所述 {stated}%", { stated: "81" }, "zh-CN") //=> "所述 81%"
 * renderMessage("所述 {stated}%[[（{basis}）]]", { stated: "81" }, "zh-CN") //=> "所述 81%"
 */
export function renderMessage(template: string, params: FindingParams, locale: Locale): string {
  const words = WORDS[locale];
  const show = (v: string | number | boolean): string => {
    const s = String(v);
    return words[s] ?? s;
  };
  const optional = template.replace(/\[\[(.*?)\]\]/g, (_, part: string) =>
    [...part.matchAll(/\{(\w+)\}/g)].every((m) => params[m[1] ?? ""] !== undefined) ? part : "",
  );
  return optional.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return Array.isArray(v)
      ? v.map(show).join(locale === "en" ? ", " : "、")
      : show(v as string | number | boolean);
  });
}

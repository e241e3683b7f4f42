// Each language's rule file, not its index: the index holds the CLI's, the extractor's and the inputs' sentences
// too, which a bundle of the rules alone must not carry.
import * as en from "../../locales/en/rules";
import type { RuleText } from "../../locales/ruleTexts";
import * as zhCN from "../../locales/zh-CN/rules";
import type { FindingParams, Locale } from "./types";

const LOCALES = { "zh-CN": zhCN, en } as const;

// The words a param may hold, in each locale (rounding modes and relation bases from their code lists).
const wordsOf = (locale: Locale) => (locale === "en" ? en.ruleWords : zhCN.ruleWords);

/**
 * The wording of a rule in a locale, or `undefined` for an unknown id.
 *
 * @example
 * ruleText("FZ-RATE-001", "en")?.title //=> "A stated rate matches its numerator and denominator"
 */
export function ruleText(id: string, locale: Locale): RuleText | undefined {
  const texts: Readonly<Record<string, RuleText>> = LOCALES[locale === "en" ? "en" : "zh-CN"].ruleTexts;
  return Object.hasOwn(texts, id) ? texts[id] : undefined;
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
  const known = wordsOf(locale);
  const show = (v: string | number | boolean): string => {
    const s = String(v);
    return known[s] ?? s;
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

import type { Locale } from "../locales";
import { compare as en } from "../locales/en/compare";
import { compare as zhCN } from "../locales/zh-CN/compare";
import type { PairRuleId } from "./pairRules";

type Params = Readonly<Record<string, string>>;
// The sentences: src/locales/<lang>/compare.ts.
const MESSAGES: Readonly<Record<Locale, Readonly<Record<PairRuleId, (p: Params) => string>>>> = {
  "zh-CN": zhCN,
  en,
};

/** The message of a pair finding in a locale. @internal */
export function pairMessage(id: PairRuleId, params: Params, locale: Locale): string {
  return MESSAGES[locale][id](params);
}

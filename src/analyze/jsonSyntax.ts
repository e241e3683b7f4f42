import type { Locale } from "../locales";
import { json as en } from "../locales/en/json";
import { json as zhCN } from "../locales/zh-CN/json";

// What the JSON parser's error codes mean: src/locales/<lang>/json.ts.
const WORDS: Record<Locale, Readonly<Record<string, string>>> = { "zh-CN": zhCN, en };

/**
 * The words for a JSON parser error code (`ValueExpected` → "a value was expected here"), or the code itself.
 * @internal
 */
export const jsonSyntaxWords = (code: string, locale: Locale): string => WORDS[locale][code] ?? code;

import type { Locale } from "../locales";
import { inputs as en } from "../locales/en/inputs";
import { inputs as zhCN } from "../locales/zh-CN/inputs";
import type { InputIssue, InputNotice } from "./types";

type Params = Readonly<Record<string, string | number>>;
type Code = InputIssue["code"] | InputNotice["code"];

// The sentences: src/locales/<lang>/inputs.ts.
const SENTENCES: Record<Locale, Readonly<Record<Code, (p: Params) => string>>> = { "zh-CN": zhCN, en };

/** An issue of this area with its sentence in `locale`. */
export function inputIssue(code: InputIssue["code"], params: Params, locale: Locale): InputIssue {
  return { code, params, message: SENTENCES[locale][code](params) };
}

/** A notice of this area with its sentence in `locale`. */
export function inputNotice(code: InputNotice["code"], params: Params, locale: Locale): InputNotice {
  return { code, params, message: SENTENCES[locale][code](params) };
}

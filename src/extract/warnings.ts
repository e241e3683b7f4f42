import type { Locale } from "../locales";
import { extract as en } from "../locales/en/extract";
import { extract as zhCN } from "../locales/zh-CN/extract";

/**
 * Something the extractor could not read, or read with doubt.
 * @example
 * const [w]: readonly ExtractWarning[] = extractReport("").warnings;
 * w?.code //=> "empty"
 */
export interface ExtractWarning {
  readonly code:
    | "empty"
    | "binary"
    | "html"
    | "htmlRead"
    | "traditional"
    | "traditionalConverted"
    | "noTitle"
    | "noYear"
    | "noJurisdiction"
    | "noHeadings"
    | "noNumbers"
    | "garbledDocNumber"
    | "garbledDate"
    | "notAReport"
    | "mayNotBeReport";
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
  readonly line?: number;
}

// The sentences: src/locales/<lang>/extract.ts.
const TEXT: Readonly<Record<Locale, Readonly<Record<ExtractWarning["code"], string>>>> = {
  "zh-CN": zhCN.warnings,
  en: en.warnings,
};

/** Makes a warning in a locale. */
export function warning(
  code: ExtractWarning["code"],
  locale: Locale,
  where?: { start: number; end: number; line: number },
): ExtractWarning {
  return { code, message: TEXT[locale][code], ...(where ?? {}) };
}

import { LABEL_LOCALES, type LabelLocale } from "../codelists";

/**
 * The languages the package writes in: findings, rate explanations, extractor warnings and CLI text (the
 * languages the code lists are labelled in).
 * @example
 * const locale: Locale = "en";
 * validateReport(report, { locale });
 */
export type Locale = LabelLocale;

/**
 * Every supported locale, the default first.
 * @example
 * LOCALES.includes("en"); // true
 */
export const LOCALES: readonly Locale[] = LABEL_LOCALES;

/**
 * Narrow an unknown value (a CLI flag, a query parameter) to a supported locale.
 * @example
 * isLocale("en"); // true
 * isLocale("fr"); // false
 */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

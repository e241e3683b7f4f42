/**
 * The languages the package writes in: findings, rate explanations, extractor warnings and CLI text.
 * @example
 * const locale: Locale = "en";
 * validateReport(report, { locale });
 */
export type Locale = "zh-CN" | "en";

/**
 * Every supported locale, the default first.
 * @example
 * LOCALES.includes("en"); // true
 */
export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/**
 * Narrow an unknown value (a CLI flag, a query parameter) to a supported locale.
 * @example
 * isLocale("en"); // true
 * isLocale("fr"); // false
 */
export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en";
}

import type { Locale } from "../locales";
import { output as en } from "../locales/en/output";
import { output as zhCN } from "../locales/zh-CN/output";

/** The words of the renderers, per locale (src/locales/<lang>/output.ts). @internal */
export const LABELS: Readonly<Record<Locale, typeof zhCN>> = { "zh-CN": zhCN, en };

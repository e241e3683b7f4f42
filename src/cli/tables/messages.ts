/** The sentences of `fazhi table`, `fazhi compare` and `fazhi summary`: src/locales/<lang>/cli.ts (table). */
import type { Locale } from "../../locales";
import { cliText } from "../messages";

/** The sentences of the table commands in a locale. */
export function tableText(locale: Locale) {
  return cliText(locale).table;
}

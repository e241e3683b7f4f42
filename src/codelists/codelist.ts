/**
 * A locale of the code lists' labels: `zh` labels are zh-CN, `en` labels en. The package's `Locale` is this.
 * @example
 * const locale: LabelLocale = "en";
 */
export type LabelLocale = "zh-CN" | "en";

/**
 * The locales code lists are labelled in, the default first.
 * @example
 * LABEL_LOCALES[0] //=> "zh-CN"
 */
export const LABEL_LOCALES: readonly LabelLocale[] = ["zh-CN", "en"];

/**
 * One entry of a code list: a stable code with labels in each supported locale and known aliases.
 * @example
 * LEVELS[0] //=> { code: "province", zh: "省", en: "province", aliases: ["省级", "自治区", "直辖市"] }
 */
export interface CodelistEntry<C extends string = string> {
  /** Stable machine code (never translated). */
  readonly code: C;
  /** Label in Simplified Chinese, as reports write it. */
  readonly zh: string;
  /** Label in English. */
  readonly en: string;
  /** Other Simplified spellings seen in reports, used for lookup. */
  readonly aliases: readonly string[];
  /** Traditional spellings seen in reports, used for lookup (text matchers read Simplified). */
  readonly traditional?: readonly string[];
}

/**
 * Finds the entry of a code list whose code, label or alias equals `text`.
 *
 * @example
 * findEntry(LEVELS, "街道")?.code //=> "subdistrict"
 * findEntry(LEVELS, "nowhere") //=> undefined
 */
export function findEntry<C extends string>(
  list: readonly CodelistEntry<C>[],
  text: string,
): CodelistEntry<C> | undefined {
  const needle = text.trim();
  return list.find(
    (e) =>
      e.code === needle ||
      e.zh === needle ||
      e.en === needle ||
      e.aliases.includes(needle) ||
      e.traditional?.includes(needle) === true,
  );
}

/**
 * The codes of a code list, in order, as a non-empty tuple (for `z.enum`).
 *
 * @example
 * codesOf(LEVELS) //=> ["province", "city", "county", "township", "subdistrict", "department"]
 */
export function codesOf<C extends string>(
  list: readonly [CodelistEntry<C>, ...CodelistEntry<C>[]],
): [C, ...C[]] {
  const [first, ...rest] = list;
  return [first.code, ...rest.map((e) => e.code)];
}

/**
 * The label of a code in the given locale, or the code itself when it is unknown.
 *
 * @example
 * labelOf(LEVELS, "township", "zh-CN") //=> "乡镇"
 * labelOf(LEVELS, "township", "en") //=> "township"
 */
export function labelOf(list: readonly CodelistEntry[], code: string, locale: LabelLocale): string {
  const entry = list.find((e) => e.code === code);
  if (!entry) return code;
  return locale === "en" ? entry.en : entry.zh;
}

import type { CodelistEntry } from "./codelist";

/**
 * Magnitudes that scale a stated number. The code is the character as printed.
 *
 * @example
 * MAGNITUDE_LABELS.find((m) => m.code === "万")?.en //=> "ten thousand (10^4)"
 */
export const MAGNITUDE_LABELS = [
  { code: "百", zh: "百", en: "hundred (10^2)", aliases: [], traditional: ["佰"] },
  { code: "千", zh: "千", en: "thousand (10^3)", aliases: [], traditional: ["仟"] },
  { code: "万", zh: "万", en: "ten thousand (10^4)", aliases: [], traditional: ["萬"] },
  { code: "亿", zh: "亿", en: "hundred million (10^8)", aliases: [], traditional: ["億"] },
  { code: "万亿", zh: "万亿", en: "trillion (10^12)", aliases: [], traditional: ["萬億"] },
] as const satisfies readonly [CodelistEntry, ...CodelistEntry[]];

/**
 * A Chinese magnitude word written after a number (15.2万件, 4.4亿元): a code of `MAGNITUDE_LABELS`.
 * @example
 * const magnitude: MagnitudeCode = "万";
 */
export type MagnitudeCode = (typeof MAGNITUDE_LABELS)[number]["code"];

import type { CodelistEntry } from "./codelist";

/**
 * A Chinese magnitude word written after a number (15.2万件, 4.4亿元).
 * @example
 * const magnitude: MagnitudeCode = "万";
 */
export type MagnitudeCode = "百" | "千" | "万" | "亿" | "万亿";

/**
 * Magnitudes that scale a stated number. The code is the character as printed.
 *
 * @example
 * MAGNITUDE_LABELS.find((m) => m.code === "万")?.en //=> "ten thousand (10^4)"
 */
export const MAGNITUDE_LABELS = [
  { code: "百", zh: "百", en: "hundred (10^2)", aliases: ["佰"] },
  { code: "千", zh: "千", en: "thousand (10^3)", aliases: ["仟"] },
  { code: "万", zh: "万", en: "ten thousand (10^4)", aliases: ["萬"] },
  { code: "亿", zh: "亿", en: "hundred million (10^8)", aliases: ["億"] },
  { code: "万亿", zh: "万亿", en: "trillion (10^12)", aliases: ["萬億"] },
] as const satisfies readonly [CodelistEntry<MagnitudeCode>, ...CodelistEntry<MagnitudeCode>[]];

import type { CodelistEntry } from "./codelist";

/**
 * How a stated number is qualified in the text (DOMAIN §4). Kept in step with `QUALIFIERS` in numbers/.
 * @example
 * const qualifier: QualifierCode = "atLeast"; // 余, 以上
 */
export type QualifierCode = "exact" | "approx" | "atLeast" | "atMost" | "nearly" | "approxAtLeast";

/**
 * Qualifiers of stated numbers: 达 (exact), 约 (about), 余/多/以上/超过 (at least), 以下/不超过 (at most),
 * 近 (nearly, below), 约…余 (about, at least).
 *
 * @example
 * QUALIFIER_LABELS.find((q) => q.code === "atLeast")?.aliases //=> ["余", "多", "以上", "超过", "逾", "不少于", "至少"]
 */
export const QUALIFIER_LABELS = [
  { code: "exact", zh: "确数", en: "exact", aliases: ["达", "共", "计"] },
  { code: "approx", zh: "约数", en: "approximately", aliases: ["约", "大约", "左右"] },
  {
    code: "atLeast",
    zh: "以上",
    en: "at least",
    aliases: ["余", "多", "以上", "超过", "逾", "不少于", "至少"],
  },
  { code: "atMost", zh: "以下", en: "at most", aliases: ["以下", "不超过", "以内"] },
  { code: "nearly", zh: "近", en: "nearly", aliases: ["近", "将近", "接近"] },
  { code: "approxAtLeast", zh: "约…余", en: "about, at least", aliases: ["约余"] },
] as const satisfies readonly [CodelistEntry<QualifierCode>, ...CodelistEntry<QualifierCode>[]];

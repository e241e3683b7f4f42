import type { CodelistEntry } from "./codelist";

/**
 * A qualifier of stated numbers with the markers that imply it, before the number (约8000) and after it, before
 * or after its unit (8000余件, 98%以上).
 * @example
 * const entry: QualifierEntry = QUALIFIER_LABELS[1];
 * entry.before //=> ["大约", "约"]
 */
export interface QualifierEntry extends CodelistEntry {
  /** Markers written before a number. */
  readonly before: readonly string[];
  /** Markers written after a number (before or after its unit). */
  readonly after: readonly string[];
}

/**
 * Qualifiers of stated numbers (DOMAIN §4): 达 (exact), 约 (about), 余/多/以上/超过 (at least), 以下/不超过 (at
 * most), 近 (nearly, below), 约…余 (about, at least). Every marker is spelled here once; numbers/ reads them.
 *
 * @example
 * QUALIFIER_LABELS.find((q) => q.code === "atLeast")?.after //=> ["余", "多", "以上"]
 */
export const QUALIFIER_LABELS = [
  {
    code: "exact",
    zh: "确数",
    en: "exact",
    aliases: [],
    before: ["达到", "达", "共计", "共", "计"],
    after: [],
  },
  {
    code: "approx",
    zh: "约数",
    en: "approximately",
    aliases: [],
    before: ["大约", "约"],
    after: ["左右", "上下"],
  },
  {
    code: "atLeast",
    zh: "以上",
    en: "at least",
    aliases: [],
    before: ["超过", "逾", "不少于", "至少"],
    after: ["余", "多", "以上"],
  },
  {
    code: "atMost",
    zh: "以下",
    en: "at most",
    aliases: [],
    before: ["不超过"],
    after: ["以下", "以内", "内"],
  },
  { code: "nearly", zh: "近", en: "nearly", aliases: [], before: ["将近", "接近", "近"], after: [] },
  { code: "approxAtLeast", zh: "约…余", en: "about, at least", aliases: ["约余"], before: [], after: [] },
] as const satisfies readonly [QualifierEntry, ...QualifierEntry[]];

/**
 * How a stated number is qualified in the text (DOMAIN §4): a code of `QUALIFIER_LABELS`.
 * @example
 * const qualifier: QualifierCode = "atLeast"; // 余, 以上
 */
export type QualifierCode = (typeof QUALIFIER_LABELS)[number]["code"];

/**
 * Qualifier codes of a stated number (kept in step with the code list `QUALIFIER_LABELS`).
 *
 * @example
 * QUALIFIERS.includes("atLeast") //=> true
 */
export const QUALIFIERS = ["exact", "approx", "atLeast", "atMost", "nearly", "approxAtLeast"] as const;
/** How a stated number is qualified: 达 exact, 约 approx, 余/多/以上/超过 atLeast, 以下 atMost, 近 nearly, 约…余. */
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Markers written before a number, with the qualifier each implies on its own, in the order they are tried: a
 * marker comes before any shorter one it ends with (不超过 before 超过).
 *
 * @example
 * qualifierPrefixes().find(([m]) => m === "近")?.[1] //=> "nearly"
 */
export function qualifierPrefixes(): ReadonlyArray<readonly [string, Qualifier]> {
  return [
    ["大约", "approx"],
    ["约", "approx"],
    ["将近", "nearly"],
    ["接近", "nearly"],
    ["近", "nearly"],
    ["不超过", "atMost"],
    ["超过", "atLeast"],
    ["逾", "atLeast"],
    ["不少于", "atLeast"],
    ["至少", "atLeast"],
    ["达到", "exact"],
    ["达", "exact"],
    ["共计", "exact"],
    ["共", "exact"],
  ];
}

/**
 * Markers written after a number (before or after its unit), with the qualifier each implies, in the order they
 * are tried: a marker comes before any shorter one it starts with.
 *
 * @example
 * qualifierSuffixes().find(([m]) => m === "余")?.[1] //=> "atLeast"
 */
export function qualifierSuffixes(): ReadonlyArray<readonly [string, Qualifier]> {
  return [
    ["余", "atLeast"],
    ["多", "atLeast"],
    ["以上", "atLeast"],
    ["左右", "approx"],
    ["上下", "approx"],
    ["以下", "atMost"],
    ["以内", "atMost"],
    ["内", "atMost"],
  ];
}

/**
 * The qualifier implied by the marker before a number and the marker after it. An approximate prefix with an
 * at-least suffix (约8000余份) is `approxAtLeast`.
 *
 * @example
 * qualifierFromMarkers("约", "余") //=> "approxAtLeast"
 * qualifierFromMarkers("", "余") //=> "atLeast"
 * qualifierFromMarkers("近", "") //=> "nearly"
 * qualifierFromMarkers("不超过", "") //=> "atMost"
 * qualifierFromMarkers("", "") //=> "exact"
 */
export function qualifierFromMarkers(prefix: string, suffix: string): Qualifier {
  const pre = qualifierPrefixes().find(([m]) => prefix.endsWith(m))?.[1] ?? "exact";
  const post = qualifierSuffixes().find(([m]) => suffix.startsWith(m))?.[1] ?? "exact";
  if (pre === "approx" && post === "atLeast") return "approxAtLeast";
  if (post !== "exact") return post;
  return pre;
}

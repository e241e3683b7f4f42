import { codesOf, QUALIFIER_LABELS, type QualifierCode } from "../codelists";

/**
 * Qualifier codes of a stated number, from the code list `QUALIFIER_LABELS`.
 *
 * @example
 * QUALIFIERS.includes("atLeast") //=> true
 */
export const QUALIFIERS: readonly [QualifierCode, ...QualifierCode[]] =
  /* @__PURE__ */ codesOf(QUALIFIER_LABELS);
/** How a stated number is qualified: 达 exact, 约 approx, 余/多/以上/超过 atLeast, 以下 atMost, 近 nearly, 约…余. */
export type Qualifier = QualifierCode;

type Markers = ReadonlyArray<readonly [string, Qualifier]>;
let markers: { readonly before: Markers; readonly after: Markers } | undefined;

/** The markers of the code list by side, longest first (built on first use). */
function markersBySide(): { readonly before: Markers; readonly after: Markers } {
  if (markers) return markers;
  const side = (key: "before" | "after"): Markers =>
    QUALIFIER_LABELS.flatMap((q) => q[key].map((m) => [m, q.code] as const)).sort(
      (a, b) => b[0].length - a[0].length,
    );
  markers = { before: side("before"), after: side("after") };
  return markers;
}

/**
 * Markers written before a number, with the qualifier each implies on its own, in the order they are tried: a
 * marker comes before any shorter one it ends with (不超过 before 超过).
 *
 * @example
 * qualifierPrefixes().find(([m]) => m === "近")?.[1] //=> "nearly"
 */
export function qualifierPrefixes(): Markers {
  return markersBySide().before;
}

/**
 * Markers written after a number (before or after its unit), with the qualifier each implies, in the order they
 * are tried: a marker comes before any shorter one it starts with.
 *
 * @example
 * qualifierSuffixes().find(([m]) => m === "余")?.[1] //=> "atLeast"
 */
export function qualifierSuffixes(): Markers {
  return markersBySide().after;
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

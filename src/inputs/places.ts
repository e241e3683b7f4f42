import type { Evidence, ReportInput } from "../model";
import type { DocumentPlaces } from "./types";

/**
 * The 1-based page or paragraph of the original file in which an offset of the text lies (the last place that
 * starts at or before it), or `undefined` before the first place.
 *
 * @example
 * placeAt({ kind: "page", starts: [0, 1840, 3702] }, 2000) //=> 2
 * placeAt({ kind: "paragraph", starts: [5, 40] }, 0) //=> undefined
 */
export function placeAt(places: DocumentPlaces, offset: number): number | undefined {
  let lo = 0;
  let hi = places.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((places.starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? undefined : found + 1;
}

function placed(list: readonly Evidence[], places: DocumentPlaces): Evidence[] {
  return list.map((e) => {
    const n = e.start === undefined ? undefined : placeAt(places, e.start);
    return n === undefined ? e : { ...e, [places.kind]: n };
  });
}

function walk(value: unknown, places: DocumentPlaces): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, places));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "extensions") out[k] = v;
    else if (k === "evidence" && Array.isArray(v)) out[k] = placed(v as Evidence[], places);
    else out[k] = walk(v, places);
  }
  return out;
}

/**
 * A draft read from a converted file, each evidence given the page (PDF) or paragraph (Word) of the original
 * file where its quote starts, found from its `start` offset; the draft then says `schemaVersion: "1.1"`.
 * The draft itself is not changed.
 *
 * @example
 * const doc = await readDocumentBytes(bytes, "report.pdf");
 * if (doc.success && doc.value.places) {
 *   const report = withPlaces(extractReport(doc.value.text).report, doc.value.places);
 *   report.indicators[0]?.evidence?.[0]?.page //=> 2
 * }
 */
export function withPlaces(report: ReportInput, places: DocumentPlaces): ReportInput {
  return { ...(walk(report, places) as ReportInput), schemaVersion: "1.1" };
}

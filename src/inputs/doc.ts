import type { Locale } from "../locales";
import type { WordExtractorLike } from "./converters";
import { inputIssue } from "./messages";
import type { DocumentText, InputIssue } from "./types";

/**
 * A legacy Word .doc as the text word-extractor reads out of it: one line per paragraph (a table row's cells
 * separated by tabs), with the offset where each paragraph starts. Runs in Node (word-extractor needs `Buffer`).
 */
export async function readDoc(
  bytes: Uint8Array,
  WordExtractor: WordExtractorLike,
  locale: Locale,
): Promise<DocumentText | InputIssue> {
  const NodeBuffer = (globalThis as { Buffer?: { from(b: Uint8Array): Uint8Array } }).Buffer;
  if (!NodeBuffer)
    return inputIssue("unreadable", { format: "doc", detail: "word-extractor runs in Node only" }, locale);
  let body: string;
  try {
    body = (await new WordExtractor().extract(NodeBuffer.from(bytes))).getBody();
  } catch (error) {
    return inputIssue(
      "unreadable",
      { format: "doc", detail: String((error as Error)?.message ?? error) },
      locale,
    );
  }
  const text = body.replace(/\r\n?/g, "\n");
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1 && i + 1 < text.length; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  return { format: "doc", text, places: { kind: "paragraph", starts }, notices: [] };
}

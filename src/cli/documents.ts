import { closeSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DocumentPlaces } from "../inputs/index";
import type { Locale } from "../locales";
import type { InputName } from "./inputs";
import { loadOptional } from "./optional";
import { expandInputs } from "./walk";

/** Files that are read through a converter (fazhi-report/inputs), not decoded as text. */
export const CONVERTED = /\.(docx|docm|doc|pdf)$/i;

/** A converted file's text, what to tell about its reading, and the pages or paragraphs of the original. */
export type DocumentFile =
  | { readonly text: string; readonly notice: string; readonly places?: DocumentPlaces }
  | { readonly error: { readonly message: string; readonly code: string } };

/**
 * Reads a .docx, .doc or PDF file into the text the extractor reads (`readDocumentBytes`): the one place where the
 * CLI turns such bytes into text. Never throws: a missing file, one over `maxBytes`, a scan or a missing converter
 * is that file's error.
 */
export async function readDocumentFile(
  path: string,
  locale: Locale,
  maxBytes: number,
): Promise<DocumentFile> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { error: { message: `> ${maxBytes} bytes (--max-size)`, code: "tooLarge" } };
    const buffer = new Uint8Array(size);
    const fd = openSync(path, "r");
    try {
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      bytes = buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return { error: { message: String((error as Error).message ?? error), code } };
  }
  const { readDocumentBytes } = await import("../inputs/index");
  const r = await readDocumentBytes(bytes, path, { locale });
  if (!r.success) {
    const issue = r.issues[0];
    return { error: { message: issue?.message ?? "", code: issue?.code ?? "unreadable" } };
  }
  const notice = r.value.notices.map((n) => `${path}: ${n.code}: ${n.message}\n`).join("");
  return { text: r.value.text, notice, ...(r.value.places ? { places: r.value.places } : {}) };
}

/** An input of `check` or `table`, or a file of a folder that is skipped, with why. */
export type DocumentInput = InputName | { readonly path: string; readonly skipped: string };

const REPORT_OR_DOCUMENT = /\.(json|ndjson|jsonl|txt|text|md|s?html?|xhtml|docx|docm|doc|pdf)$/i;

/**
 * Expands inputs as `expandInputs` does, but a folder gives every report it holds in any form (JSON, NDJSON, text,
 * web page, Word, PDF); its other files are listed as skipped, with the reason, and the batch goes on.
 */
export async function expandDocuments(
  args: readonly string[],
  recursive: boolean,
  locale: Locale,
): Promise<DocumentInput[]> {
  const out: DocumentInput[] = [];
  const skipped =
    locale === "en"
      ? "skipped: not a report format (JSON, text, web page, .docx, .doc, PDF)"
      : "已跳过：不是报告文件格式（JSON、文本、网页、.docx、.doc、PDF）";
  for (const arg of args) {
    let dir = false;
    try {
      dir = statSync(arg, { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      dir = false;
    }
    if (!dir) {
      for (const name of await expandInputs([arg], recursive)) out.push(name);
      continue;
    }
    const { glob } = await loadOptional(
      "tinyglobby",
      "Reading a folder of documents",
      () => import("tinyglobby"),
    );
    const names = (await glob(recursive ? "**/*" : "*", { cwd: arg, onlyFiles: true, dot: false })).sort();
    if (names.length === 0) out.push({ path: arg, problem: "isDir" });
    for (const n of names)
      out.push(REPORT_OR_DOCUMENT.test(n) ? { path: join(arg, n) } : { path: join(arg, n), skipped });
  }
  return out;
}

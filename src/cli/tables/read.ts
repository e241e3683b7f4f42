import { hasTraditional, looksLikeHtml } from "../../extract";
import { extractReport, type Locale, type Report, safeParseReport } from "../../index";
import type { DocumentPlaces } from "../../inputs/index";
import { parseJsonText } from "../../source";
import { CONVERTED, expandDocuments, readDocumentFile } from "../documents";
import { readStdin, readText } from "../inputs";
import { cliText, problemText } from "../messages";
import { loadOptional } from "../optional";
import { tableText } from "./messages";

/** A report read from an input, or why an input gave none. */
export type ReadReport =
  | { readonly file: string; readonly report: Report }
  | { readonly file: string; readonly error: string };

/** Options of `readReports`. */
export interface ReadOptions {
  readonly locale: Locale;
  readonly maxBytes: number;
  readonly recursive?: boolean;
  /** Called once per input file, after it is read (for a progress bar). */
  readonly onFile?: (file: string, index: number, total: number) => void;
}

function fromJson(file: string, text: string, locale: Locale): ReadReport {
  let value: unknown;
  try {
    value = JSON.parse(text); // fast road; safeParseReport refuses __proto__ keys and other tricks
  } catch {
    value = undefined;
  }
  const parsed = value === undefined ? parseJsonText(text) : { ok: true as const, value };
  if (!parsed.ok)
    return {
      file: `${file}:${parsed.error.line}:${parsed.error.column}`,
      error: `${cliText(locale).invalidJson}: ${parsed.error.message}`,
    };
  const r = safeParseReport(parsed.value, { locale });
  if (r.success) return { file, report: r.value };
  const first = r.issues[0];
  return {
    file,
    error: `${tableText(locale).notAReport}: ${first ? `${first.path || "/"} ${first.message}` : ""}`,
  };
}

async function fromText(
  file: string,
  text: string,
  locale: Locale,
  places?: DocumentPlaces,
): Promise<ReadReport> {
  const toSimplified = hasTraditional(text)
    ? (await loadOptional("opencc-js", "Traditional Chinese text", () => import("opencc-js/t2cn"))).Converter(
        {
          from: "t",
          to: "cn",
        },
      )
    : undefined;
  const htmlToText = looksLikeHtml(text)
    ? (await loadOptional("htmlparser2", "An HTML page", () => import("../../html/index"))).htmlToText
    : undefined;
  const r = extractReport(text, {
    fileName: file === "-" ? "stdin.txt" : file.replace(/^.*[\\/]/, ""),
    locale,
    ...(toSimplified ? { toSimplified } : {}),
    ...(htmlToText ? { htmlToText } : {}),
  });
  if (r.warnings.some((w) => w.code === "empty" || w.code === "binary" || w.code === "notAReport"))
    return { file, error: tableText(locale).nothingExtracted };
  const draft = places ? (await import("../../inputs/index")).withPlaces(r.report, places) : r.report;
  const parsed = safeParseReport(draft, { locale });
  return parsed.success ? { file, report: parsed.value } : { file, error: tableText(locale).notAReport };
}

const JSON_FILE = /\.json$/i;
const NDJSON_FILE = /\.(ndjson|jsonl)$/i;

/**
 * Every report of the inputs, one at a time (files, directories of .json/.ndjson, globs, `-`): JSON and NDJSON are
 * parsed, any other file is a report's text or web page and is extracted on the way. Ids used twice are renamed
 * (`id:2`) so that rows stay keyed by report id.
 */
export async function* readReports(
  inputs: readonly string[],
  options: ReadOptions,
): AsyncGenerator<ReadReport> {
  const t = cliText(options.locale);
  const names = await expandDocuments(inputs, options.recursive ?? false, options.locale);
  const seen = new Map<string, number>();
  const renamed = (r: ReadReport): ReadReport => {
    if (!("report" in r)) return r;
    const n = (seen.get(r.report.id) ?? 0) + 1;
    seen.set(r.report.id, n);
    if (n === 1) return r;
    const id = `${r.report.id}:${n}`.slice(0, 128);
    process.stderr.write(`${r.file}: ${tableText(options.locale).duplicateId(r.report.id, id)}\n`);
    return { file: r.file, report: { ...r.report, id } };
  };
  for (const [index, name] of names.entries()) {
    if ("skipped" in name) {
      yield { file: name.path, error: name.skipped };
      continue;
    }
    if ("problem" in name) {
      yield { file: name.path, error: name.problem === "isDir" ? t.isDir : t.notFound };
      continue;
    }
    const file = name.path;
    if (file !== "-" && CONVERTED.test(file)) {
      // .docx, .doc and PDF: through their converters, with the pages or paragraphs they had.
      const doc = await readDocumentFile(file, options.locale, options.maxBytes);
      if ("error" in doc) yield { file, error: doc.error.message };
      else {
        process.stderr.write(doc.notice);
        yield renamed(await fromText(file, doc.text, options.locale, doc.places));
      }
      options.onFile?.(file, index, names.length);
      continue;
    }
    // the same reading as validate and check: size limit on standard input too, encodings decoded or refused
    const read = file === "-" ? await readStdin(options.maxBytes) : readText(file, options.maxBytes);
    if ("problem" in read) {
      yield { file, error: problemText(options.locale, read.problem, options.maxBytes, read.detail).message };
      continue;
    }
    const text = read.text;
    if (NDJSON_FILE.test(file)) {
      for (const [i, line] of text.split("\n").entries())
        if (line.trim() !== "") yield renamed(fromJson(`${file}:${i + 1}`, line, options.locale));
    } else if (JSON_FILE.test(file) || (file === "-" && /^\s*\{/.test(text))) {
      yield renamed(fromJson(file, text, options.locale));
    } else {
      yield renamed(await fromText(file, text, options.locale));
    }
    options.onFile?.(file, index, names.length);
  }
}

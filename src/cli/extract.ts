import {
  deriveRates,
  type ExtractResult,
  extractReport,
  hasTraditional,
  type Locale,
  lineIndex,
  looksLikeHtml,
  RELATION_BASES,
  type Report,
  type ReportInput,
  sourceSpanOf,
  type ValidateOptions,
  validateReport,
} from "../index";
import type { FileResult } from "../output";
import { isStdin, readStdin, readText } from "./inputs";
import { cliText, problemText } from "./messages";
import { loadOptional } from "./optional";

/**
 * Reads a report text with the same checks as `fazhi validate` (missing, a folder, unreadable, empty, binary,
 * over --max-size, stdin included). A GB18030 (GBK) text is read as such, with a notice.
 */
async function readSource(
  file: string,
  locale: Locale,
  maxBytes: number,
): Promise<{ text: string; notice: string } | { error: { message: string; code: string } }> {
  const read = isStdin(file) ? await readStdin(maxBytes) : readText(file, maxBytes);
  if ("problem" in read) return { error: problemText(locale, read.problem, maxBytes, read.detail) };
  const notice =
    read.encoding === "GB18030" ? `${file}: encoding: ${cliText(locale).decodedAs(read.encoding)}\n` : "";
  return { text: read.text, notice };
}

/** Where a JSON Pointer of a draft points in the source text: line and column of its evidence. */
function locator(report: ReportInput, text: string) {
  const position = lineIndex(text);
  return (pointer: string) => {
    const span = sourceSpanOf(report, pointer);
    if (!span) return undefined;
    const { line, column } = position(span.start);
    return { line, column };
  };
}

/** opencc-js's Traditional → Simplified converter, loaded only for a text that needs it. */
async function simplifierFor(text: string): Promise<((s: string) => string) | undefined> {
  if (!hasTraditional(text)) return undefined;
  const { Converter } = await loadOptional(
    "opencc-js",
    "Traditional Chinese text",
    () => import("opencc-js/t2cn"),
  );
  return Converter({ from: "t", to: "cn" });
}

/** fazhi-report/html's reader, loaded only for an HTML page. */
async function htmlReaderFor(text: string): Promise<((s: string) => string) | undefined> {
  if (!looksLikeHtml(text)) return undefined;
  const { htmlToText } = await loadOptional("htmlparser2", "An HTML page", () => import("../html/index"));
  return htmlToText;
}

/** Nothing usable came out: the text is empty, binary, or not a report. */
function nothingExtracted(r: ExtractResult): boolean {
  return r.warnings.some((w) => w.code === "empty" || w.code === "binary" || w.code === "notAReport");
}

/** `fazhi extract <file.txt>`: the draft report as JSON on stdout, warnings on stderr. */
export async function runExtract(
  file: string | undefined,
  locale: Locale,
  maxBytes: number,
): Promise<{ output: string; exitCode: number; warnings: string }> {
  if (!file) return { output: "", exitCode: 2, warnings: "fazhi extract: expects <file.txt>\n" };
  const src = await readSource(file, locale, maxBytes);
  if ("error" in src) return { output: "", exitCode: 2, warnings: `${file}: ${src.error.message}\n` };
  const toSimplified = await simplifierFor(src.text);
  const htmlToText = await htmlReaderFor(src.text);
  const r: ExtractResult = extractReport(src.text, {
    ...(htmlToText ? { htmlToText } : {}),
    fileName: file === "-" ? "stdin.txt" : file.replace(/^.*[\\/]/, ""),
    locale,
    ...(toSimplified ? { toSimplified } : {}),
  });
  const warnings =
    src.notice +
    r.warnings.map((w) => `${file}${w.line ? `:${w.line}` : ""}: ${w.code}: ${w.message}\n`).join("");
  const nothing = nothingExtracted(r);
  return { output: `${JSON.stringify(r.report, null, 2)}\n`, exitCode: nothing ? 2 : 0, warnings };
}

/** `fazhi check <file.txt>`: extract, then validate; findings point at the lines of the text. */
export async function runCheck(
  file: string,
  locale: Locale,
  options: ValidateOptions,
  maxBytes: number,
): Promise<{ files: FileResult[]; warnings: string; nothing: boolean; rates: string }> {
  const src = await readSource(file, locale, maxBytes);
  if ("error" in src)
    return {
      files: [{ file, error: src.error }],
      warnings: "",
      nothing: true,
      rates: "",
    };
  const toSimplified = await simplifierFor(src.text);
  const htmlToText = await htmlReaderFor(src.text);
  const r = extractReport(src.text, {
    ...(htmlToText ? { htmlToText } : {}),
    fileName: file.replace(/^.*[\\/]/, ""),
    locale,
    ...(toSimplified ? { toSimplified } : {}),
  });
  const { report, ...result } = validateReport(r.report, { ...options, locale, documentText: src.text });
  const warnings =
    src.notice +
    r.warnings.map((w) => `${file}${w.line ? `:${w.line}` : ""}: ${w.code}: ${w.message}\n`).join("");
  const nothing = nothingExtracted(r);
  return {
    files: [{ file, result, locate: locator(r.report, src.text) }],
    warnings,
    nothing,
    rates: report ? ratesWithQuotes(report, locale) : "",
  };
}

/** How the text says a relation holds, in a locale (codelists/relationBases.ts). */
function basisLabel(code: string, locale: Locale): string {
  const entry = RELATION_BASES.find((b) => b.code === code);
  return entry ? (locale === "en" ? entry.en : entry.zh) : code;
}

/**
 * The rates a draft states, recomputed, each with how the text relates it to its counts and each figure with its
 * line and quote; then the rates the text gives no base for, as not recomputable.
 */
export function ratesWithQuotes(report: Report, locale: Locale): string {
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  const relations = new Map(report.relations.map((r) => [r.id, r]));
  const figure = (id: string) => {
    const ev = byId.get(id)?.evidence?.[0];
    return ev ? `      ${ev.line ? `${ev.line}:` : ""} ${ev.quote}` : `      ${id}`;
  };
  const out: string[] = [];
  for (const r of deriveRates(report)) {
    const relation = relations.get(r.relationId);
    if (relation?.type !== "rate") continue;
    const head = r.check
      ? `${{ pass: "✓", passOtherMode: "≈", fail: "✗" }[r.check.status]} ${locale === "en" ? r.check.explanation.en : r.check.explanation.zh}`
      : `- ${r.notApplicable ?? ""}`;
    const basis = relation.basis ? ` [${basisLabel(relation.basis, locale)}]` : "";
    out.push(`    ${head}${basis}`);
    const ids = [
      relation.rate,
      ...relation.numerator,
      ...relation.denominator,
      ...(relation.denominatorExcludes ?? []),
    ];
    for (const id of [...new Set(ids)]) out.push(figure(id));
  }
  // Rates the text gives no base for: listed, not judged.
  const linked = new Set(report.relations.flatMap((r) => (r.type === "rate" ? [r.rate] : [])));
  const unlinked = report.indicators.filter((i) => i.unit === "%" && !linked.has(i.id));
  for (const ind of unlinked) {
    const ev = ind.evidence?.[0];
    out.push(
      `    - ${locale === "en" ? "not recomputable: the text does not say which counts it is computed from" : "未复算：文中没有写明其由哪些数计算"}`,
      `      ${ev?.line ? `${ev.line}:` : ""} ${ev?.quote ?? ind.id}`,
    );
  }
  if (out.length === 0) return "";
  return `  ${locale === "en" ? "Rates recomputed" : "比率复算"}\n${out.join("\n")}\n`;
}

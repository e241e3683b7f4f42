import { withConceptCodes } from "../codelists/conceptCodes";
import type { Locale } from "../locales";
import type { ReportInput } from "../model";
import { safeParseReport } from "../model";
import { sha256Hex } from "../model/hash";
import { documentParts } from "./documentParts";
import { figuresOf } from "./figures";
import { levelOf } from "./header";
import {
  findReportTitle,
  issuerFromFirstSentence,
  issuerFromLines,
  issuersFromTitle,
  jurisdictionOf,
  yearFromBody,
} from "./metadata";
import { problemsAndPlans } from "./problemsPlans";
import { assignRoles, sectionsOf } from "./sections";
import { viewOf } from "./view";
import { type ExtractWarning, warning } from "./warnings";
import { zonesOf } from "./zones";

export { hasTraditional, looksLikeHtml } from "./view";

/**
 * The version of the extractor, recorded in provenance.
 * @example
 * extractReport(text).provenance.extractorVersion === EXTRACTOR_VERSION //=> true
 */
export const EXTRACTOR_VERSION = "0.1.0";

/**
 * Options of `extractReport`.
 * @example
 * const options: ExtractOptions = { fileName: "report.txt", locale: "en", reportYear: 2023 };
 * extractReport(text, options);
 */
export interface ExtractOptions {
  /** Name of the source file, recorded in `source.file` and used for the report id. */
  readonly fileName?: string;
  /** The report year, when neither the title nor the body gives it. */
  readonly reportYear?: number;
  /** Language of warnings. Default `"zh-CN"`. */
  readonly locale?: Locale;
  /**
   * Converts Traditional to Simplified characters (for instance opencc-js's `Converter({ from: "t", to: "cn" })`).
   * Used only when the text has Traditional characters, and only to match keywords: a line is converted when
   * the conversion keeps its length (else character by character), so offsets and quotes stay those of the
   * original text.
   */
  readonly toSimplified?: (text: string) => string;
  /**
   * Reads an HTML page: `htmlToText` from `fazhi-report/html` (or any function returning a same-length text laid
   * over the HTML). Used only when the input looks like HTML; quotes and offsets stay those of the page. Without
   * it, an HTML page is read as text and flagged.
   */
  readonly htmlToText?: (html: string) => string;
}

/**
 * What `extractReport` returns: a draft report, warnings, and how it was made.
 * @example
 * const { report, warnings, provenance }: ExtractResult = extractReport(text);
 * provenance.noise.length // lines set aside as page furniture
 */
export interface ExtractResult {
  /** A draft that always passes `safeParseReport`; every value's evidence points into the original text. */
  readonly report: ReportInput;
  readonly warnings: readonly ExtractWarning[];
  readonly provenance: {
    readonly extractorVersion: string;
    readonly textSha256: string;
    /** Lines set aside as page noise (breadcrumbs, footers, share buttons …). */
    readonly noise: ReadonlyArray<{ start: number; end: number; line: number }>;
    /** Why each section got its roles and themes: matched words by role or theme code. */
    readonly explanations: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  };
}

/** Whether a text without a report title still reads as a rule-of-law government report. */
function reportLike(text: string, hasHeadings: boolean): boolean {
  const head = text.slice(0, 4000);
  if (!/法治|依法行政/.test(head)) return false;
  if (/(法治政府建设|依法行政).{0,16}(情况|工作)?.{0,6}报告如下|报告如下/.test(head)) return true;
  if (!hasHeadings) return false;
  const parts = [
    /(19|20)\d{2}\s*年[^。]{0,40}(法治政府建设|依法行政)/,
    /第一责任人/,
    /存在的?(问题|不足)|问题和不足|短板/,
    /下一步|(19|20)\d{2}\s*年(工作)?(打算|安排|计划|思路)|下一年度/,
  ].filter((p) => p.test(text)).length;
  return parts >= 2;
}

/**
 * Reads a published report's plain text into a draft `Report`: header (title, year, jurisdiction, 文号, 签发人,
 * 主送), the section tree with roles and 纲要 themes, every stated figure as an indicator with its quote and
 * offsets, the relations the text states (其中, rates, counted lists), problems and plans, and the tail (date,
 * 抄送, 印发). Page noise is set aside. Never throws: empty, binary, HTML or non-report input gives a minimal draft
 * with warnings. The text is never altered; all offsets point into it. Linear in the length of the text.
 *
 * @example
 * const { report, warnings } = extractReport(readFileSync("report.txt", "utf8"), { fileName: "report.txt" });
 * report.title //=> "临河区2023年法治政府建设情况报告"
 * extractReport("").warnings[0]?.code //=> "empty"
 */
export function extractReport(text: string, options: ExtractOptions = {}): ExtractResult {
  const locale = options.locale ?? "zh-CN";
  const warnings: ExtractWarning[] = [];
  const input = typeof text === "string" ? text : "";
  const textSha256 = sha256Hex(input);
  // An HTML page is read through its text laid over it (same length), so offsets still point into the page.
  const v = viewOf(input, options.htmlToText, options.toSimplified);
  const { lines } = v;
  if (v.empty) warnings.push(warning("empty", locale));
  if (input.includes("\u0000")) warnings.push(warning("binary", locale));
  if (v.isHtml) warnings.push(warning(v.view === input ? "html" : "htmlRead", locale));
  if (v.traditional) warnings.push(warning(v.converted ? "traditionalConverted" : "traditional", locale));

  const title = findReportTitle(lines);
  if (!title && !v.empty) warnings.push(warning("noTitle", locale));
  const zones = zonesOf(lines, title?.lineIndex);
  const reportYear = title?.year ?? options.reportYear ?? yearFromBody(lines, zones.bodyStart);
  if (reportYear === undefined && !v.empty) warnings.push(warning("noYear", locale));

  const tree = sectionsOf(input, lines, zones.bodyStart, zones.bodyEnd);
  if (tree.top.length === 0 && !v.empty) warnings.push(warning("noHeadings", locale));
  const explanations = assignRoles(tree, reportYear);
  const { indicators, relations } = figuresOf(input, tree.all);
  if (indicators.length === 0 && !v.empty) warnings.push(warning("noNumbers", locale));
  const { problems, plans } = problemsAndPlans(input, tree.all, reportYear);
  const titleIdx = title?.lineIndex ?? -1;
  const { publisher, ...parts } = documentParts(
    lines,
    zones.bodyStart,
    zones.bodyEnd,
    titleIdx,
    warnings,
    locale,
  );

  // Issuers: the title's, else the body's first sentence's, else the header's or signature's.
  const named = title ? issuersFromTitle(title.title.value) : [];
  const fromLines = issuerFromLines(lines.slice(0, zones.bodyStart), lines.slice(zones.bodyEnd), titleIdx);
  const place = named.length === 1 && /(县|区|市|省|自治区|州|旗|镇|乡)$/.test(named[0] ?? "");
  const subject = issuerFromFirstSentence(lines, zones.bodyStart);
  const publisherNamed = place && publisher?.startsWith(named[0] ?? "") ? publisher : undefined;
  const issuers =
    named.length > 0 && !place
      ? named
      : [fromLines.header ?? fromLines.signature ?? publisherNamed ?? subject ?? named[0]].filter(
          (x): x is string => !!x,
        );
  const government = issuers.find((x) => !/委$|委员会$|^中共|党委|党工委/.test(x)) ?? issuers[0];
  const name = government ? jurisdictionOf(government) : "未知";
  if (!government && !v.empty) warnings.push(warning("noJurisdiction", locale));
  // A text is refused as "not a report" only when nothing in it is about rule-of-law government work; a text that
  // is about it but does not read as a report is extracted with a warning.
  if (!v.empty && !title && !/法治|依法|行政|政府|政务|执法|复议|诉讼|普法|规范性文件/.test(v.view))
    warnings.push(warning("notAReport", locale));
  else if (!v.empty && !title && !reportLike(v.view, tree.top.length > 0))
    warnings.push(warning("mayNotBeReport", locale));

  const sections = [...(tree.preamble ? [tree.preamble.section] : []), ...tree.top.map((d) => d.section)];
  const report: ReportInput = {
    schemaVersion: "1.0",
    id: slug(options.fileName) ?? `draft-${textSha256.slice(0, 12)}`,
    title:
      (title?.title.value ?? (options.fileName ?? "未命名报告").replace(/\.[^.]+$/, "")).trim() ||
      "未命名报告",
    ...(reportYear !== undefined ? { reportYear: Math.min(2100, Math.max(1949, reportYear)) } : {}),
    language: v.traditional ? "zh-Hant" : "zh-Hans",
    jurisdiction: { name, level: levelOf(name) },
    issuers: (issuers.length > 0 ? issuers : [name]).map((issuer) => ({
      name: issuer,
      role: /^中共|党委|县委|市委|区委|州委|旗委|党工委/.test(issuer) ? "partyCommittee" : "government",
    })),
    ...parts,
    source: {
      ...(publisher ? { publisher } : {}),
      ...(options.fileName ? { file: options.fileName } : {}),
      textSha256,
    },
    sections,
    // Shared concept codes (codelists/concepts), as conceptsOf gives them to a report.
    indicators: withConceptCodes(indicators, sections, reportYear),
    relations,
    problems,
    plans,
  };
  const checked = safeParseReport(report, { locale: "en" });
  return {
    report: checked.success ? report : fallback(report, textSha256),
    warnings,
    provenance: { extractorVersion: EXTRACTOR_VERSION, textSha256, noise: zones.noise, explanations },
  };
}

function slug(fileName: string | undefined): string | undefined {
  const base = fileName
    ?.replace(/^.*[\\/]/, "")
    .replace(/\.[^.]+$/, "")
    .replace(/[^A-Za-z0-9._:-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "");
  return base ? base.slice(0, 120) : undefined;
}

function fallback(report: ReportInput, sha: string): ReportInput {
  return {
    schemaVersion: "1.0",
    id: `draft-${sha.slice(0, 12)}`,
    title: report.title || "未命名报告",
    ...(report.reportYear !== undefined ? { reportYear: report.reportYear } : {}),
    jurisdiction: { name: report.jurisdiction.name || "未知", level: "county" },
    issuers: [{ name: report.jurisdiction.name || "未知" }],
    source: { textSha256: sha },
    sections: [],
    indicators: [],
    relations: [],
    problems: [],
    plans: [],
  };
}

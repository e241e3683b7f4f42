import type { Evidence, Indicator, Plan, Problem, Relation, ReportInput, Section } from "../model";
import { safeParseReport } from "../model";
import { sha256Hex } from "../model/hash";
import { classify, type Role } from "./classify";
import {
  findDocNumber,
  findLabelled,
  findPublication,
  findTitle,
  isDateLine,
  isOrgLine,
  jurisdictionFromTitle,
  levelOf,
  readDate,
} from "./header";
import { type HeadingMatch, levelOfStyle, readHeading } from "./headings";
import { causeOf, soundsLikeProblem, splitItems } from "./items";
import { isMetaLine, isNoiseLine, type SourceLine, splitLines } from "./lines";
import { type Mention, mentionsIn } from "./mentions";
import { findRelations } from "./relations";
import { type ExtractWarning, warning } from "./warnings";

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
  /** The report year, when the title does not give it. */
  readonly reportYear?: number;
  /** Language of warnings. Default `"zh-CN"`. */
  readonly locale?: "zh-CN" | "en";
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
 * Whether a text looks like an HTML page (a tag among its first 5,000 characters).
 *
 * @example
 * looksLikeHtml("<html><body><p>报告</p></body></html>") //=> true
 * looksLikeHtml("一、总体情况") //=> false
 */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype|html|head|body|div|p|span|br|table|meta)\b/i.test(text.slice(0, 5000));
}

/** Lines of a text laid over `original`, numbered as the original's lines. */
function onOriginalLines(lines: SourceLine[], original: string): SourceLine[] {
  const starts = [0];
  for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 10) starts.push(i + 1);
  let k = 0;
  return lines.map((l, index) => {
    while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= l.start) k++;
    return { ...l, index, line: k + 1 };
  });
}

const TRADITIONAL = /[國務縣鎮區發門會與為這說進關實體們經報記處際復權應]/;

/**
 * Whether a text has Traditional Chinese characters (a cheap test, to decide whether to load a converter).
 *
 * @example
 * hasTraditional("臨河區法治政府建設報告") //=> true
 * hasTraditional("临河区法治政府建设报告") //=> false
 */
export function hasTraditional(text: string): boolean {
  return TRADITIONAL.test(text);
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

/** A same-length Simplified reading of a line: whole-line conversion, else character by character. */
function simplifier(convert: (text: string) => string): (raw: string) => string {
  return (raw) => {
    const whole = convert(raw);
    if (whole.length === raw.length) return whole;
    let out = "";
    for (const ch of raw) {
      const c = convert(ch);
      out += c.length === ch.length ? c : ch;
    }
    return out;
  };
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

interface Draft {
  section: Section;
  parentRoles: Role[];
  bodyLines: SourceLine[];
}

const SENTENCE_END = /[。！？!?；;：:”"）)]$/;

function evidence(text: string, start: number, end: number, line: number, sectionId?: string): Evidence {
  const to = entityEnd(text, start, end);
  return { quote: text.slice(start, to), start, end: to, line, ...(sectionId ? { sectionId } : {}) };
}

/**
 * Where a quote of an HTML page must end so as not to cut a character reference in two: read through
 * `htmlToText`, `&#37;` is `%` followed by spaces, so a quote ending at the `%` ends inside the reference.
 */
function entityEnd(text: string, start: number, end: number): number {
  // Look only at the few characters around the end (a search through the whole text would make long texts
  // quadratic).
  const from = Math.max(start, end - 12);
  const back = text.slice(from, end).lastIndexOf("&");
  if (back === -1) return end;
  const amp = from + back;
  const semi = text.slice(amp, amp + 13).indexOf(";");
  if (semi === -1 || amp + semi < end) return end;
  return /^&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);$/i.test(text.slice(amp, amp + semi + 1)) ? amp + semi + 1 : end;
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
  const isHtml = looksLikeHtml(input);
  const laid = isHtml && options.htmlToText ? options.htmlToText(input) : undefined;
  const view = laid !== undefined && laid.length === input.length ? laid : input;
  const traditional = hasTraditional(view);
  const convert = traditional && options.toSimplified ? simplifier(options.toSimplified) : undefined;
  const lines =
    view === input ? splitLines(input, convert) : onOriginalLines(splitLines(view, convert), input);
  const noise: Array<{ start: number; end: number; line: number }> = [];
  if (view.trim() === "") warnings.push(warning("empty", locale));
  if (input.includes("\u0000")) warnings.push(warning("binary", locale));
  if (isHtml) warnings.push(warning(view === input ? "html" : "htmlRead", locale));
  if (traditional) warnings.push(warning(convert ? "traditionalConverted" : "traditional", locale));

  const titleFound = findTitle(lines);
  if (!titleFound && view.trim() !== "") warnings.push(warning("noTitle", locale));
  const reportYear = titleFound?.year ?? options.reportYear ?? new Date().getFullYear() - 1;
  if (!titleFound?.year && !options.reportYear && view.trim() !== "")
    warnings.push(warning("noYear", locale));
  const titleText = titleFound?.title.value ?? (options.fileName ?? "未命名报告").replace(/\.[^.]+$/, "");
  const jurisdictionName = titleFound ? jurisdictionFromTitle(titleFound.title.value) : undefined;
  if (titleFound && !jurisdictionName) warnings.push(warning("noJurisdiction", locale));

  // zones: header (to the title and the short lines after it), body, tail (signature, date, 抄送, 印发)
  const isNoise = (l: SourceLine) => isNoiseLine(l.norm) || isMetaLine(l.norm);
  let bodyStart = titleFound ? titleFound.lineIndex + 1 : 0;
  while (bodyStart < lines.length) {
    const l = lines[bodyStart] as SourceLine;
    const t = l.norm.trim();
    if (t === "" || isNoise(l)) {
      bodyStart++;
      continue;
    }
    const headerish = /签发人|^[\u4e00-\u9fa5]{2,8}[政发办文函字]\s*(?:〔|\[|（|\()?(?:19|20)\d{2}/.test(t);
    if (titleFound && (headerish || (t.length < 30 && !/[。；]/.test(t) && !readHeading(l.norm, false)))) {
      bodyStart++;
      continue;
    }
    break;
  }
  let bodyEnd = lines.length;
  while (bodyEnd > bodyStart) {
    const l = lines[bodyEnd - 1] as SourceLine;
    const t = l.norm.trim();
    if (
      t === "" ||
      isNoise(l) ||
      isDateLine(t) ||
      isOrgLine(t) ||
      /^(抄送|印发|附件)/.test(t) ||
      /印发$/.test(t)
    )
      bodyEnd--;
    else break;
  }
  for (const l of lines)
    if (l.norm.trim() !== "" && isNoise(l)) noise.push({ start: l.start, end: l.end, line: l.line });

  // sections
  const allDrafts: Draft[] = [];
  const root: Draft[] = [];
  const stack: Array<{ draft: Draft; level: number }> = [];
  let preamble: Draft | undefined;
  let nestedComma: { top: number; last: number } | undefined;
  let topCount = 0;
  const counters = new Map<string, number>();
  const newId = (parent: string | undefined) => {
    const key = parent ?? "";
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return parent ? `${parent}.${n}` : `s${n}`;
  };
  const explanations: Record<string, Record<string, readonly string[]>> = {};
  for (let i = bodyStart; i < bodyEnd; i++) {
    const l = lines[i] as SourceLine;
    if (l.norm.trim() === "" || isNoise(l)) continue;
    const next = lines.slice(i + 1, i + 4).find((x) => x.norm.trim() !== "");
    const h: HeadingMatch | undefined = readHeading(
      l.norm,
      next !== undefined && next.norm.trim().length > 20,
    );
    if (h) {
      let level = levelOfStyle(h.style);
      if (h.style === "chineseComma" && h.number !== undefined) {
        const top = stack[0]?.draft.section.number;
        if (nestedComma && h.number === nestedComma.last + 1) {
          level = 2;
          nestedComma.last = h.number;
        } else if (
          top !== undefined &&
          h.number === 1 &&
          top >= 1 &&
          stack.length > 0 &&
          h.bodyFrom !== undefined
        ) {
          level = 2;
          nestedComma = { top, last: 1 };
        } else nestedComma = undefined;
      }
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      const parent = stack[stack.length - 1]?.draft;
      const id = newId(parent?.section.id);
      if (!parent) topCount++;
      const section: Section = {
        id,
        ...(h.ordinal ? { ordinal: h.ordinal } : {}),
        ordinalStyle: h.markdown && h.style === "none" ? "markdown" : h.style,
        level: parent ? Math.min(9, parent.section.level + 1) : 1,
        ...(h.number !== undefined ? { number: h.number } : {}),
        title: l.raw.slice(h.titleFrom, h.titleFrom + h.title.length),
        paragraphs: h.bodyFrom !== undefined ? [l.raw.slice(h.bodyFrom).trim()] : [],
        roles: ["measures"],
        themes: [],
        evidence: [
          evidence(
            input,
            l.start + (l.raw.length - l.raw.trimStart().length),
            l.start + h.titleFrom + h.title.length,
            l.line,
            id,
          ),
        ],
        children: [],
      };
      const draft: Draft = { section, parentRoles: parent ? parent.section.roles : [], bodyLines: [l] };
      if (parent) parent.section.children.push(section);
      else root.push(draft);
      stack.push({ draft, level });
      allDrafts.push(draft);
      continue;
    }
    const current = stack[stack.length - 1]?.draft;
    if (!current && !preamble) preamble = makePreamble();
    const target = current ?? (preamble as Draft);
    const paras = target.section.paragraphs;
    const prevLine = target.bodyLines[target.bodyLines.length - 1];
    const last = paras[paras.length - 1];
    const joined =
      last !== undefined && prevLine && prevLine.index === i - 2 && !SENTENCE_END.test(last.trim());
    if (joined && last !== undefined) paras[paras.length - 1] = last + l.raw.trim();
    else paras.push(l.raw.trim());
    target.bodyLines.push(l);
  }
  function makePreamble(): Draft {
    const d: Draft = {
      section: { id: "s0", level: 1, paragraphs: [], roles: ["preamble"], themes: [], children: [] },
      parentRoles: [],
      bodyLines: [],
    };
    allDrafts.push(d);
    return d;
  }
  if (topCount === 0 && view.trim() !== "") warnings.push(warning("noHeadings", locale));

  // roles and themes, parents before children
  const draftOf = new Map(allDrafts.map((d) => [d.section, d]));
  for (const d of allDrafts) {
    if (d.section.roles[0] === "preamble") continue;
    let inherited = d.parentRoles.filter((r) => r !== "preamble");
    if (inherited.includes("problems") && inherited.includes("plans")) {
      inherited = [soundsLikeProblem(d.section.title ?? "") ? "problems" : "plans"];
    }
    const c = classify(d.section.title ?? "", d.section.paragraphs.join(""), reportYear, inherited);
    d.section.roles = c.roles;
    d.section.themes = c.themes;
    explanations[d.section.id] = c.matched;
    for (const child of d.section.children) {
      const cd = draftOf.get(child);
      if (cd) cd.parentRoles = c.roles;
    }
  }

  // figures and relations, line by line
  const indicators: Indicator[] = [];
  const relations: Relation[] = [];
  for (const d of allDrafts) {
    for (const l of d.bodyLines) {
      const ms = mentionsIn(l.norm, l.start, d.section.title ?? "");
      const ids = ms.map((m) => {
        const id = `i${indicators.length + 1}`;
        indicators.push(toIndicator(id, m, input, l.line, d.section.id));
        return id;
      });
      const found = findRelations(l.norm, ms, l.start);
      // A rate of a part in its whole (通过率, 成功率, 纠错率 …) says the parts are within the whole: state it, so
      // that FZ-ARITH-002 checks it, unless the line already said so.
      const impliedSubset = (parts: readonly number[], whole: number) => {
        const w = ms[whole];
        const ps = parts.map((k) => ms[k]);
        const sameCount = ps.every(
          (p) => p && w && p.unit === w.unit && p.kind === "count" && w.kind === "count",
        );
        const said = found.some(
          (x) =>
            (x.type === "subset" || x.type === "sum") &&
            x.whole === whole &&
            parts.every((k) => x.parts.includes(k)),
        );
        if (sameCount && !said)
          relations.push({
            id: `r${relations.length + 1}`,
            type: "subset",
            whole: ids[whole] ?? "",
            parts: parts.map((k) => ids[k] ?? ""),
          });
      };
      for (const r of found) {
        const rid = `r${relations.length + 1}`;
        const ref = (k: number) => ids[k] ?? "";
        if (r.type === "rate") {
          const rk = ms[r.rate]?.rateKind;
          relations.push({
            id: rid,
            type: "rate",
            rate: ref(r.rate),
            numerator: [ref(r.numerator)],
            denominator: [ref(r.denominator)],
            ...(rk ? { rateKind: rk as Indicator["rateKind"] & string } : {}),
          } as Relation);
          impliedSubset([r.numerator], r.denominator);
        } else if (r.type === "correctionRate") {
          relations.push({
            id: rid,
            type: "rate",
            rate: ref(r.rate),
            numerator: r.numerator.map(ref),
            denominator: [ref(r.denominator)],
            ...(r.excludes.length > 0 ? { denominatorExcludes: r.excludes.map(ref) } : {}),
            rateKind: "reconsiderationCorrection",
          });
          impliedSubset(r.numerator, r.denominator);
        } else if (r.type === "listCount") {
          relations.push({
            id: rid,
            type: "listCount",
            count: ref(r.count),
            items: [...r.items],
            evidence: [evidence(input, r.start, r.end, l.line, d.section.id)],
          });
        } else if (r.type === "sum" && r.parts.length >= 2) {
          relations.push({ id: rid, type: "sum", whole: ref(r.whole), parts: r.parts.map(ref) });
        } else {
          relations.push({ id: rid, type: "subset", whole: ref(r.whole), parts: r.parts.map(ref) });
        }
      }
    }
  }
  if (indicators.length === 0 && view.trim() !== "") warnings.push(warning("noNumbers", locale));

  // problems and plans
  const problems: Problem[] = [];
  const plans: Plan[] = [];
  for (const d of allDrafts) {
    const roles = d.section.roles;
    const planYear = Number(/((?:19|20)\d{2})\s*年/.exec(d.section.title ?? "")?.[1] ?? reportYear + 1);
    if (
      roles.includes("plans") &&
      d.section.children.length === 0 &&
      d.parentRoles.includes("plans") &&
      d.section.title
    ) {
      const l = d.bodyLines[0] as SourceLine;
      const from = l.raw.indexOf(d.section.title);
      plans.push({
        id: `n${plans.length + 1}`,
        year: planYear,
        text: d.section.title,
        themes: d.section.themes,
        evidence: [
          evidence(input, l.start + from, l.start + from + d.section.title.length, l.line, d.section.id),
        ],
      });
      continue;
    }
    if (!roles.includes("problems") && !(roles.includes("plans") && d.section.children.length === 0))
      continue;
    for (const l of d.bodyLines) {
      let items = splitItems(l.raw);
      let planLead = false;
      if (items.length === 0) {
        // a paragraph of its own that starts 一是…, or a plan paragraph that starts 下一步…
        const lead = /^\s*([一二三四五六七八九十]+是|(?:下一步|下一阶段|今后)[^，,]*[，,])/.exec(l.raw);
        if (lead && (lead[1]?.endsWith("是") || roles.includes("plans"))) {
          const rest = l.raw.slice(lead[0].length);
          const stop = rest.search(/[。；;]/);
          items = [{ text: (stop === -1 ? rest : rest.slice(0, stop)).trim(), from: lead[0].length }];
          planLead = !lead[1]?.endsWith("是");
        }
      }
      for (const item of items) {
        if (!item.text || item.text.length < 4) continue;
        const from = l.raw.indexOf(item.text, item.from);
        const ev = [evidence(input, l.start + from, l.start + from + item.text.length, l.line, d.section.id)];
        const isProblem =
          !planLead &&
          roles.includes("problems") &&
          (!roles.includes("plans") || soundsLikeProblem(item.text));
        if (isProblem) {
          const cause = causeOf(item.text);
          problems.push({
            id: `p${problems.length + 1}`,
            text: item.text,
            ...(cause ? { cause } : {}),
            themes: classify(item.text, "", reportYear).themes,
            evidence: ev,
          });
        } else if (roles.includes("plans")) {
          plans.push({
            id: `n${plans.length + 1}`,
            year: planYear,
            text: item.text,
            themes: classify(item.text, "", reportYear).themes,
            evidence: ev,
          });
        }
      }
    }
  }

  // header and tail
  const headerLines = lines.slice(0, bodyStart);
  const tailLines = lines.slice(bodyEnd);
  const docNumber = findDocNumber(headerLines);
  if (docNumber?.garbled) warnings.push(warning("garbledDocNumber", locale, docNumber.raw));
  const signer = findLabelled(headerLines, /签发人\s*[:：]\s*([\u4e00-\u9fa5]{2,4})/);
  const copyTo = findLabelled(tailLines, /^\s*抄\s*送\s*[:：]\s*(.+)$/);
  const publication = findPublication(lines.slice(0, Math.max(bodyStart, 12)));
  const titleIdx = titleFound?.lineIndex ?? -1;
  const addressee = headerLines
    .slice(titleIdx + 1)
    .find((l) => isOrgLine(l.norm) && !/文件$/.test(l.norm.trim()));
  const issuerLine =
    headerLines.find((l) => /人民政府文件\s*$|政府文件\s*$/.test(l.norm.trim())) ??
    [...tailLines].find((l) => isOrgLine(l.norm)) ??
    headerLines
      .slice(0, Math.max(0, titleIdx))
      .find((l) => /^#+\s*[\u4e00-\u9fa5]+(政府|委员会|局)\s*$/.test(l.norm.trim()));
  const issuerName = issuerLine?.norm.replace(/^#+/, "").trim().replace(/文件$/, "");
  const dateLine = tailLines.find((l) => isDateLine(l.norm));
  const printLine = tailLines.find((l) => /印发\s*$/.test(l.norm.trim()));
  const docDateText = dateLine?.raw.trim();
  const metaDate = /(?:公文生成日期|成文日期)\s*[:：]\s*((?:19|20)\d{2}-\d{2}-\d{2})/.exec(
    headerLines.map((l) => l.norm).join("\n"),
  )?.[1];
  const docIso = docDateText ? (readDate(docDateText) ?? metaDate) : undefined;
  if (dateLine && !readDate(dateLine.raw))
    warnings.push(
      warning("garbledDate", locale, { start: dateLine.start, end: dateLine.end, line: dateLine.line }),
    );
  const printText = printLine ? /(\S+)印发\s*$/.exec(printLine.raw.trim())?.[1] : undefined;
  const pubIso = publication.date ? readDate(publication.date.value) : undefined;
  const dates: NonNullable<ReportInput["dates"]> = {
    ...(docDateText
      ? { document: docIso ? { date: docIso, text: docDateText } : { text: docDateText } }
      : {}),
    ...(publication.date
      ? {
          publication: pubIso
            ? { date: pubIso, text: publication.date.value }
            : { text: publication.date.value },
        }
      : {}),
    ...(printText
      ? {
          print: readDate(printText)
            ? { date: readDate(printText) as string, text: printText }
            : { text: printText },
        }
      : {}),
  };
  // A report has a report's title, or, pasted without it, says what it reports on and has the parts a report
  // has (headings, and at least two of: measures of a year, the first-responsible duty, shortcomings, plans).
  // A text on the same subject (an article, a work plan, a set of rules) has headings too, but not these.
  if (view.trim() !== "" && !titleFound && !reportLike(view, root.length > 0))
    warnings.push(warning("notAReport", locale));

  const name = jurisdictionName ?? issuerName?.replace(/(人民政府|政府)$/, "") ?? "未知";
  const sections = [...(preamble ? [preamble.section] : []), ...root.map((d) => d.section)];
  const report: ReportInput = {
    schemaVersion: "1.0",
    id: slug(options.fileName) ?? `draft-${textSha256.slice(0, 12)}`,
    title: titleText.trim() || "未命名报告",
    reportYear: Math.min(2100, Math.max(1949, reportYear)),
    language: traditional ? "zh-Hant" : "zh-Hans",
    jurisdiction: { name, level: levelOf(name) },
    issuers: [
      {
        name: issuerName ?? name,
        role: /党委|县委|市委/.test(issuerName ?? "") ? "partyCommittee" : "government",
      },
    ],
    ...(docNumber
      ? {
          docNumber: {
            raw: docNumber.raw.value,
            ...(docNumber.agencyCode ? { agencyCode: docNumber.agencyCode } : {}),
            ...(docNumber.year ? { year: docNumber.year } : {}),
            ...(docNumber.serial !== undefined ? { serial: docNumber.serial } : {}),
          },
        }
      : {}),
    ...(signer ? { signer: signer.value } : {}),
    ...(addressee ? { addressees: [addressee.norm.trim().replace(/[:：]$/, "")] } : {}),
    ...(copyTo
      ? {
          copyTo: copyTo.value
            .split(/[，,、]/)
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
    source: {
      ...(publication.publisher ? { publisher: publication.publisher.value } : {}),
      ...(options.fileName ? { file: options.fileName } : {}),
      textSha256,
    },
    sections,
    indicators,
    relations,
    problems,
    plans,
  };
  const checked = safeParseReport(report, { locale: "en" });
  return {
    report: checked.success ? report : fallback(report, textSha256),
    warnings,
    provenance: { extractorVersion: EXTRACTOR_VERSION, textSha256, noise, explanations },
  };
}

function toIndicator(id: string, m: Mention, text: string, line: number, sectionId: string): Indicator {
  return {
    id,
    label: m.label,
    value: m.value,
    ...(m.unit && m.unit !== "%" ? { unit: m.unit } : m.unit === "%" ? { unit: "%" } : {}),
    ...(m.magnitude ? { magnitude: m.magnitude } : {}),
    ...(m.qualifier !== "exact" ? { qualifier: m.qualifier } : {}),
    kind: m.kind,
    ...(m.domain ? { domain: m.domain as Indicator["domain"] & string } : {}),
    ...(m.rateKind ? { rateKind: m.rateKind as Indicator["rateKind"] & string } : {}),
    ...(m.direction ? { direction: m.direction } : {}),
    evidence: [evidence(text, m.start, m.end, line, sectionId)],
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
    reportYear: report.reportYear,
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

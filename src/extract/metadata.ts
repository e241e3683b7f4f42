import { type Found, isOrgLine } from "./header";
import type { SourceLine } from "./lines";
import { isNoise } from "./zones";

const SUBJECT = /法治政府|依法行政|法治建设|法治|行政复议|行政应诉|行政诉讼|行政执法/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/** Whether a line reads as the title of a report on rule-of-law government work (a year is not required). */
export function isReportTitle(norm: string): boolean {
  const t = norm
    .replace(/^#+\s*/, "")
    .trim()
    .replace(/[（(](全文|公开版|摘要)[)）]$/, "");
  return (
    t.length >= 8 && t.length <= 70 && SUBJECT.test(t) && /(报告|情况|总结)$/.test(t) && !/[。；]/.test(t)
  );
}

/**
 * The report's title: the first title-like line among the first 30 lines that are not page furniture, one with a
 * year preferred.
 */
export function findReportTitle(
  lines: readonly SourceLine[],
): { title: Found; year?: number; lineIndex: number } | undefined {
  let seen = 0;
  let first: SourceLine | undefined;
  for (const l of lines) {
    if (l.norm.trim() === "" || isNoise(l)) continue;
    if (++seen > 30) break;
    if (!isReportTitle(l.norm)) continue;
    if (YEAR.test(l.norm)) return titleAt(l);
    first ??= l;
  }
  return first ? titleAt(first) : undefined;
}

function titleAt(l: SourceLine): { title: Found; year?: number; lineIndex: number } {
  const lead = l.norm.length - l.norm.replace(/^[#\s]+/, "").length;
  const text = l.raw.slice(lead).trimEnd();
  const year = YEAR.exec(l.norm)?.[1];
  return {
    title: { value: text, start: l.start + lead, end: l.start + lead + text.length, line: l.line },
    ...(year ? { year: Number(year) } : {}),
    lineIndex: l.index,
  };
}

/**
 * The report year from the body when the title has none: the year that opens the most sentences of the first
 * lines ("2024年,", "2024年以来", "2024年法治政府建设主要措施"), never a range (2021—2025年) or a plan year
 * (2025年工作打算). Undefined when the text names none.
 */
export function yearFromBody(lines: readonly SourceLine[], from: number): number | undefined {
  const counts = new Map<number, number>();
  let chars = 0;
  for (let i = from; i < lines.length && chars < 3000; i++) {
    const norm = (lines[i] as SourceLine).norm;
    chars += norm.length;
    const re =
      /(^|[^\d—\-－~至到])((?:19|20)\d{2})\s*年度?(?=\s*(?:[,，]|以来|来|全年|上半年|是|我|全|本|法治政府建设(?:工作)?(?:主要)?(?:举措|措施|情况|成效|工作)))/g;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const year = Number(m[2]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: [number, number] | undefined;
  for (const [year, n] of counts)
    if (!best || n > best[1] || (n === best[1] && year < best[0])) best = [year, n];
  return best?.[0];
}

const ORG =
  /(中共)?[\u4e00-\u9fa5]{2,16}?(人民政府|政府|县委|市委|区委|州委|旗委|镇委|乡委|党委|党工委|委员会|司法局|[\u4e00-\u9fa5]{1,10}局|厅|办公室|街道办事处|街道|镇|乡|苏木)/g;

/** Issuing bodies named at the start of a title (before 关于 or the year): 中共X县委 X县人民政府关于… → both. */
export function issuersFromTitle(title: string): string[] {
  const t = title.replace(/^[#\s]+/, "");
  const head =
    /^(.+?)(?:关于|(?:19|20)\d{2}\s*年)/.exec(t)?.[1] ?? /^(.+?)(?:法治政府|依法行政|行政复议)/.exec(t)?.[1];
  if (!head) return [];
  return orgsIn(head);
}

function orgsIn(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[\s、，,和与及]+/)) {
    const name = part.trim();
    if (name.length < 2) continue;
    const m = name.match(ORG);
    if (m && m.join("") === name) out.push(...m);
    else if (/(政府|委|局|厅|办公室|街道|镇|乡)$/.test(name)) out.push(name);
  }
  return out;
}

/** The body named as the subject of the first sentences: "2023年,XX县人民政府坚持…", "XX区司法局深入…". */
export function issuerFromFirstSentence(lines: readonly SourceLine[], from: number): string | undefined {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    const norm = (lines[i] as SourceLine).norm.trim();
    if (norm === "") continue;
    seen++;
    const m =
      /^(?:(?:19|20)\d{2}\s*年(?:度|以来)?[,，]?\s*)?((?:中共)?[\u4e00-\u9fa5]{2,14}?(?:人民政府|县委|市委|区委|司法局|[\u4e00-\u9fa5]{1,8}局|街道办事处|街道|镇人民政府|乡人民政府))(?:坚持|深入|始终|认真|以|在|紧紧|全面|围绕|按照|高度|把|聚焦|立足)/.exec(
        norm,
      );
    if (m?.[1] && !/^(我|本|全)/.test(m[1])) return m[1];
  }
  return undefined;
}

/** The jurisdiction of an issuing body: X县人民政府 → X县; 中共X县委 → X县; X市司法局 → X市司法局 (a department). */
export function jurisdictionOf(issuer: string): string {
  const t = issuer.replace(/^中共/, "");
  const party = /^(.+?[县市区州旗镇乡])(?:委|党委|党工委)$/.exec(t)?.[1];
  if (party) return party;
  return t.replace(/(人民政府|政府|办事处)$/, "");
}

/** The signature or header line that names the issuing body ("XX县人民政府文件", a lone org line in the tail). */
export function issuerFromLines(
  headerLines: readonly SourceLine[],
  tailLines: readonly SourceLine[],
  titleIdx: number,
): string | undefined {
  const line =
    headerLines.find((l) => /人民政府文件\s*$|政府文件\s*$/.test(l.norm.trim())) ??
    [...tailLines].find((l) => isOrgLine(l.norm)) ??
    headerLines
      .slice(0, Math.max(0, titleIdx))
      .find((l) => /^#+\s*[\u4e00-\u9fa5]+(政府|委员会|局)\s*$/.test(l.norm.trim()));
  return line?.norm.replace(/^#+/, "").trim().replace(/文件$/, "");
}

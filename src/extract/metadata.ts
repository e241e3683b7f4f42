import { type Found, isOrgLine } from "./header";
import type { SourceLine } from "./lines";
import { isNoise } from "./zones";

const SUBJECT = /法治政府|依法行政|法治建设|法治|行政复议|行政应诉|行政诉讼|行政执法/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/** Whether a line reads as the title of a report on rule-of-law government work (a year is not required). */
export function isReportTitle(norm: string): boolean {
  if (norm.length > 200) return false;
  const t = norm
    .replace(BEFORE_TITLE, "")
    .trim()
    .replace(/[（(](全文|公开版|摘要)[)）]$/, "");
  return (
    t.length >= 8 &&
    t.length <= 70 &&
    SUBJECT.test(t) &&
    /(报告|情况|总结|统计|白皮书)$/.test(t) &&
    !/^(表|图)\s*\d/.test(t) &&
    !/[。；|｜%]/.test(t) &&
    !/^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/.test(t)
  );
}

/**
 * The report's title: the first title-like line among the first 30 lines that are not page furniture, one with a
 * year preferred.
 */
export function findReportTitle(
  lines: readonly SourceLine[],
): { title: Found; year?: number; lineIndex: number } | undefined {
  let first: { title: Found; year?: number; lineIndex: number } | undefined;
  const text = lines.filter((l) => l.norm.trim() !== "" && !isNoise(l));
  for (let k = 0; k < text.length && k < 30; k++) {
    const l = text[k] as SourceLine;
    // a title alone on its line, at the start of a long line that runs on into the body ("…的报告 中共X市委:"), or
    // broken over two short lines ("X区司法局2023年行政复议行政应诉案件" / "统计分析报告")
    const prefix = /^[#\s]*\S{8,70}?(报告|情况|总结)(?=\s)/.exec(l.norm)?.[0];
    const next = text[k + 1];
    const found = isReportTitle(l.norm)
      ? titleAt(l, l.norm.length)
      : prefix && isReportTitle(prefix)
        ? titleAt(l, prefix.length)
        : next &&
            l.norm.trim().length <= 40 &&
            next.norm.trim().length <= 30 &&
            isReportTitle(`${l.norm.trim()}${next.norm.trim()}`)
          ? twoLineTitle(l, next)
          : undefined;
    if (!found) continue;
    if (found.year !== undefined) return found;
    first ??= found;
  }
  return first;
}

/** Page furniture glued before a title: breadcrumbs (首页 > 政务公开 > …) and column names. */
const BEFORE_TITLE =
  /^(?:[#\s]+|[^>\n]{0,40}>\s*|首页|通知公告|计划总结|工作动态|政务公开|信息公开|工作报告|政府信息公开|当前位置[:：]?|名称[:：]|标\s*题[:：]|【[^】]{1,10}】)+/;

function titleAt(l: SourceLine, length: number): { title: Found; year?: number; lineIndex: number } {
  const lead = BEFORE_TITLE.exec(l.norm.slice(0, length))?.[0].length ?? 0;
  const text = l.raw.slice(lead, length).trimEnd();
  const year = YEAR.exec(l.norm.slice(0, length))?.[1];
  return {
    title: { value: text, start: l.start + lead, end: l.start + lead + text.length, line: l.line },
    ...(year ? { year: Number(year) } : {}),
    lineIndex: l.index,
  };
}

function twoLineTitle(a: SourceLine, b: SourceLine): { title: Found; year?: number; lineIndex: number } {
  const one = titleAt(a, a.norm.length);
  const two = titleAt(b, b.norm.length);
  const value = `${one.title.value.trim()}${two.title.value.trim()}`;
  const year = YEAR.exec(value)?.[1];
  return {
    title: { value, start: one.title.start, end: two.title.end, line: a.line },
    ...(year ? { year: Number(year) } : {}),
    lineIndex: b.index,
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
      /(^\s*|[。；]|[^\d—\-－~至到])((?:19|20)\d{2})\s*年度?(?=\s*(?:[,，]|以来|来|全年|上半年|是|我|全|本|新|共|[\u4e00-\u9fa5]{2,8}(?:政府|局|县|区|市|镇|乡)|法治政府建设|依法行政|法治建设|推进法治|主要(?:工作|举措|措施)|工作(?!打算|计划|安排|思路|要点|重点|谋划)))/g;
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

/** Issuing bodies named at the start of a title (before 关于 or the year): 中共X县委 X县人民政府关于… → both. */
export function issuersFromTitle(title: string): string[] {
  const t = title.replace(/^[#\s]+/, "");
  const head =
    /^(.+?)(?:关于|(?:19|20)\d{2}\s*年)/.exec(t)?.[1] ??
    /^(.+?)(?:法治政府|依法行政|行政复议|法治建设)/.exec(t)?.[1];
  return head ? orgsIn(head) : [];
}

const ORG_END =
  /(委员会|政府|党工委|党委|县委|市委|区委|州委|旗委|办事处|局|厅|办公室|街道|镇|乡|苏木|县|区|市|省|自治区|州|旗)$/;

/** The bodies named one after another: split after each body's ending (委员会, 政府, 局 …) and at spaces. */
function orgsIn(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[\s、，,]+/)) {
    for (const name of part.split(/(?<=委员会|政府|党工委|办事处)(?=[\u4e00-\u9fa5]{2})/)) {
      const n = name.trim();
      if (n.length >= 2 && ORG_END.test(n)) out.push(n);
    }
  }
  return out;
}

/** The body named as the subject of the first sentences: "2023年,XX县人民政府坚持…", "…下,XX市政府带领…". */
export function issuerFromFirstSentence(lines: readonly SourceLine[], from: number): string | undefined {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    const line = lines[i] as SourceLine;
    const norm = line.norm.trim();
    if (norm === "" || (norm.length < 40 && /[:：]$/.test(norm))) continue;
    seen++;
    const first = line.norm.slice(0, 160).split(/[。；]/)[0] ?? "";
    const m =
      /((?:中共)?[\u4e00-\u9fa5]{2,12}?(?:人民政府|政府|县委|市委|区委|司法局|[\u4e00-\u9fa5]{1,8}局|街道办事处|办事处|街道|镇|乡))(?:坚持|带领|深入|始终|认真|以|在|紧紧|全面|围绕|按照|高度|把|聚焦|立足|扎实|持续|不断|积极|切实|紧扣|强化|大力|严格)/.exec(
        first,
      );
    // the name as printed (the line may have been read through a Simplified conversion of the same length)
    if (m?.[1] && !/^(我|本|全|各|在)/.test(m[1])) return line.raw.slice(m.index, m.index + m[1].length);
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
): { header?: string; signature?: string } {
  const name = (l: SourceLine | undefined) => l?.norm.replace(/^#+/, "").trim().replace(/文件$/, "");
  const header =
    headerLines.find((l) => /人民政府文件\s*$|政府文件\s*$/.test(l.norm.trim())) ??
    (titleIdx >= 0
      ? headerLines
          .slice(Math.max(0, titleIdx - 2), titleIdx + 6)
          .find((l) => l.index !== titleIdx && isOrgLine(l.norm))
      : undefined) ??
    headerLines
      .slice(0, Math.max(0, titleIdx))
      .find((l) => /^#+\s*[\u4e00-\u9fa5]+(政府|委员会|局)\s*$/.test(l.norm.trim()));
  const signature = [...tailLines].find((l) => isOrgLine(l.norm));
  const h = name(header);
  const sig = name(signature);
  return { ...(h ? { header: h } : {}), ...(sig ? { signature: sig } : {}) };
}

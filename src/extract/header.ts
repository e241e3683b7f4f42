import { isExists } from "date-fns/isExists";
import { parseChineseNumeral } from "../numbers";
import type { SourceLine } from "./lines";

/** A string found in the text, with where it stands. */
export interface Found<T = string> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

const at = <T>(l: SourceLine, value: T, from: number, to: number): Found<T> => ({
  value,
  start: l.start + from,
  end: l.start + to,
  line: l.line,
});

/** Whether a line reads as the title of an annual rule-of-law report. */
export function isTitleLine(norm: string): boolean {
  const t = norm.replace(/^#+\s*/, "").trim();
  return t.length <= 70 && /法治政府/.test(t) && /(报告|情况|总结)$/.test(t) && /(19|20)\d{2}\s*年/.test(t);
}

/** The report's title line and the year in it. */
export function findTitle(
  lines: readonly SourceLine[],
): { title: Found; year?: number; lineIndex: number } | undefined {
  for (const l of lines) {
    if (!isTitleLine(l.norm)) continue;
    const lead = l.norm.length - l.norm.replace(/^[#\s]+/, "").length;
    const text = l.raw.slice(lead).trimEnd();
    const year = /((?:19|20)\d{2})\s*年/.exec(l.norm)?.[1];
    return {
      title: at(l, text, lead, lead + text.length),
      ...(year ? { year: Number(year) } : {}),
      lineIndex: l.index,
    };
  }
  return undefined;
}

/**
 * The jurisdiction named in a title: what precedes 关于 / the year (惠安县人民政府关于… → 惠安县), or follows the
 * year (2023年XX区法治政府… → XX区).
 */
export function jurisdictionFromTitle(title: string): string | undefined {
  const t = title.replace(/\s+/g, "");
  const before = /^(.+?)(?:关于|(?:19|20)\d{2}年)/.exec(t)?.[1];
  const after = /^(?:19|20)\d{2}年度?(.+?)法治政府/.exec(t)?.[1];
  const name = (before ?? after ?? "").replace(/(人民政府|政府|办公室)$/, "").replace(/^中共/, "");
  return name.length >= 2 ? name : undefined;
}

/** The administrative level implied by a jurisdiction's name. */
export function levelOf(
  name: string,
): "province" | "city" | "county" | "township" | "subdistrict" | "department" {
  if (/(局|委员会|办公室|厅|委|办|中心|所)$/.test(name)) return "department";
  if (/街道(办事处)?$/.test(name)) return "subdistrict";
  if (/(镇|乡|苏木)$/.test(name)) return "township";
  if (/(省|自治区)$/.test(name)) return "province";
  if (/(区|县|旗)$/.test(name) || /县级市$/.test(name)) return "county";
  if (/(市|州|盟)$/.test(name)) return name.length <= 4 ? "city" : "county";
  return "county";
}

/** 文号: `永贡政〔2023〕69号` read into parts, or a garbled form (`惠政文20238`) kept raw. */
export function findDocNumber(
  lines: readonly SourceLine[],
): { raw: Found; agencyCode?: string; year?: number; serial?: number; garbled: boolean } | undefined {
  for (const l of lines) {
    const m = /([\u4e00-\u9fa5]{1,10})\s*[〔［[(（]((?:19|20)\d{2})[〕］\])）]\s*(\d{1,5})\s*号/.exec(l.norm);
    if (m && !/备注|文号\s*[:：]/.test(l.norm.slice(0, m.index))) {
      return {
        raw: at(l, l.raw.slice(m.index, m.index + m[0].length), m.index, m.index + m[0].length),
        agencyCode: m[1] ?? "",
        year: Number(m[2]),
        serial: Number(m[3]),
        garbled: false,
      };
    }
    const g = /^\s*([\u4e00-\u9fa5]{2,8}[政发办文函字])((?:19|20)\d{2}\d{1,4})(?=\s|$)/.exec(l.norm);
    if (g?.[1] && g[2]) {
      const from = l.norm.indexOf(g[1]);
      const to = from + g[1].length + g[2].length;
      return { raw: at(l, l.raw.slice(from, to), from, to), garbled: true };
    }
  }
  return undefined;
}

/** A value after a label such as 签发人 or 抄送. */
export function findLabelled(lines: readonly SourceLine[], label: RegExp): Found | undefined {
  for (const l of lines) {
    const m = label.exec(l.norm);
    if (!m?.[1]) continue;
    const value = m[1].trim().replace(/[。.]$/, "");
    const from = l.norm.indexOf(value, m.index);
    if (value) return at(l, l.raw.slice(from, from + value.length), from, from + value.length);
  }
  return undefined;
}

const DATE =
  /(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;

/**
 * The first date of a line that a label introduces: 日期 / 时间 then spaces or a colon, or 来源 anywhere in the
 * run of non-digits before it. Linear in the line: each date looks back only over the non-digits before it,
 * which no other date shares (one regular expression with `来源[^\d]*\s*[:：]?\s*` was cubic in a run of spaces).
 */
function labelledDate(norm: string): { from: number; to: number } | undefined {
  for (const m of norm.matchAll(DATE)) {
    let k = m.index;
    while (k > 0 && /[\s:：]/.test(norm[k - 1] ?? "")) k--;
    const label = norm.slice(Math.max(0, k - 2), k);
    if (label === "日期" || label === "时间") return { from: m.index, to: m.index + m[0].length };
    let run = m.index;
    while (run > 0 && !/\d/.test(norm[run - 1] ?? "")) run--;
    if (norm.slice(run, m.index).includes("来源")) return { from: m.index, to: m.index + m[0].length };
  }
  return undefined;
}

/** The publication date and publisher from page metadata (日期:2024-01-23 15:22 来源:临河区司法局). */
export function findPublication(lines: readonly SourceLine[]): { date?: Found; publisher?: Found } {
  let date: Found | undefined;
  let publisher: Found | undefined;
  for (const l of lines) {
    const d = date ? undefined : labelledDate(l.norm);
    if (d && !/公文生成日期|成文日期/.test(l.norm)) date = at(l, l.raw.slice(d.from, d.to), d.from, d.to);
    const p = /(?:来源|发布机构)\s*[:：]\s*([\u4e00-\u9fa5（）()]{2,30})/.exec(l.norm);
    if (p?.[1] && !publisher) {
      const from = l.norm.indexOf(p[1], p.index);
      publisher = at(l, l.raw.slice(from, from + p[1].length), from, from + p[1].length);
    }
  }
  return { ...(date ? { date } : {}), ...(publisher ? { publisher } : {}) };
}

const CN_DATE =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;

/**
 * Reads a printed date: `2023年2月7日`, `二〇二三年二月七日` or `2024-01-23`. A garbled date (`202327日`) gives
 * no ISO reading.
 *
 * @example
 * readDate("2023年12月26日") //=> "2023-12-26"
 * readDate("二〇二三年二月七日") //=> "2023-02-07"
 * readDate("202327日") //=> undefined
 */
export function readDate(text: string): string | undefined {
  const t = text.replace(/\s+/g, "");
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const a = /^((?:19|20)\d{2})[年\-./](\d{1,2})[月\-./](\d{1,2})日?/.exec(t);
  const c = CN_DATE.exec(t);
  if (a) [y, m, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else if (c?.[1] && c[2] && c[3]) {
    [y, m, d] = [parseChineseNumeral(c[1]), parseChineseNumeral(c[2]), parseChineseNumeral(c[3])].map((v) =>
      v === undefined ? undefined : Number(v),
    );
  }
  if (!y || !m || !d || m > 12 || d > 31) return undefined;
  if (!isExists(y, m - 1, d)) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Whether a whole line is a date (well-formed, in Chinese numerals, or garbled like 202327日). */
export function isDateLine(norm: string): boolean {
  const t = norm.trim();
  return (
    /^(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(t) ||
    CN_DATE.test(t.replace(/\s+/g, "")) ||
    /^(19|20)\d{2}\d{1,4}日$/.test(t)
  );
}

/** Whether a line is just an organisation's name (a signature or addressee line). */
export function isOrgLine(norm: string): boolean {
  const t = norm.trim();
  return (
    t.length >= 3 &&
    t.length <= 30 &&
    /^[\u4e00-\u9fa5（）()]+$/.test(t) &&
    /(政府|党委|委员会|县委|市委|区委|镇委|局|办公室|司法所|人大|政协)$/.test(t)
  );
}

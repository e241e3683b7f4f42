import { parseChineseNumeral } from "../numbers";

/**
 * A heading read from the start of a line.
 * @example
 * const h: HeadingMatch | undefined = readHeading("（二）推进示范创建");
 * h?.number //=> 2
 */
export interface HeadingMatch {
  readonly style: "chineseComma" | "chineseParen" | "arabicDot" | "arabicParen" | "circled" | "lost" | "none";
  /** The ordinal as printed (`一、`, `（一）`, `1.`); empty for none. */
  readonly ordinal: string;
  readonly number?: number;
  /** Offset of the title within the line, and its text (without ordinal or closing 。). */
  readonly titleFrom: number;
  readonly title: string;
  /** Offset where the body text of a bold-lead heading starts (`（一）强化组织领导。健全…`), if any. */
  readonly bodyFrom?: number;
  /** Markdown `#` depth, when the line is a markdown heading. */
  readonly markdown?: number;
}

const LEVEL_OF: Record<HeadingMatch["style"], number> = {
  chineseComma: 1,
  lost: 1,
  none: 1,
  chineseParen: 2,
  arabicDot: 3,
  arabicParen: 4,
  circled: 5,
};

/** The heading depth of an ordinal style: 一、 1, （一） 2, 1. 3, （1） 4, ① 5. */
export const levelOfStyle = (style: HeadingMatch["style"]): number => LEVEL_OF[style];

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const MAX_TITLE = 40;
const HEADING_WORDS =
  /(工作|体系|情况|思路|打算|计划|问题|不足|成效|举措|建设|安排|措施|机制|方面|领导|职责|展望|做法|经验|改革|服务|执法|监督|决策|宣传)$/;

function split(
  line: string,
  from: number,
): { title: string; titleFrom: number; bodyFrom?: number } | undefined {
  let i = from;
  while (i < line.length && line[i] === " ") i++;
  const rest = line.slice(i);
  const stop = rest.search(/[。；;]/);
  if (stop === -1) {
    const title = rest.trim().replace(/[：:]$/, "");
    return title.length > 0 && title.length <= MAX_TITLE ? { title, titleFrom: i } : undefined;
  }
  const title = rest.slice(0, stop).trim();
  if (title.length === 0 || title.length > MAX_TITLE) return undefined;
  const body = i + stop + 1;
  return body < line.length && line.slice(body).trim()
    ? { title, titleFrom: i, bodyFrom: body }
    : { title, titleFrom: i };
}

/**
 * Reads a heading at the start of a (width-folded) line: `一、` `（一）` `(一)` `1.` `（1）` `①`, markdown `#`,
 * a lost ordinal (`、严格…`), or a short ordinal-less heading (`下一步工作思路`). A bold lead sentence
 * (`（一）加强组织领导。健全…`) gives the title and where its body starts. `一是…` enumerations are not headings.
 *
 * @example
 * readHeading("（二）推进示范创建。通过以创建促提升")?.title //=> "推进示范创建"
 * readHeading("一是规范行政执法程序。") //=> undefined
 */
export function readHeading(norm: string, allowBare = true): HeadingMatch | undefined {
  const md = /^\s*(#{1,6})\s+/.exec(norm);
  const offset = md ? md[0].length : 0;
  const line = norm.slice(offset);
  const markdown = md?.[1]?.length;
  const withMd = (h: Omit<HeadingMatch, "markdown">): HeadingMatch => ({
    ...h,
    titleFrom: h.titleFrom + offset,
    ...(h.bodyFrom !== undefined ? { bodyFrom: h.bodyFrom + offset } : {}),
    ...(markdown ? { markdown } : {}),
  });
  let m = /^\s*([一二三四五六七八九十]{1,3})\s*、/.exec(line);
  if (m?.[1]) {
    const s = split(line, m[0].length);
    const n = parseChineseNumeral(m[1]);
    if (s)
      return withMd({
        style: "chineseComma",
        ordinal: `${m[1]}、`,
        ...(n ? { number: Number(n) } : {}),
        ...s,
      });
  }
  m = /^\s*([（(])\s*([一二三四五六七八九十]{1,3})\s*([）)])/.exec(line);
  if (m?.[2]) {
    const s = split(line, m[0].length);
    const n = parseChineseNumeral(m[2]);
    if (s)
      return withMd({
        style: "chineseParen",
        ordinal: `${m[1]}${m[2]}${m[3]}`,
        ...(n ? { number: Number(n) } : {}),
        ...s,
      });
  }
  m = /^\s*(\d{1,2})\s*[.、](?!\d)/.exec(line);
  if (m?.[1]) {
    const s = split(line, m[0].length);
    if (s) return withMd({ style: "arabicDot", ordinal: m[0].trim(), number: Number(m[1]), ...s });
  }
  m = /^\s*[（(]\s*(\d{1,2})\s*[）)]/.exec(line);
  if (m?.[1]) {
    const s = split(line, m[0].length);
    if (s) return withMd({ style: "arabicParen", ordinal: m[0].trim(), number: Number(m[1]), ...s });
  }
  const c = CIRCLED.indexOf(line.trim()[0] ?? "");
  if (c >= 0) {
    const s = split(line, line.indexOf(line.trim()[0] ?? "") + 1);
    if (s) return withMd({ style: "circled", ordinal: CIRCLED[c] ?? "", number: c + 1, ...s });
  }
  m = /^\s*、\s*/.exec(line);
  if (m) {
    const s = split(line, m[0].length);
    if (s && !s.bodyFrom) return withMd({ style: "lost", ordinal: "、", ...s });
  }
  const bare = line.trim();
  if (
    (allowBare || markdown) &&
    bare.length >= 4 &&
    bare.length <= 20 &&
    !/[。；;，,：:！？!?、“”"]/.test(bare) &&
    !/\d{4}[-年]\d/.test(bare) &&
    (HEADING_WORDS.test(bare) || markdown !== undefined)
  ) {
    return withMd({ style: "none", ordinal: "", titleFrom: line.indexOf(bare), title: bare });
  }
  return undefined;
}

/** An item of a list in running text: 一是…二是…, or clauses split by ；. */
export interface TextItem {
  readonly text: string;
  /** Offset of the item in the paragraph. */
  readonly from: number;
}

const ENUM = /([一二三四五六七八九十]+)是/g;
const PROBLEM_WORDS = /不足|有待|不够|欠缺|薄弱|仍需|问题|不平衡|不明显|较少|不高|不强|不到位|短板/;

/**
 * Splits a paragraph into its items: `一是…二是…` runs (each item up to its first 。), else clauses split by ；.
 * Returns nothing for a paragraph with a single statement.
 *
 * @example
 * splitItems("一是权责匹配有待优化。乡镇层面…二是执法水平需要提升。").map((i) => i.text) //=> ["权责匹配有待优化", "执法水平需要提升"]
 */
export function splitItems(paragraph: string): TextItem[] {
  const marks = [...paragraph.matchAll(ENUM)].filter((m, i, all) => {
    const n = "一二三四五六七八九十".indexOf(m[1] ?? "") + 1;
    return n === i + 1 || (i > 0 && all[i - 1] !== undefined);
  });
  if (marks.length >= 2) {
    // 一是 … markers only count when they run in order from 一

    return marks.map((m, i) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = i + 1 < marks.length ? (marks[i + 1]?.index ?? paragraph.length) : paragraph.length;
      const chunk = paragraph.slice(from, to);
      const stop = chunk.search(/[。；;]/);
      return { text: (stop === -1 ? chunk : chunk.slice(0, stop)).trim(), from };
    });
  }
  const clauses = paragraph.split(/[；;]/);
  if (clauses.length >= 2) {
    let from = 0;
    return clauses.map((c) => {
      const lead = Math.max(
        c.lastIndexOf("主要表现在") + 5,
        c.lastIndexOf("：") + 1,
        c.lastIndexOf("，如") + 2,
        0,
      );
      let text = c.slice(lead === 4 ? 0 : lead).replace(/。$/, "");
      const scene = /^在[^，,]{0,30}(中|时)[，,]/.exec(text);
      if (scene) text = text.slice(scene[0].length);
      const item = { text: text.trim(), from: from + c.indexOf(text) };
      from += c.length + 1;
      return item;
    });
  }
  return [];
}

/** Whether a sentence reads as a shortcoming. */
export const soundsLikeProblem = (s: string): boolean => PROBLEM_WORDS.test(s);

/** The cause a problem text states, if it gives one (原因是…, 由于…). */
export function causeOf(text: string): string | undefined {
  const m = /(?:原因是|原因在于|主要原因|由于|究其原因)[:：，,]?([^。；;]+)/.exec(text);
  return m?.[1]?.trim() || undefined;
}

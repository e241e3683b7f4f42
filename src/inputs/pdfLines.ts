import type { PdfTextItem } from "./converters";

/** A line of a PDF page: its text, where it starts and ends (points), its baseline and font size. */
export interface PdfLine {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  /** 0 for a line across the page, 1 for the left column, 2 for the right column. */
  readonly column: 0 | 1 | 2;
}

interface Glyphs {
  readonly str: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  readonly blank: boolean;
}

/** Spaces between a Chinese character and a Chinese character, a digit or a Latin letter. */
const SPACING =
  /(?<=[\u00a1-\uffff]) +(?=[\u00a1-\uffff]|[A-Za-z0-9])|(?<=[A-Za-z0-9]) +(?=[\u00a1-\uffff])/g;
const WIDE = /[\u00a1-\uffff]/;
const ALNUM = /[A-Za-z0-9]/;

/** Whether a space between two characters is spacing of the layout (see `SPACING`), not a space of the text. */
const layoutOnly = (a: string, b: string) =>
  (WIDE.test(a) && (WIDE.test(b) || ALNUM.test(b))) || (WIDE.test(b) && ALNUM.test(a));

/**
 * Text items with their box, narrow blanks dropped (a gap LibreOffice leaves between 中文 and 2022 is no space);
 * pdf.js's marked-content items (no `str`) are passed over.
 */
function glyphsOf(items: ReadonlyArray<PdfTextItem | { readonly type: string }>): Glyphs[] {
  const out: Glyphs[] = [];
  for (const it of items) {
    if (!("str" in it) || it.str === "" || it.transform.length < 6) continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = it.transform;
    const size = Math.hypot(c, d) || it.height || 1;
    const blank = it.str.trim() === "";
    if (blank && it.width < 0.3 * size) continue;
    // pdf.js puts a space in an item where glyphs stand apart: next to a Chinese character that is spacing, not
    // a space of the text (a justified line, the gap between 年 and 2022).
    const str = blank ? " " : it.str.replace(SPACING, "");
    out.push({ str, x0: x, x1: x + it.width, y, size, blank });
  }
  return out;
}

/** Items on one baseline (within 40% of the font size), top to bottom, each row left to right. */
function rowsOf(glyphs: Glyphs[]): Glyphs[][] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: Glyphs[][] = [];
  let row: Glyphs[] = [];
  let y = Number.NaN;
  for (const g of sorted) {
    if (row.length > 0 && Math.abs(g.y - y) > 0.4 * g.size) {
      rows.push(row);
      row = [];
    }
    if (row.length === 0) y = g.y;
    row.push(g);
  }
  if (row.length > 0) rows.push(row);
  for (const r of rows) r.sort((a, b) => a.x0 - b.x0);
  return rows;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * The gap between two columns of text, if the page has two: an x range in the middle half of the text that
 * (almost) no row crosses, with rows of text on both sides that fill their column (a table's short cells do not).
 */
function gutterOf(rows: Glyphs[][]): { from: number; to: number } | undefined {
  const inked = rows.map((r) => r.filter((g) => !g.blank)).filter((r) => r.length > 0);
  if (inked.length < 6) return undefined;
  const minX = Math.min(...inked.map((r) => r[0]?.x0 ?? 0));
  const maxX = Math.max(...inked.map((r) => Math.max(...r.map((g) => g.x1))));
  const size = median(inked.flatMap((r) => r.map((g) => g.size)));
  const width = Math.ceil(maxX - minX);
  if (width < 20 * size) return undefined;
  // How many items cover each point across the text: +1 where an item starts, -1 where it ends, then summed.
  const cover = new Int32Array(width + 2);
  for (const r of inked)
    for (const g of r) {
      const from = Math.max(0, Math.floor(g.x0 - minX));
      const to = Math.min(width, Math.ceil(g.x1 - minX));
      if (from >= to) continue;
      cover[from] = (cover[from] ?? 0) + 1;
      cover[to] = (cover[to] ?? 0) - 1;
    }
  for (let x = 1; x <= width; x++) cover[x] = (cover[x] ?? 0) + (cover[x - 1] ?? 0);
  const allowed = Math.max(1, Math.floor(inked.length * 0.1));
  let best: { from: number; to: number } | undefined;
  for (let x = Math.floor(width * 0.25); x <= width * 0.75; x++) {
    if ((cover[x] ?? 0) > allowed) continue;
    let end = x;
    while (end + 1 <= width * 0.75 && (cover[end + 1] ?? 0) <= allowed) end++;
    if (!best || end - x > best.to - best.from) best = { from: x, to: end + 1 };
    x = end;
  }
  if (!best || best.to - best.from < 0.8 * size) return undefined;
  const from = minX + best.from;
  const to = minX + best.to;
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const r of inked) {
    const left = r.filter((g) => g.x1 <= from + 0.5);
    const right = r.filter((g) => g.x0 >= to - 0.5);
    if (left.length > 0 && right.length > 0) {
      lefts.push(Math.max(...left.map((g) => g.x1)) - (left[0]?.x0 ?? 0));
      rights.push(Math.max(...right.map((g) => g.x1)) - (right[0]?.x0 ?? 0));
    }
  }
  if (lefts.length < Math.max(3, inked.length * 0.3)) return undefined;
  if (median(lefts) < 0.6 * (from - minX) || median(rights) < 0.6 * (maxX - to)) return undefined;
  return { from, to };
}

/**
 * A line made of items in reading order. A space item or a gap of half a character is a space, but between a
 * Chinese character and a Chinese character, digit or letter only a gap of a whole character is (LibreOffice
 * and Word leave a narrower one between 年 and 2022, and stretch justified lines with narrower ones).
 */
function lineOf(glyphs: Glyphs[], column: 0 | 1 | 2): PdfLine | undefined {
  const inked = glyphs.filter((g) => !g.blank);
  const first = inked[0];
  const last = inked[inked.length - 1];
  if (!first || !last) return undefined;
  let text = "";
  let end = Number.NaN;
  let blank = false;
  for (const g of glyphs) {
    if (g.blank) {
      blank = text !== "";
      continue;
    }
    if (text !== "") {
      const gap = g.x0 - end;
      const layout = layoutOnly(text.slice(-1), g.str.charAt(0));
      if (gap >= g.size || (!layout && (blank || gap > 0.5 * g.size))) text += " ";
    }
    text += g.str;
    end = g.x1;
    blank = false;
  }
  return {
    text: text.trim(),
    x0: first.x0,
    x1: last.x1,
    y: first.y,
    size: median(inked.map((g) => g.size)),
    column,
  };
}

/**
 * The lines of a PDF page in reading order: items gathered on their baselines; on a page set in two columns, the
 * left column's lines before the right column's, line by line across the page where a line spans both (a title).
 */
export function pageLines(items: ReadonlyArray<PdfTextItem | { readonly type: string }>): PdfLine[] {
  const rows = rowsOf(glyphsOf(items));
  const gutter = gutterOf(rows);
  const out: PdfLine[] = [];
  if (!gutter) {
    for (const r of rows) {
      const line = lineOf(r, 0);
      if (line) out.push(line);
    }
    return out;
  }
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    for (const l of left) out.push(l);
    for (const l of right) out.push(l);
    left = [];
    right = [];
  };
  for (const r of rows) {
    const spans = r.some((g) => !g.blank && g.x0 < gutter.from - 0.5 && g.x1 > gutter.to + 0.5);
    if (spans) {
      flush();
      const line = lineOf(r, 0);
      if (line) out.push(line);
      continue;
    }
    const l = lineOf(
      r.filter((g) => g.x1 <= gutter.to),
      1,
    );
    const rt = lineOf(
      r.filter((g) => g.x1 > gutter.to),
      2,
    );
    if (l) left.push(l);
    if (rt) right.push(rt);
  }
  flush();
  return out;
}

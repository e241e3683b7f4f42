import type { PdfLine } from "./pdfLines";

/** A page number as printed alone on a line: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 5 页`, `3/5`, `Page 3 of 5`. */
const PAGE_NUMBER =
  /^[-—–_·\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–_·\s]*$|^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/i;

/** How many lines at the top and at the bottom of a page may be page furniture. */
const BAND = 3;

const keyOf = (text: string) => text.replace(/\s+/g, "").replace(/\d+/g, "#");

/**
 * Which lines of each page are running headers, footers or page numbers: among the first and last three lines of
 * a page, a page number alone, or a line that (digits aside) comes back on at least half the pages (two at least).
 * Furniture is peeled from the edge of the page inward: the first line that is not furniture stops it.
 */
export function furnitureOf(pages: readonly (readonly PdfLine[])[]): Set<PdfLine> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set<string>();
    for (const l of [...lines.slice(0, BAND), ...lines.slice(-BAND)]) keys.add(keyOf(l.text));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeats = (l: PdfLine) =>
    pages.length >= 2 && (counts.get(keyOf(l.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  const isFurniture = (l: PdfLine) => PAGE_NUMBER.test(l.text) || repeats(l);
  const out = new Set<PdfLine>();
  for (const lines of pages) {
    for (let i = 0; i < Math.min(BAND, lines.length); i++) {
      const l = lines[i] as PdfLine;
      if (!isFurniture(l)) break;
      out.add(l);
    }
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - BAND); i--) {
      const l = lines[i] as PdfLine;
      if (!isFurniture(l)) break;
      out.add(l);
    }
  }
  return out;
}

/**
 * The left and right edges of the text of each column of a page: the leftmost start, and the usual end of the
 * lines that run near the right (a closing mark may hang past the edge of a line).
 */
function margins(lines: readonly PdfLine[]): Map<number, { left: number; right: number }> {
  const out = new Map<number, { left: number; right: number }>();
  for (const column of new Set(lines.map((l) => l.column))) {
    const own = lines.filter((l) => l.column === column);
    const max = Math.max(...own.map((l) => l.x1));
    const ends = own
      .filter((l) => l.x1 >= max - 3 * l.size)
      .map((l) => l.x1)
      .sort((a, b) => a - b);
    out.set(column, {
      left: Math.min(...own.map((l) => l.x0)),
      right: ends[Math.floor(ends.length / 2)] ?? max,
    });
  }
  return out;
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** Whether `next` goes on the paragraph of `prev`: `prev` runs to the right edge and `next` is not indented. */
function continues(
  prev: PdfLine,
  next: PdfLine,
  prevEdges: { left: number; right: number },
  nextEdges: { left: number; right: number },
  samePage: boolean,
): boolean {
  // A line stops short of the edge when what comes next could not stand at its end: a run of digits or Latin
  // letters is not broken, and a closing mark (，。、）…) does not start a line, so it takes a character along.
  const run = /^[\x21-\x7e]+/.exec(next.text)?.[0].length ?? 0;
  const closing = /^.?[，。、；：！？）》」』”’,.;:!?)%]/.test(next.text.slice(run)) ? 1 : 0;
  const full = prev.x1 >= prevEdges.right - (1.5 + closing + 0.6 * run) * prev.size;
  const flush = next.x0 <= nextEdges.left + 0.5 * next.size;
  const near = !samePage || prev.column !== next.column || prev.y - next.y <= 1.8 * prev.size;
  return full && flush && near && (prev.column === next.column || next.column !== 0);
}

/**
 * The text of the pages, with the offset where each page starts: lines that a paragraph wraps are joined again
 * (with nothing between Chinese characters, a space between two Latin words), a paragraph that runs over a page
 * goes on, a wider gap than a line's is a blank line.
 */
export function joinPages(pages: readonly (readonly PdfLine[])[]): { text: string; starts: number[] } {
  let text = "";
  const starts: number[] = [];
  let prev: PdfLine | undefined;
  let prevEdges = { left: 0, right: 0 };
  for (const lines of pages) {
    const edges = margins(lines);
    starts.push(-1);
    let first = true;
    for (const line of lines) {
      const lineEdges = edges.get(line.column) ?? { left: line.x0, right: line.x1 };
      if (prev) {
        if (continues(prev, line, prevEdges, lineEdges, !first)) {
          if (LATIN_END.test(prev.text) && LATIN_START.test(line.text)) text += " ";
        } else {
          text += "\n";
          if (!first && prev.column === line.column && prev.y - line.y > 1.8 * prev.size) text += "\n";
        }
      }
      if (first) starts[starts.length - 1] = text.length;
      text += line.text;
      prev = line;
      prevEdges = lineEdges;
      first = false;
    }
  }
  // A page with no text starts where the next text does.
  for (let i = starts.length - 1; i >= 0; i--) if (starts[i] === -1) starts[i] = starts[i + 1] ?? text.length;
  return { text, starts };
}

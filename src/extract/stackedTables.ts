import type { SourceLine } from "./lines";

/**
 * A table flattened to one cell a line, as pages copied from a web table often are:
 * `序号 / 处理方式 / 数量 / 比例`, then four lines a row (`1 / 作出维持决定 / 3509 / 74.7%`), a 合计 row among them.
 * Line numbers are indexes into the lines the table was found in.
 */
export interface StackedTable {
  /** The header cells, in order. */
  readonly columns: readonly string[];
  /** The line index of each cell, a row at a time (the header first). */
  readonly rows: readonly (readonly number[])[];
  /** The columns whose cells are counts (a bare number in such a cell is a count without a unit). */
  readonly countColumns: readonly number[];
}

const SHARE_HEAD = /^(占比|比例|比重|百分比|所占比例|占比\(%\)|比例\(%\))$/;
const HEAD_CELL = /^[\u4e00-\u9fa5()（）/]{1,10}$/;
const ORDINAL_HEAD = /^(序号|编号|排名|名次|排序)$/;
const COUNT_CELL = /^\d+(\.\d+)?(件|宗|起|人|项|个)?$/;
const SHARE_CELL = /^\d+(\.\d+)?%$/;
const MAX_CELL = 24;

const cellText = (l: SourceLine | undefined) => (l ? l.norm.trim() : "");

/** Whether a line may be a cell: short, with no sentence punctuation. */
const isCell = (l: SourceLine | undefined) => {
  const t = cellText(l);
  return t.length > 0 && t.length <= MAX_CELL && !/[。；;，,：:]/.test(t);
};

/**
 * The tables printed one cell a line: a header of 3 to 6 short cells with a share column (比例, 占比), then rows of
 * as many cells whose share cell is a percentage and whose count cells are numbers. At least two rows.
 * Linear in the number of lines (each line is looked at from at most a few header candidates).
 */
export function stackedTables(lines: readonly SourceLine[]): StackedTable[] {
  const out: StackedTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!SHARE_HEAD.test(cellText(lines[i]))) continue;
    let s = i;
    while (s > 0 && i - s < 5 && HEAD_CELL.test(cellText(lines[s - 1]))) s--;
    let best: StackedTable | undefined;
    let bestEnd = i;
    // the header ends at the share column or a cell or two after it (比例 / 备注)
    for (let e = i; e <= i + 2 && e < lines.length; e++) {
      if (e > i && !HEAD_CELL.test(cellText(lines[e]))) break;
      const width = e - s + 1;
      if (width < 3 || width > 6) continue;
      const t = readRows(lines, s, e, i - s);
      if (t && (!best || t.rows.length > best.rows.length)) {
        best = t;
        bestEnd = s + t.rows.length * width - 1;
      }
    }
    if (best) {
      out.push(best);
      i = bestEnd;
    }
  }
  return out;
}

function readRows(
  lines: readonly SourceLine[],
  s: number,
  e: number,
  share: number,
): StackedTable | undefined {
  const width = e - s + 1;
  const columns = lines.slice(s, e + 1).map(cellText);
  const rows: number[][] = [Array.from({ length: width }, (_, c) => s + c)];
  // the count column: the nearest column before the share column that is not an ordinal
  const countColumn = (() => {
    for (let c = share - 1; c >= 0; c--) if (!ORDINAL_HEAD.test(columns[c] ?? "")) return c;
    return -1;
  })();
  if (countColumn < 0) return undefined;
  for (let at = e + 1; at + width - 1 < lines.length; at += width) {
    const cells = Array.from({ length: width }, (_, c) => at + c);
    if (!cells.every((k) => isCell(lines[k]))) break;
    if (!SHARE_CELL.test(cellText(lines[at + share]))) break;
    if (!COUNT_CELL.test(cellText(lines[at + countColumn]))) break;
    // a row's name is not a number (else the columns are out of step)
    const named = columns.some(
      (h, c) =>
        c !== share && c !== countColumn && !ORDINAL_HEAD.test(h) && !/^\d/.test(cellText(lines[at + c])),
    );
    if (!named) break;
    rows.push(cells);
  }
  if (rows.length < 3) return undefined;
  return { columns, rows, countColumns: [countColumn] };
}

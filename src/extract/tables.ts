import type { SourceLine } from "./lines";
import type { Mention } from "./mentions";
import { core, namedAs } from "./names";
import type { StackedTable } from "./stackedTables";

/** A line of text with the figures read from it and their indicator ids. */
export interface FigureLine {
  readonly line: SourceLine;
  readonly mentions: readonly Mention[];
  readonly ids: readonly string[];
}

/** A share read from a table: the rate cell over its row's count and the column's total (ids). */
export interface TableRate {
  readonly rate: string;
  readonly numerator: string;
  readonly denominator: string;
  /** `table`: over the table's own total; `phrase`: over the figure the row's name names (占新受理数比例). */
  readonly basis: "table" | "phrase";
}

const SEPARATOR = /[|｜]/g;
const SHARE = /占比|比例|比重|比率|所占/;
const TOTAL = /^(合\s*计|总\s*计|总数|共计|全部)$/;

interface Cell {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/** The cells of a table line, with offsets into the text; empty edge cells (`| a | b |`) dropped. */
function cellsOf(l: SourceLine): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const m of l.norm.matchAll(SEPARATOR)) {
    cells.push({ text: l.norm.slice(from, m.index).trim(), from: l.start + from, to: l.start + m.index });
    from = m.index + 1;
  }
  cells.push({ text: l.norm.slice(from).trim(), from: l.start + from, to: l.end });
  while (cells.length > 0 && cells[0]?.text === "") cells.shift();
  while (cells.length > 0 && cells[cells.length - 1]?.text === "") cells.pop();
  return cells;
}

const isTableLine = (l: SourceLine) => (l.norm.match(SEPARATOR)?.length ?? 0) >= 2;

/**
 * Shares stated in tables flattened to text (one row a line, cells split by `|`): a 占比 column over the count
 * column before it, each row's figure over the 合计 row's; or, in a table laid on its side, a 比例 row over the
 * count row above it and the 合计 column. Tables without a total give nothing: their base is not stated.
 */
export function tableRates(lines: readonly FigureLine[], stacked: readonly StackedTable[] = []): TableRate[] {
  const out: TableRate[] = [];
  for (const t of stacked) {
    const rows = t.rows.map((row) =>
      row.map((k) => {
        const fl = lines[k] as FigureLine;
        return {
          text: fl.line.norm.trim(),
          from: fl.line.start,
          to: fl.line.end,
          mention: fl.mentions[0],
          id: fl.ids[0],
        };
      }),
    );
    for (const r of rowsRates(rows, [])) out.push(r);
  }
  for (let i = 0; i < lines.length; ) {
    if (!isTableLine((lines[i] as FigureLine).line)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isTableLine((lines[j] as FigureLine).line)) j++;
    // (a loop, not push(...rates): a table of 100,000 rows would overflow the call stack)
    if (j - i >= 3)
      for (const t of blockRates(lines.slice(i, j), lines.slice(Math.max(0, i - 20), i))) out.push(t);
    i = j;
  }
  return out;
}

interface FigureCell extends Cell {
  readonly mention: Mention | undefined;
  readonly id: string | undefined;
}

function blockRates(block: readonly FigureLine[], before: readonly FigureLine[]): TableRate[] {
  // each cell with the figure that starts in it (cells and figures are both in line order: one pass a line)
  const rows = block.map((fl): FigureCell[] => {
    let k = 0;
    return cellsOf(fl.line).map((cell) => {
      while (k < fl.mentions.length && (fl.mentions[k] as Mention).numberStart < cell.from) k++;
      const m = fl.mentions[k];
      const inside = m !== undefined && m.numberStart < cell.to;
      return { ...cell, mention: inside ? m : undefined, id: inside ? fl.ids[k] : undefined };
    });
  });
  return rowsRates(rows, before);
}

/** Whether a row is the total row: 合计 in its first cell, or in its second after a row number. */
const isTotalRow = (r: readonly Cell[]) =>
  TOTAL.test(r[0]?.text ?? "") || (/^\d+$/.test(r[0]?.text ?? "") && TOTAL.test(r[1]?.text ?? ""));

function rowsRates(rows: readonly (readonly FigureCell[])[], before: readonly FigureLine[]): TableRate[] {
  const header = rows[0] ?? [];
  const out: TableRate[] = [];
  const isCount = (m: Mention | undefined) => m?.kind === "count";
  const isShare = (m: Mention | undefined) => m?.unit === "%";
  // rows of data, a 合计 row at the end: 占比 columns over the count column before them
  const total = rows.find(isTotalRow);
  if (total) {
    header.forEach((h, c) => {
      if (!SHARE.test(h.text)) return;
      let base = c - 1;
      while (base > 0 && c - base < 8 && !isCount(total[base]?.mention)) base--;
      const den = total[base];
      if (base < 1 || !den?.id || !isCount(den.mention)) return;
      for (const r of rows.slice(1)) {
        const rate = r[c];
        const num = r[base];
        if (isShare(rate?.mention) && rate?.id && isCount(num?.mention) && num?.id)
          out.push({ rate: rate.id, numerator: num.id, denominator: den.id, basis: "table" });
      }
    });
  }
  // a table on its side: a 比例 row under a count row, over the count in the 合计 column, or over the figure stated
  // before the table that the row's name names (占新受理数比例 → 新受理行政复议案件151件)
  const totalColumn = header.findIndex((h) => TOTAL.test(h.text));
  const stated = before.flatMap((fl) => fl.mentions.map((m, n) => ({ m, id: fl.ids[n] })));
  let counts: readonly FigureCell[] | undefined;
  rows.forEach((r, k) => {
    const name = r[0]?.text ?? "";
    if (k > 0 && SHARE.test(name) && counts) {
      const row = counts;
      const inTable =
        totalColumn > 0 && isCount(row[totalColumn]?.mention) ? row[totalColumn]?.id : undefined;
      const base = core(/占(.{2,12}?)(?:的)?(?:比例|比重|占比)/.exec(name)?.[1] ?? "");
      const named =
        inTable === undefined && base.length >= 2
          ? stated.findLast(({ m }) => m.kind === "count" && namedAs(m, base))?.id
          : undefined;
      const den = inTable ?? named;
      if (den)
        r.forEach((rate, c) => {
          const num = row[c];
          if (c > 0 && isShare(rate.mention) && rate.id && isCount(num?.mention) && num?.id)
            out.push({
              rate: rate.id,
              numerator: num.id,
              denominator: den,
              basis: inTable ? "table" : "phrase",
            });
        });
    }
    if (r.slice(1).some((cell) => isCount(cell.mention))) counts = r;
  });
  return out;
}

import type { Worksheet } from "exceljs";
import { type RowSets, TABLE_NAMES, TABLES, type TableName } from "../../tables";
import { columnsOf, type TableSink } from "./sink";

const EXCEL_ROWS = 1_048_576;

/**
 * An .xlsx workbook with one sheet a table, the header row bold and frozen, numbers as numbers; written with
 * exceljs's streaming writer (rows are committed as they come).
 */
export async function xlsxSink(path: string, onTooMany: (table: string) => void): Promise<TableSink> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheets = new Map<TableName, { sheet: Worksheet; rows: number }>();
  for (const name of TABLE_NAMES) {
    const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columnsOf(name).map((c) => ({
      header: c,
      key: c,
      width: (TABLES[name] as Record<string, string>)[c] === "text" ? 18 : 12,
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    sheets.set(name, { sheet, rows: 1 });
  }
  return {
    async add(rows: RowSets) {
      for (const name of TABLE_NAMES) {
        const entry = sheets.get(name);
        if (!entry) continue;
        for (const r of rows[name] as readonly Record<string, string | number | null>[]) {
          if (entry.rows === EXCEL_ROWS) onTooMany(name);
          if (entry.rows++ >= EXCEL_ROWS) continue;
          entry.sheet.addRow(columnsOf(name).map((c) => r[c] ?? null)).commit();
        }
      }
    },
    async close() {
      for (const { sheet } of sheets.values()) sheet.commit();
      await book.commit();
    },
  };
}

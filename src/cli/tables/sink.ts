import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type RowSets, TABLE_NAMES, TABLES, type TableName } from "../../tables";

/** Where `fazhi table` writes rows, one report's rows at a time. */
export interface TableSink {
  add(rows: RowSets): Promise<void>;
  close(): Promise<void>;
}

/** The columns of a table, in order. */
export const columnsOf = (name: TableName): readonly string[] => Object.keys(TABLES[name]);

/** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * One CSV file a table in `dir`, each starting with a UTF-8 BOM so that Excel opens Chinese text as UTF-8; rows are
 * written as they come (memory stays bounded).
 */
export function csvSink(dir: string): TableSink {
  mkdirSync(dir, { recursive: true });
  const files = new Map<TableName, number>();
  for (const name of TABLE_NAMES) {
    const fd = openSync(join(dir, `${name}.csv`), "w");
    writeSync(fd, `\uFEFF${columnsOf(name).join(",")}\r\n`);
    files.set(name, fd);
  }
  return {
    async add(rows) {
      for (const name of TABLE_NAMES) {
        const fd = files.get(name);
        const list = rows[name] as readonly Record<string, string | number | null>[];
        if (fd === undefined || list.length === 0) continue;
        const cols = columnsOf(name);
        writeSync(fd, list.map((r) => `${cols.map((c) => csvField(r[c] ?? null)).join(",")}\r\n`).join(""));
      }
    },
    async close() {
      for (const fd of files.values()) closeSync(fd);
    },
  };
}

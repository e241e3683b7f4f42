import { extname } from "node:path";
import type { Locale } from "../../index";
import { flattenReport, TABLE_NAMES, type TableName } from "../../tables";
import { DuckdbMissing, duckdbSink, parquetSink } from "./duckdb";
import { tableText } from "./messages";
import { readReports } from "./read";
import { csvSink, type TableSink } from "./sink";
import { xlsxSink } from "./xlsx";

/** The formats `fazhi table` writes. */
export const TABLE_FORMATS = ["xlsx", "csv", "duckdb", "parquet"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The format of a target: `--format`, else its extension (.xlsx, .duckdb/.db). */
export function formatOf(target: string, format: TableFormat | undefined): TableFormat | undefined {
  if (format) return format;
  const ext = extname(target).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".duckdb" || ext === ".db" ? "duckdb" : undefined;
}

/** Options of `runTable`. */
export interface TableRun {
  readonly inputs: readonly string[];
  readonly output: string | undefined;
  readonly format: TableFormat | undefined;
  readonly locale: Locale;
  readonly maxBytes: number;
  readonly recursive: boolean;
  readonly findings: boolean;
  readonly progress: boolean;
}

async function progressBar(enabled: boolean) {
  if (!enabled) return undefined;
  // None when the optional package cli-progress is not installed.
  const loaded = await import("cli-progress").catch(() => undefined);
  if (!loaded) return undefined;
  const { default: progress } = loaded;
  return new progress.SingleBar(
    {
      format: "{bar} {value}/{total} {file}",
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
    },
    progress.Presets.shades_classic,
  );
}

/**
 * `fazhi table <inputs…> --output <target>`: every report flattened (`flattenReport`) into an .xlsx workbook, CSV
 * files, a DuckDB database or Parquet files. Reports are read, flattened and written one at a time.
 */
export async function runTable(run: TableRun): Promise<{ output: string; exitCode: number }> {
  const t = tableText(run.locale);
  if (!run.output) return { output: `fazhi table: ${t.noOutput}\n`, exitCode: 2 };
  const format = formatOf(run.output, run.format);
  if (!format) return { output: `fazhi table: ${t.badTarget(run.output)}\n`, exitCode: 2 };
  const target = run.output;
  let sink: TableSink;
  try {
    sink =
      format === "csv"
        ? csvSink(target)
        : format === "xlsx"
          ? await xlsxSink(target, (table) => process.stderr.write(`${t.tooManyRows(table)}\n`))
          : format === "duckdb"
            ? await duckdbSink(target)
            : await parquetSink(target);
  } catch (error) {
    if (error instanceof DuckdbMissing) return { output: `fazhi table: ${t.needDuckdb}\n`, exitCode: 2 };
    throw error;
  }
  const bar = await progressBar(run.progress);
  const counts = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as Record<TableName, number>;
  let reports = 0;
  let failed = false;
  for await (const read of readReports(run.inputs, {
    locale: run.locale,
    maxBytes: run.maxBytes,
    recursive: run.recursive,
    onFile: (file, index, total) => {
      if (index === 0) bar?.start(total, 0, { file });
      bar?.update(index + 1, { file });
    },
  })) {
    if ("error" in read) {
      bar?.stop();
      process.stderr.write(`${read.file}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const rows = flattenReport(read.report, { findings: run.findings, locale: run.locale as Locale });
    for (const n of TABLE_NAMES) counts[n] += rows[n].length;
    reports++;
    await sink.add(rows);
  }
  bar?.stop();
  await sink.close();
  const summary = TABLE_NAMES.map((n) => `${n} ${counts[n]}`).join(", ");
  return { output: `${t.wrote(reports, target, summary)}\n`, exitCode: failed ? 2 : 0 };
}

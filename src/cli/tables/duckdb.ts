import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { type RowSets, TABLE_NAMES, TABLES, type TableName } from "../../tables";
import type { TableSink } from "./sink";

const SQL_TYPE = { text: "VARCHAR", integer: "INTEGER", number: "DOUBLE" } as const;
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Thrown when the optional dependency @duckdb/node-api is not installed. */
export class DuckdbMissing extends Error {}

async function loadDuckdb(): Promise<typeof import("@duckdb/node-api")> {
  try {
    return await import("@duckdb/node-api");
  } catch {
    throw new DuckdbMissing("@duckdb/node-api");
  }
}

/** Views over the tables: coded figures, coded rates with their verdicts, and their spread by concept and year. */
export const VIEWS: Readonly<Record<string, string>> = {
  concept_values: `SELECT concept, jurisdiction, "year", reportYear, label, "value", "number", unit, qualifier, reportId, pointer
    FROM indicators WHERE concept IS NOT NULL`,
  rates_by_concept: `SELECT i.concept, i.jurisdiction, i."year", i."value" AS stated, i."number" AS statedNumber, i.qualifier,
      r.computed, r.computedNumber, coalesce(r.verdict, 'notRecomputable') AS verdict, i.reportId, i.pointer
    FROM indicators i LEFT JOIN rates r ON r.reportId = i.reportId AND r.indicatorId = i.indicatorId
    WHERE i.concept IS NOT NULL AND i.unit = '%'`,
  concept_by_year: `SELECT concept, "year", count(*) AS n, median("number") AS median,
      quantile_cont("number", 0.25) AS q1, quantile_cont("number", 0.75) AS q3, min("number") AS min, max("number") AS max
    FROM concept_values GROUP BY concept, "year"`,
  verdicts_by_jurisdiction: `SELECT jurisdiction, reportYear, verdict, count(*) AS n FROM rates GROUP BY ALL`,
};

function append(appender: DuckDBAppender, type: string, value: string | number | null): void {
  if (value === null) appender.appendNull();
  else if (type === "integer") appender.appendInteger(Number(value));
  else if (type === "number") appender.appendDouble(Number(value));
  else appender.appendVarchar(String(value));
}

async function openTables(path: string): Promise<{
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  appenders: Map<TableName, DuckDBAppender>;
}> {
  const duckdb = await loadDuckdb();
  const instance = await duckdb.DuckDBInstance.create(path);
  const connection = await instance.connect();
  const appenders = new Map<TableName, DuckDBAppender>();
  for (const name of TABLE_NAMES) {
    const cols = Object.entries(TABLES[name]).map(([c, t]) => `${q(c)} ${SQL_TYPE[t]}`);
    await connection.run(`CREATE OR REPLACE TABLE ${q(name)} (${cols.join(", ")})`);
    appenders.set(name, await connection.createAppender(name));
  }
  return { instance, connection, appenders };
}

function appendRows(appenders: Map<TableName, DuckDBAppender>, rows: RowSets): void {
  for (const name of TABLE_NAMES) {
    const appender = appenders.get(name);
    if (!appender) continue;
    const types = Object.entries(TABLES[name]);
    for (const r of rows[name] as readonly Record<string, string | number | null>[]) {
      for (const [c, t] of types) append(appender, t, r[c] ?? null);
      appender.endRow();
    }
  }
}

/** A DuckDB database file with one table a table (appended as rows come) and the `VIEWS`. */
export async function duckdbSink(path: string): Promise<TableSink> {
  if (existsSync(path)) rmSync(path);
  const { instance, connection, appenders } = await openTables(path);
  return {
    async add(rows) {
      appendRows(appenders, rows);
    },
    async close() {
      for (const a of appenders.values()) a.closeSync();
      for (const [name, sql] of Object.entries(VIEWS))
        await connection.run(`CREATE OR REPLACE VIEW ${q(name)} AS ${sql}`);
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * One Parquet file set a table in `dir`, partitioned by report year (`dir/indicators/reportYear=2023/…`): rows go
 * into a scratch DuckDB file first, which is removed when the files are written.
 */
export async function parquetSink(dir: string): Promise<TableSink> {
  mkdirSync(dir, { recursive: true });
  const scratch = join(dir, `.fazhi-${process.pid}.duckdb`);
  if (existsSync(scratch)) rmSync(scratch);
  const { instance, connection, appenders } = await openTables(scratch);
  return {
    async add(rows) {
      appendRows(appenders, rows);
    },
    async close() {
      for (const a of appenders.values()) a.closeSync();
      for (const name of TABLE_NAMES) {
        const target = join(dir, name).replaceAll("'", "''");
        const select =
          "reportYear" in TABLES[name]
            ? `SELECT * FROM ${q(name)}`
            : `SELECT t.*, r.reportYear FROM ${q(name)} t LEFT JOIN reports r USING (reportId)`;
        await connection.run(
          `COPY (${select}) TO '${target}' (FORMAT parquet, PARTITION_BY (reportYear), OVERWRITE_OR_IGNORE true)`,
        );
      }
      connection.closeSync();
      instance.closeSync();
      rmSync(scratch, { force: true });
      rmSync(`${scratch}.wal`, { force: true });
    },
  };
}

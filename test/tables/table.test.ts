import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, test } from "vitest";
import { runTable, type TableFormat } from "../../src/cli/tables/run";
import { csvField } from "../../src/cli/tables/sink";
import { flattenReports, TABLE_NAMES, TABLES } from "../../src/tables";
import { examples } from "./examples";

const expected = flattenReports(examples());
const dir = mkdtempSync(join(tmpdir(), "fazhi-table-"));
const write = (output: string, format?: TableFormat) =>
  runTable({
    inputs: ["examples"],
    output,
    format,
    locale: "en",
    maxBytes: 50_000_000,
    recursive: false,
    findings: true,
    progress: false,
  });

/** A small RFC 4180 reader for the read-back test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

async function query(path: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(path, path === ":memory:" ? {} : { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("csvField", () => {
  test.each([
    [null, ""],
    [152000, "152000"],
    ["临河区", "临河区"],
    ['纠错率"39%"', '"纠错率""39%"""'],
    ["a,b", '"a,b"'],
    ["a\nb", '"a\nb"'],
  ])("writes %o as %s", (value, csv) => {
    expect(csvField(value)).toBe(csv);
  });
});

describe("fazhi table --format csv", () => {
  const out = join(dir, "csv");
  beforeAll(async () => {
    expect((await write(out, "csv")).exitCode).toBe(0);
  });

  test("writes one CSV per table, each opening with a UTF-8 BOM and the header", () => {
    for (const name of TABLE_NAMES) {
      const text = readFileSync(join(out, `${name}.csv`), "utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(Object.keys(TABLES[name]));
      expect(rows.length - 1, name).toBe(expected[name].length);
    }
  });

  test("writes 临河's 15.2万 件 as value 15.2 and number 152000", () => {
    const [header, ...rows] = parseCsv(readFileSync(join(out, "indicators.csv"), "utf8").slice(1));
    const at = (c: string) => header?.indexOf(c) ?? -1;
    const row = rows.find(
      (r) => r[at("indicatorId")] === "one-go-items" && r[at("reportId")] === "2023-linhe-district",
    );
    expect([row?.[at("value")], row?.[at("magnitude")], row?.[at("number")], row?.[at("qualifier")]]).toEqual(
      ["15.2", "万", "152000", ""],
    );
  });
});

describe("fazhi table x.xlsx", () => {
  const out = join(dir, "x.xlsx");
  const book = new ExcelJS.Workbook();
  beforeAll(async () => {
    expect((await write(out)).exitCode).toBe(0);
    await book.xlsx.readFile(out);
  });

  test("writes one sheet per table with the header frozen", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([...TABLE_NAMES]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.rowCount - 1, sheet.name).toBe(
        expected[sheet.name as (typeof TABLE_NAMES)[number]].length,
      );
    }
  });

  test("writes numbers as numbers and printed values as text", () => {
    const sheet = book.getWorksheet("indicators");
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    const col = (c: string) => header.indexOf(c) + 1;
    let found = 0;
    sheet?.eachRow((row) => {
      if (row.getCell(col("indicatorId")).value !== "subsidies-paid") return;
      found++;
      expect(row.getCell(col("value")).value).toBe("4.4");
      expect(row.getCell(col("number")).value).toBe(440_000_000);
      expect(row.getCell(col("magnitude")).value).toBe("亿");
    });
    expect(found).toBe(1);
    const rates = book.getWorksheet("rates");
    const rh = ((rates?.getRow(1).values ?? []) as unknown[]).slice(1);
    const row = rates?.getRow(2);
    expect(typeof row?.getCell(rh.indexOf("computedNumber") + 1).value).toBe("number");
  });
});

describe("fazhi table x.duckdb", () => {
  const out = join(dir, "x.duckdb");
  beforeAll(async () => {
    expect((await write(out)).exitCode).toBe(0);
  });

  test("holds every table with its rows", async () => {
    for (const name of TABLE_NAMES) {
      const [row] = await query(out, `SELECT count(*)::INTEGER AS n FROM ${name}`);
      expect(row?.n, name).toBe(expected[name].length);
    }
  });

  test("keeps values and numbers exact", async () => {
    const rows = await query(
      out,
      `SELECT value, number, unit FROM indicators WHERE reportId = '2022-huian-county' AND indicatorId = 'rent-relief'`,
    );
    expect(rows).toEqual([{ value: "1010", number: 10_100_000, unit: "元" }]);
  });

  test("views the rates by concept, jurisdiction and year with their verdicts", async () => {
    // 调解成功率 as each report states it: 安定 95 (以上), 惠安 100 (3312/3312), 贡川 98 (以上), 临河 81 (8881/10952).
    const rows = await query(
      out,
      `SELECT jurisdiction, year, stated, qualifier, verdict FROM rates_by_concept
       WHERE concept = 'mediationSuccessRate' ORDER BY jurisdiction`,
    );
    expect(rows).toEqual([
      { jurisdiction: "临河区", year: 2023, stated: "81", qualifier: null, verdict: "pass" },
      { jurisdiction: "安定镇", year: 2022, stated: "95", qualifier: "atLeast", verdict: "notRecomputable" },
      { jurisdiction: "惠安县", year: 2022, stated: "100", qualifier: null, verdict: "pass" },
      {
        jurisdiction: "永安市贡川镇",
        year: 2023,
        stated: "98",
        qualifier: "atLeast",
        verdict: "notRecomputable",
      },
    ]);
    const [byYear] = await query(
      out,
      `SELECT n::INTEGER AS n, median, min, max FROM concept_by_year WHERE concept = 'mediationSuccessRate' AND year = 2023`,
    );
    expect(byYear).toEqual({ n: 2, median: 89.5, min: 81, max: 98 });
  });
});

describe("fazhi table --format parquet", () => {
  const out = join(dir, "pq");
  beforeAll(async () => {
    expect((await write(out, "parquet")).exitCode).toBe(0);
  });

  test("writes one Parquet file set per table, partitioned by report year", async () => {
    expect(readdirSync(join(out, "indicators")).sort()).toEqual([
      "reportYear=2021",
      "reportYear=2022",
      "reportYear=2023",
    ]);
    expect(existsSync(join(out, `.fazhi-${process.pid}.duckdb`))).toBe(false);
    for (const name of TABLE_NAMES) {
      const [row] = await query(
        ":memory:",
        `SELECT count(*)::INTEGER AS n FROM read_parquet('${join(out, name)}/*/*.parquet', hive_partitioning = true)`,
      );
      expect(row?.n, name).toBe(expected[name].length);
    }
    const [row] = await query(
      ":memory:",
      `SELECT count(*)::INTEGER AS n FROM read_parquet('${join(out, "plans")}/*/*.parquet', hive_partitioning = true)
       WHERE reportYear = 2023`,
    );
    expect(row?.n).toBe(6); // 贡川 3 plans + 临河 3 plans
  });
});

describe("fazhi table errors", () => {
  test("asks for a format it can tell", async () => {
    const r = await write(join(dir, "x.txt"));
    expect(r.exitCode).toBe(2);
    expect(r.output).toMatch(/cannot tell the output format/);
  });
});

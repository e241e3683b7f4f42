import type { cli as zhCN } from "../zh-CN/cli";

/** The CLI's own sentences: usage and input errors, and those of the table commands (table, compare, summary). */
export const cli: typeof zhCN = {
  notFound: "file not found",
  isDir: "no .json or .ndjson reports in this directory",
  empty: "empty file",
  binary: "not a text file (contains NUL bytes)",
  tooLarge: (max: number) => `file is larger than the ${max}-byte limit (--max-size); not read`,
  invalidJson: "invalid JSON",
  noInput: "no files to check",
  unknownCommand: (c: string) => `unknown command "${c}"`,
  unknownRule: (r: string) => `unknown rule "${r}"`,
  badConfig: "invalid configuration file",
  cannotRead: "cannot read",
  brokenLink: "a link to a file that does not exist",
  linkLoop: "a loop of symbolic links; cannot be read",
  directory: "is a directory, not a file",
  unreadable: "cannot be read (permission denied or read error)",
  encoding: "unknown encoding: neither UTF-8, UTF-16 nor GB18030",
  notUtf8: (encoding: string) =>
    `not UTF-8 (looks like ${encoding}); JSON must be UTF-8: convert it first, e.g. iconv -f ${encoding} -t UTF-8`,
  decodedAs: (encoding: string) => `not UTF-8; read as ${encoding}`,
  tooDeep: (max: number) => `nested deeper than ${max} levels; not checked`,
  internal: "failed while checking this file",
  outputIsInput: (out: string, input: string) =>
    `--output ${out} is the input ${input}; refusing to overwrite it`,
  outputIsDir: (out: string) => `--output ${out} is a directory`,
  cannotWrite: (out: string) => `cannot write --output ${out}`,
  unknownRuleInConfig: (path: string, id: string) => `${path}: unknown rule "${id}" (see fazhi rules)`,
  notJson: (command: string) =>
    `fazhi ${command} reads report JSON or NDJSON; for a text or web page use fazhi check`,
  notText: (command: string) =>
    `fazhi ${command} reads a report's text or web page; for report JSON use fazhi validate`,
  noRates: "no rate relations",
  ratesRecomputed: "Rates recomputed",
  notRecomputable: "not recomputable: the text does not say which counts it is computed from",
  noTexts: "no .txt or .html report texts in this directory",
  skipped: "skipped",
  skipReason: {
    excluded: "matches an --exclude pattern",
    notAReport:
      "does not look like a report (no schemaVersion, reportYear, jurisdiction, issuers or indicators key at its start)",
  },
  table: {
    notAReport: "not a valid report",
    nothingExtracted: "no report could be extracted from the text",
    noOutput: "--output <file or directory> is required",
    badTarget: (t: string) =>
      `cannot tell the output format of "${t}": use .xlsx, .duckdb, or a directory with --format csv|parquet`,
    needDuckdb:
      "DuckDB and Parquet output need the optional dependency @duckdb/node-api, which is not installed. Run: npm install @duckdb/node-api",
    needExceljs: "xlsx output needs exceljs, which cannot be loaded. Run: npm install exceljs",
    duplicateId: (id: string, renamed: string) => `report id "${id}" is used twice; renamed "${renamed}"`,
    wrote: (n: number, target: string, counts: string) => `wrote ${n} reports to ${target}: ${counts}`,
    tooManyRows: (table: string) =>
      `table ${table} exceeds Excel's 1,048,576 rows; the rest was not written: use --format csv or .duckdb`,
    compareNeedsTwo: "fazhi compare expects two reports: <previous> <current>",
    oneReport: (file: string) => `${file} should hold one report`,
  },
};

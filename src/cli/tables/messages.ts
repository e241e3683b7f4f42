/** The sentences of `fazhi table`, `fazhi compare` and `fazhi summary`, in zh-CN and en. */
import type { CliLocale } from "../messages";

const TEXT = {
  "zh-CN": {
    notAReport: "不是有效的报告",
    nothingExtracted: "未能从文本中提取报告",
    noOutput: "需要 --output <文件或目录>",
    badTarget: (t: string) => `无法判断输出格式“${t}”：用 .xlsx、.duckdb，或目录加 --format csv|parquet`,
    needDuckdb:
      "输出 DuckDB 或 Parquet 需要可选依赖 @duckdb/node-api，当前未安装。请运行：npm install @duckdb/node-api",
    needExceljs: "输出 xlsx 需要 exceljs，当前无法加载。请运行：npm install exceljs",
    duplicateId: (id: string, renamed: string) => `报告 id“${id}”重复，改为“${renamed}”`,
    wrote: (n: number, target: string, counts: string) => `已写入 ${n} 份报告到 ${target}：${counts}`,
    tooManyRows: (table: string) =>
      `表 ${table} 超过 Excel 的 1048576 行上限，其余行未写入；请改用 --format csv 或 .duckdb`,
    compareNeedsTwo: "fazhi compare 需要两份报告：<上年> <本年>",
    oneReport: (file: string) => `${file} 中应只有一份报告`,
  },
  en: {
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
} as const;

/** The sentences of the table commands in a locale. */
export function tableText(locale: CliLocale) {
  return TEXT[locale];
}

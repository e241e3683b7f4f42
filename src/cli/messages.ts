import { ROUNDING_MODES } from "../index";
import type { ReadProblem } from "./inputs";

/** The CLI's own sentences (usage and input errors) in zh-CN and en. */
export type CliLocale = "zh-CN" | "en";

const TEXT = {
  "zh-CN": {
    notFound: "文件不存在",
    isDir: "目录中没有 .json 或 .ndjson 报告",
    empty: "文件为空",
    binary: "不是文本文件（含 NUL 字节）",
    tooLarge: (max: number) => `文件超过 ${max} 字节上限（--max-size），未读取`,
    invalidJson: "JSON 语法错误",
    noInput: "未指定要检查的文件",
    unknownCommand: (c: string) => `未知命令“${c}”`,
    unknownRule: (r: string) => `未知规则“${r}”`,
    badConfig: "配置文件无效",
    cannotRead: "无法读取",
    brokenLink: "链接指向的文件不存在",
    linkLoop: "符号链接成环，无法读取",
    directory: "是目录，不是文件",
    unreadable: "无法读取（权限不足或读取出错）",
    encoding: "编码无法识别：既不是 UTF-8、UTF-16，也不是 GB18030",
    notUtf8: (encoding: string) =>
      `不是 UTF-8 编码（看来是 ${encoding}）；JSON 须为 UTF-8，请先转换，如 iconv -f ${encoding} -t UTF-8`,
    decodedAs: (encoding: string) => `不是 UTF-8 编码，已按 ${encoding} 读取`,
    tooDeep: (max: number) => `嵌套超过 ${max} 层，未检查`,
    internal: "检查此文件时出错",
    outputIsInput: (out: string, input: string) => `--output ${out} 就是输入文件 ${input}，拒绝覆盖`,
    outputIsDir: (out: string) => `--output ${out} 是目录`,
    cannotWrite: (out: string) => `无法写入 --output ${out}`,
    unknownRuleInConfig: (path: string, id: string) => `${path}: 未知规则“${id}”（见 fazhi rules）`,
    notJson: (command: string) => `fazhi ${command} 读取报告 JSON 或 NDJSON；文本或网页请用 fazhi check`,
    notText: (command: string) => `fazhi ${command} 读取报告的文本或网页；报告 JSON 请用 fazhi validate`,
    noRates: "没有比率关系",
    noTexts: "目录中没有 .txt 或 .html 报告文本",
    skipped: "已跳过",
    skipReason: {
      excluded: "与 --exclude 模式匹配",
      notAReport:
        "看起来不是报告（开头没有 schemaVersion、reportYear、jurisdiction、issuers 或 indicators 键）",
    },
  },
  en: {
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
    noTexts: "no .txt or .html report texts in this directory",
    skipped: "skipped",
    skipReason: {
      excluded: "matches an --exclude pattern",
      notAReport:
        "does not look like a report (no schemaVersion, reportYear, jurisdiction, issuers or indicators key at its start)",
    },
  },
} as const;

/** The sentences of a locale. */
export function cliText(locale: CliLocale) {
  return TEXT[locale];
}

/**
 * The sentence for an input that could not be read, and the code it goes by in the JSON output.
 * `detail` is an fs error code (EACCES …), appended as given.
 */
export function problemText(
  locale: CliLocale,
  problem: ReadProblem | "isDir",
  maxBytes: number,
  detail?: string,
): { message: string; code: string } {
  const t = TEXT[locale];
  const message = problem === "tooLarge" ? t.tooLarge(maxBytes) : t[problem];
  return { message: detail ? `${message} (${detail})` : message, code: problem };
}

/** The help text. */
export function usage(): string {
  return `fazhi — validate 法治政府建设年度报告 data (fazhi-report)

Usage:
  fazhi validate <files|dirs|globs|->  [options]   validate report JSON / NDJSON files
  fazhi rates <files|dirs|globs|-> [--format text|json|csv]
                                                    every rate the reports' relations allow
  fazhi rate <numerator> <denominator> [--precision N] [--mode ${ROUNDING_MODES.join("|")}]
  fazhi rules [--format table|json|md]              the rule catalogue
  fazhi explain <ruleId>                            one rule: rationale, basis, message
  fazhi schema [--draft 2020-12|07]                 the JSON Schema of the report model
  fazhi extract <files|dirs|globs|->                a draft report (JSON; NDJSON for several) read from texts
  fazhi check <files|dirs|globs|->                  extract, then validate; findings point at lines of the text
  fazhi table <inputs...> --output <out.xlsx|out.duckdb|dir> [--format xlsx|csv|duckdb|parquet] [--no-findings]
                                                    reports (JSON, NDJSON, text, HTML) flattened to tables
  fazhi compare <previous> <current> [--format text|json] [--fail-on error|warning|info]
                                                    one government's reports of two consecutive years
  fazhi summary <inputs...> [--format text|json] [--html out.html]
                                                    per concept across reports: n, quartiles, min and max

Options of validate:
  --format text|json|sarif|junit|github|gitlab
                                           output format (default text)
  --locale zh-CN|en                        language of messages (default zh-CN)
  --fail-on error|warning|info             lowest severity that fails (exit 1; default error)
  --config <file>                          JSON: severityOverrides, disabledRules, roundingMode, denominators, referenceDate
  --output <file>                          write the output to a file (atomically)
  --recursive                              also look in subdirectories
  --exclude <pattern>                      leave out what matches (gitignore syntax; repeatable; or '!pattern')
  --annotate-min error|warning|info        github format: lowest severity annotated; summary to $GITHUB_STEP_SUMMARY
  --max-size <bytes>                       skip larger files (default 52428800)
  --jobs <n>                               validate in n worker threads
  --quiet                                  print only files with findings (text format)
  --no-color                               never colour the output
  -h, --help / -v, --version               fazhi <command> --help: that command's options

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage error or unreadable input.
`;
}

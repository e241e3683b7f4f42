import { ROUNDING_MODES } from "../index";
import type { Locale } from "../locales";
import { cli as en } from "../locales/en/cli";
import { cli as zhCN } from "../locales/zh-CN/cli";
import type { ReadProblem } from "./inputs";

/** The CLI's own sentences (usage and input errors) in each locale: src/locales/<lang>/cli.ts. */
const TEXT = { "zh-CN": zhCN, en } as const;

/** The sentences of a locale. */
export function cliText(locale: Locale) {
  return TEXT[locale];
}

/**
 * The sentence for an input that could not be read, and the code it goes by in the JSON output.
 * `detail` is an fs error code (EACCES …), appended as given.
 */
export function problemText(
  locale: Locale,
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

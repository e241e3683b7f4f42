import { ROUNDING_MODES } from "../index";

// `fazhi <command> --help`: each command's own usage (fazhi --help gives the overview).

const SELECTION = `Inputs: files, folders, globs (quote them: "reports/**/*.json") and - for standard input.
  --recursive                              also look in subfolders
  --exclude <pattern>                      leave out what matches (gitignore syntax; repeatable); an argument
                                           '!pattern' does the same
  Folders are walked like a linter does: node_modules and dot-folders are entered only when named, .gitignore is
  respected, and files that do not look like reports (package.json …) are listed on stderr as skipped.`;

const CI = `  --format text|json|sarif|junit|github|gitlab
                                           output format (default text)
  --fail-on error|warning|info             lowest severity that fails (exit 1; default error)
  --annotate-min error|warning|info        github format: lowest severity annotated (GitHub shows at most 10
                                           annotations of a level per step); with $GITHUB_STEP_SUMMARY set, a
                                           Markdown summary of the run is appended to it`;

const EXIT = "Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage error or unreadable input.";

const HELP: Record<string, string> = {
  validate: `Usage: fazhi validate <files|folders|globs|->... [options]

Validates report JSON and NDJSON (one report a line) against the model and the rules.

${SELECTION}

${CI}
  --locale zh-CN|en                        language of messages (default zh-CN)
  --config <file>                          JSON: severityOverrides, disabledRules, roundingMode, denominators,
                                           referenceDate
  --output <file>                          write the output to a file (atomically)
  --max-size <bytes>                       skip larger files (default 52428800)
  --jobs <n>                               validate in n worker threads
  --quiet                                  print only files with findings (text format); no skipped list
  --no-color                               never colour the output

${EXIT}
`,
  rates: `Usage: fazhi rates <files|folders|globs|->... [--format text|json|csv] [--locale zh-CN|en]

Every rate each report's relations allow, recomputed with its formula and inputs and compared with the stated
figure. Reads what validate reads (report JSON, NDJSON record by record); a text goes to fazhi check.

${SELECTION}

Exit codes: 0 every input was read, 2 usage error, or an input unreadable or not a report.
`,
  rate: `Usage: fazhi rate <numerator> <denominator> [--precision N] [--mode ${ROUNDING_MODES.join("|")}]

One rate, numerator ÷ denominator × 100, with its explanation (default precision 2, mode halfUp).
`,
  rules: `Usage: fazhi rules [--format table|json|md] [--locale zh-CN|en]

The rule catalogue: id, severity, category and title (json and md: rationale, basis and message too).
`,
  explain: `Usage: fazhi explain <ruleId> [--locale zh-CN|en]

One rule: title, severity, rationale, legal basis and message.
`,
  schema: `Usage: fazhi schema [--draft 2020-12|07]

The JSON Schema of the report model.
`,
  extract: `Usage: fazhi extract <files|folders|globs|->... [--output <file>] [--locale zh-CN|en]

A draft report read from a report's text or web page (.txt, .html): JSON for one input, one draft a line
(NDJSON, which fazhi validate reads) for several. Warnings go to stderr. Report JSON is refused (use validate).

${SELECTION.replace("do not look like reports (package.json …) are", "are not texts are")}

Exit codes: 0 drafts extracted, 2 usage error, or an input unreadable, empty or not a report.
`,
  check: `Usage: fazhi check <files|folders|globs|->... [options]

Extracts each text, validates the draft and recomputes the stated rates; findings point at lines of the text.

${SELECTION.replace("do not look like reports (package.json …) are", "are not texts are")}

${CI}
  --config <file>, --output <file>, --max-size <bytes>, --locale zh-CN|en, --no-color

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage error, or nothing could be extracted.
`,
  table: `Usage: fazhi table <inputs...> --output <out.xlsx|out.duckdb|dir> [--format xlsx|csv|duckdb|parquet] [--no-findings]

Reports (JSON, NDJSON, text, HTML) flattened to tables, keyed by report id and JSON Pointer.
`,
  compare: `Usage: fazhi compare <previous> <current> [--format text|json] [--fail-on error|warning|info]

One government's reports of two consecutive years compared.
`,
  summary: `Usage: fazhi summary <inputs...> [--format text|json] [--html out.html]

Per concept across reports: n, quartiles, min and max.
`,
};

/** The help of one command, or undefined for a name that is not a command. */
export const commandHelp = (command: string): string | undefined => HELP[command];

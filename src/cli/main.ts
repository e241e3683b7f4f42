import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type ParseIssue, safeParseReport } from "../index";

const MAX_BYTES = 50 * 1024 * 1024;

interface FileVerdict {
  readonly file: string;
  readonly issues: readonly ParseIssue[];
  readonly inputError?: string;
}

function expand(arg: string): string[] {
  const stat = statSync(arg, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    return readdirSync(arg)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(arg, name));
  }
  return [arg];
}

function check(file: string, locale: "zh-CN" | "en"): FileVerdict {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return { file, issues: [], inputError: locale === "en" ? "file not found" : "文件不存在" };
  if (stat.size > MAX_BYTES) return { file, issues: [], inputError: `file larger than ${MAX_BYTES} bytes` };
  const text = readFileSync(file, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { file, issues: [], inputError: `invalid JSON: ${(error as Error).message}` };
  }
  const result = safeParseReport(value, { locale });
  return { file, issues: result.success ? [] : result.issues };
}

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { locale: { type: "string", default: "zh-CN" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    process.stderr.write(`fazhi: ${(error as Error).message}\n`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || command !== "validate" || files.length === 0) {
    process.stdout.write("Usage: fazhi validate <file.json|dir>... [--locale zh-CN|en]\n");
    return parsed.values.help ? 0 : 2;
  }
  const locale = parsed.values.locale === "en" ? "en" : "zh-CN";
  let exit = 0;
  for (const file of files.flatMap(expand)) {
    const verdict = check(file, locale);
    if (verdict.inputError) {
      process.stdout.write(`${file}: ${verdict.inputError}\n`);
      exit = 2;
    } else if (verdict.issues.length > 0) {
      process.stdout.write(`${file}: ${verdict.issues.length} issue(s)\n`);
      for (const issue of verdict.issues) process.stdout.write(`  ${issue.path || "/"}  ${issue.message}\n`);
      exit = Math.max(exit, 1);
    } else {
      process.stdout.write(`${file}: ok\n`);
    }
  }
  return exit;
}

process.exitCode = main(process.argv.slice(2));

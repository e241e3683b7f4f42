import { parseArgs } from "node:util";
import { type Locale, ROUNDING_MODES, type RoundingMode, type Severity, VERSION } from "../index";
import { runExplain, runRate, runRules, runSchema } from "./commands";
import { loadConfig } from "./config";
import { runCheck } from "./extract";
import { commandHelp } from "./help";
import { cliText, usage } from "./messages";
import { guardOutput, RefusedError, writeAtomically } from "./outputFile";
import { RATES_FORMATS, runRates } from "./rates";
import { ciChoices, OUTPUT_FORMATS } from "./render";
import { runCompare } from "./tables/compare";
import { runTable, TABLE_FORMATS } from "./tables/run";
import { runSummary } from "./tables/summary";
import { runExtracts, selectTexts } from "./texts";
import { renderAs, runValidate } from "./validate";

const OPTIONS = {
  format: { type: "string" },
  locale: { type: "string", default: "zh-CN" },
  "fail-on": { type: "string", default: "error" },
  config: { type: "string" },
  output: { type: "string" },
  recursive: { type: "boolean", default: false },
  "max-size": { type: "string", default: String(50 * 1024 * 1024) },
  jobs: { type: "string", default: "1" },
  quiet: { type: "boolean", default: false },
  "no-color": { type: "boolean", default: false },
  precision: { type: "string", default: "2" },
  mode: { type: "string", default: "halfUp" },
  draft: { type: "string", default: "2020-12" },
  "no-findings": { type: "boolean", default: false },
  html: { type: "string" },
  exclude: { type: "string", multiple: true },
  "annotate-min": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; got "${value}"`);
}

function wholeNumber(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}`);
  return Number(value);
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write((command && commandHelp(command)) || usage());
    return values.help ? 0 : 2;
  }
  const locale = oneOf<Locale>("locale", values.locale, ["zh-CN", "en"]);
  let result: { output: string; exitCode: number };
  switch (command) {
    case "validate": {
      if (rest.length === 0) throw new UsageError(cliText(locale).noInput);
      result = await runValidate({
        inputs: rest,
        format: oneOf("format", values.format ?? "text", OUTPUT_FORMATS),
        locale,
        failOn: oneOf<Severity>("fail-on", values["fail-on"], ["error", "warning", "info"]),
        options: values.config ? loadConfig(values.config, locale) : {},
        ...(values.output ? { output: values.output } : {}),
        recursive: values.recursive,
        maxBytes: wholeNumber("max-size", values["max-size"], 1),
        jobs: wholeNumber("jobs", values.jobs, 1),
        quiet: values.quiet,
        color:
          !values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR && !values.output,
        progress: process.stderr.isTTY === true,
        ...(values.exclude ? { exclude: values.exclude } : {}),
        ci: ciChoices(values["annotate-min"]),
      });
      break;
    }
    case "rate":
      result = runRate(
        rest,
        wholeNumber("precision", values.precision, 0),
        oneOf<RoundingMode>("mode", values.mode, ROUNDING_MODES),
        locale,
      );
      break;
    case "rates": {
      if (rest.length === 0) throw new UsageError(cliText(locale).noInput);
      const r = await runRates({
        inputs: rest,
        format: oneOf("format", values.format ?? "text", RATES_FORMATS),
        locale,
        recursive: values.recursive,
        maxBytes: wholeNumber("max-size", values["max-size"], 1),
        ...(values.exclude ? { exclude: values.exclude } : {}),
      });
      process.stderr.write(r.notes);
      result = r;
      break;
    }
    case "rules":
      result = runRules(oneOf("format", values.format ?? "table", ["table", "json", "md"]), locale);
      break;
    case "explain":
      result = runExplain(rest[0], locale);
      break;
    case "schema":
      result = runSchema(values.draft);
      break;
    case "extract": {
      if (rest.length === 0) throw new UsageError(cliText(locale).noInput);
      if (values.output) guardOutput(values.output, rest, locale);
      const r = await runExtracts(rest, {
        locale,
        maxBytes: wholeNumber("max-size", values["max-size"], 1),
        recursive: values.recursive,
        ...(values.exclude ? { exclude: values.exclude } : {}),
      });
      process.stderr.write(r.warnings);
      result = r;
      break;
    }
    case "check": {
      if (rest.length === 0) throw new UsageError(cliText(locale).noInput);
      const failOn = oneOf<Severity>("fail-on", values["fail-on"], ["error", "warning", "info"]);
      const options = values.config ? loadConfig(values.config, locale) : {};
      const maxBytes = wholeNumber("max-size", values["max-size"], 1);
      if (values.output) guardOutput(values.output, rest, locale);
      const selected = await selectTexts(
        rest,
        {
          locale,
          maxBytes,
          recursive: values.recursive,
          ...(values.exclude ? { exclude: values.exclude } : {}),
        },
        "check",
      );
      process.stderr.write(selected.notes);
      const checked: Awaited<ReturnType<typeof runCheck>>[] = selected.refused.map((r) => ({
        files: [r],
        warnings: "",
        nothing: true,
        rates: "",
      }));
      for (const file of selected.files) {
        try {
          checked.push(await runCheck(file, locale, options, maxBytes));
        } catch (error) {
          // One text that breaks the extractor costs that text, not the others.
          const message = `${cliText(locale).internal}: ${error instanceof Error ? error.message : String(error)}`;
          checked.push({
            files: [{ file, error: { message, code: "internal" } }],
            warnings: "",
            nothing: true,
            rates: "",
          });
        }
      }
      for (const c of checked) process.stderr.write(c.warnings);
      const files = checked.flatMap((c) => c.files);
      const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
      const failing = files.some((f) => f.result?.findings.some((x) => rank[x.severity] <= rank[failOn]));
      const format = oneOf("format", values.format ?? "text", OUTPUT_FORMATS);
      const rendered = renderAs(
        format,
        files,
        locale,
        failOn,
        !values["no-color"] && process.stdout.isTTY === true,
        ciChoices(values["annotate-min"]),
      );
      const rates = checked.map((c) => (c.rates ? `${c.files[0]?.file ?? ""}\n${c.rates}` : "")).join("");
      result = {
        output: format === "text" && rates ? `${rendered}\n${rates}` : rendered,
        exitCode: checked.some((c) => c.nothing) ? 2 : failing ? 1 : 0,
      };
      break;
    }
    case "table":
      if (rest.length === 0) throw new UsageError(cliText(locale).noInput);
      result = await runTable({
        inputs: rest,
        output: values.output,
        format: values.format ? oneOf("format", values.format, TABLE_FORMATS) : undefined,
        locale,
        maxBytes: wholeNumber("max-size", values["max-size"], 1),
        recursive: values.recursive,
        findings: !values["no-findings"],
        progress: process.stderr.isTTY === true && !values.quiet,
      });
      break;
    case "compare":
      result = await runCompare(rest, {
        locale,
        maxBytes: wholeNumber("max-size", values["max-size"], 1),
        json: oneOf("format", values.format ?? "text", ["text", "json"]) === "json",
        failOn: oneOf<Severity>("fail-on", values["fail-on"], ["error", "warning", "info"]),
      });
      break;
    case "summary":
      if (rest.length === 0) throw new UsageError(cliText(locale).noInput);
      result = await runSummary(rest, {
        locale,
        maxBytes: wholeNumber("max-size", values["max-size"], 1),
        recursive: values.recursive,
        json: oneOf("format", values.format ?? "text", ["text", "json"]) === "json",
        html: values.html,
      });
      break;
    default:
      throw new UsageError(cliText(locale).unknownCommand(command));
  }
  // Set before writing: should the reader of a pipe go away (EPIPE), the process ends with this status.
  process.exitCode = result.exitCode;
  if (values.output && (command === "validate" || command === "check" || command === "extract"))
    writeAtomically(values.output, result.output, locale);
  else {
    const report = command === "validate" || command === "check" || command === "rates";
    (result.exitCode === 2 && !report ? process.stderr : process.stdout).write(result.output);
  }
  return result.exitCode;
}

// A closed pipe (`fazhi validate dir | head -1`) ends the process quietly with the status already set.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit();
    throw error;
  });

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `fazhi: ${message}\n${error instanceof RefusedError ? "" : error instanceof UsageError || /option|argument/i.test(message) ? "Run fazhi --help for usage.\n" : ""}`,
    );
    process.exitCode = 2;
  },
);

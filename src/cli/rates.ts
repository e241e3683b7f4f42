import { analyzeDocument, type DerivedRate, deriveRates, type Locale } from "../index";
import { isNdjson, isStdin, type ReadResult, readStdin, readText } from "./inputs";
import { cliText, problemText } from "./messages";
import { csvField } from "./tables/sink";
import { INPUT_EXTENSIONS, REPORT_KINDS, skippedText, walkInputs } from "./walk";

/** The formats of `fazhi rates`. */
export const RATES_FORMATS = ["text", "json", "csv"] as const;

/** Options of `fazhi rates`. */
export interface RatesCommand {
  readonly inputs: readonly string[];
  readonly format: (typeof RATES_FORMATS)[number];
  readonly locale: Locale;
  readonly recursive: boolean;
  readonly maxBytes: number;
  readonly exclude?: readonly string[];
}

type Rated =
  | { readonly file: string; readonly rates: DerivedRate[] }
  | {
      readonly file: string;
      readonly error: { message: string; code: string; line?: number; column?: number };
    };

/**
 * The rates of one JSON text (a file or an NDJSON record), or why there are none: one analysis, as validate
 * makes it, so broken JSON is its FZ-JSON-001 finding and a text that is not a report its FZ-SCHEMA-001 findings.
 */
function ratesOf(file: string, text: string, locale: Locale, lineBase = 0): Rated {
  const analysis = analyzeDocument(text, { format: "json", locale, rates: false, startLine: lineBase + 1 });
  if (analysis.report) return { file, rates: deriveRates(analysis.report) };
  if (analysis.problem)
    return {
      file,
      error: { message: cliText(locale).tooDeep(analysis.problem.params.maxDepth), code: "tooDeep" },
    };
  const json = analysis.findings.find((f) => f.ruleId === "FZ-JSON-001");
  if (json) {
    const { line, column } = json.location ?? {};
    return {
      file,
      error: {
        message: json.message,
        code: "invalidJson",
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      },
    };
  }
  const schema = analysis.findings.filter((f) => f.ruleId === "FZ-SCHEMA-001");
  const first = schema[0];
  const more = schema.length > 1 ? ` (+${schema.length - 1})` : "";
  const message = `${first?.path || "/"} ${String(first?.params.message ?? "")}${more}`;
  return { file, error: { message, code: "notAReport" } };
}

/** The rates of what was read from one input: a report, or one report per NDJSON line. */
function ratesOfRead(file: string, read: ReadResult, cmd: RatesCommand): Rated[] {
  const t = cliText(cmd.locale);
  if ("problem" in read)
    return [{ file, error: problemText(cmd.locale, read.problem, cmd.maxBytes, read.detail) }];
  if (read.encoding === "GB18030")
    return [{ file, error: { message: t.notUtf8(read.encoding), code: "encoding" } }];
  if (!isNdjson(file, read.text)) return [ratesOf(file, read.text, cmd.locale)];
  return read.text
    .split("\n")
    .flatMap((line, i) => (line.trim() === "" ? [] : [ratesOf(`${file}:${i + 1}`, line, cmd.locale, i)]));
}

const TEXT_EXTENSION = new RegExp(
  `\\.(${Object.entries(INPUT_EXTENSIONS)
    .filter(([kind]) => !(REPORT_KINDS as readonly string[]).includes(kind))
    .flatMap(([, ext]) => ext)
    .join("|")})$`,
  "i",
);

/**
 * `fazhi rates <files|dirs|globs|->`: every rate each report's relations allow, with formula and inputs, as text,
 * JSON or CSV. Takes what `validate` takes (NDJSON record by record); a text or web page is refused by name (it
 * goes to `fazhi check`). Exit 2 when an input could not be read or is not a report.
 */
export async function runRates(
  cmd: RatesCommand,
): Promise<{ output: string; exitCode: number; notes: string }> {
  const { names, skipped } = await walkInputs(cmd.inputs, {
    recursive: cmd.recursive,
    ...(cmd.exclude ? { exclude: cmd.exclude } : {}),
  });
  const rated: Rated[] = [];
  for (const name of names) {
    if ("problem" in name)
      rated.push({
        file: name.path,
        error: problemText(cmd.locale, name.problem, cmd.maxBytes, name.detail),
      });
    else if (TEXT_EXTENSION.test(name.path))
      rated.push({
        file: name.path,
        error: { message: cliText(cmd.locale).notJson("rates"), code: "wrongKind" },
      });
    else {
      const read = isStdin(name.path) ? await readStdin(cmd.maxBytes) : readText(name.path, cmd.maxBytes);
      for (const r of ratesOfRead(name.path, read, cmd)) rated.push(r);
    }
  }
  const exitCode = rated.some((r) => "error" in r) ? 2 : 0;
  return { output: render(rated, cmd), exitCode, notes: skippedText(skipped, cmd.locale) };
}

const STATUS = { pass: "✓", passOtherMode: "≈", fail: "✗" } as const;

function render(rated: readonly Rated[], cmd: RatesCommand): string {
  const en = cmd.locale === "en";
  if (cmd.format === "json") {
    const files = rated.map((r) =>
      "error" in r ? { file: r.file, error: r.error } : { file: r.file, rates: r.rates },
    );
    return `${JSON.stringify({ files }, null, 2)}\n`;
  }
  if (cmd.format === "csv") {
    const head = [
      "file",
      "relationId",
      "rateIndicatorId",
      "rateKind",
      "stated",
      "computed",
      "status",
      "interval",
      "mode",
      "notApplicable",
      "explanation",
      "error",
    ];
    const rows = rated.flatMap((r) =>
      "error" in r
        ? [[r.file, "", "", "", "", "", "", "", "", "", "", r.error.message]]
        : r.rates.map((x) => [
            r.file,
            x.relationId,
            x.rateIndicatorId,
            x.rateKind ?? "",
            x.stated ?? "",
            x.check?.computed ?? x.computed?.value ?? "",
            x.check?.status ?? (x.notApplicable ? "notApplicable" : ""),
            x.check?.interval ?? "",
            x.check?.mode ?? x.computed?.mode ?? "",
            x.notApplicable ?? "",
            x.check ? (en ? x.check.explanation.en : x.check.explanation.zh) : "",
            "",
          ]),
    );
    return [head, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
  }
  const lines = rated.flatMap((r) => {
    if ("error" in r)
      return [
        `${r.file}${r.error.line ? `:${r.error.line}:${r.error.column ?? 1}` : ""}  ${r.error.message}`,
      ];
    const out = r.rates.map((x) => {
      if (!x.computed || !x.check) return `  ${x.relationId}: ${x.notApplicable ?? ""}`;
      const e = x.check.explanation;
      return `  ${STATUS[x.check.status]} ${x.relationId} (${x.rateKind ?? "rate"}): ${en ? e.en : e.zh}`;
    });
    return [r.file, ...(out.length > 0 ? out : [`  ${cliText(cmd.locale).noRates}`])];
  });
  return `${lines.join("\n")}\n`;
}

import { type ValidateOptions, type ValidationResult, validateReport } from "../index";
import type { FileLocation, FileResult } from "../output";
import { MAX_JSON_DEPTH, parseJsonText } from "../source";
import { type CliLocale, cliText, invalidJsonText } from "./messages";

/** A checked input in a form that can cross a worker thread: positions resolved, parsed report dropped. */
export interface CheckedFile {
  readonly file: string;
  readonly result?: Omit<ValidationResult, "report">;
  readonly error?: {
    readonly message: string;
    readonly code?: string;
    readonly line?: number;
    readonly column?: number;
  };
  readonly positions?: Readonly<Record<string, FileLocation>>;
  readonly record?: FileResult["record"];
}

/** Validates one JSON text. `lineBase` shifts lines for a record of an NDJSON file. */
export function checkText(
  file: string,
  text: string,
  options: ValidateOptions & { locale: CliLocale },
  lineBase = 0,
): CheckedFile {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    const t = cliText(options.locale);
    const tooDeep = message === "NestingTooDeep";
    return {
      file,
      error: {
        message: tooDeep ? t.tooDeep(MAX_JSON_DEPTH) : invalidJsonText(options.locale, message),
        code: tooDeep ? "tooDeep" : "invalidJson",
        line: line + lineBase,
        column,
      },
    };
  }
  const { report: _report, ...result } = validateReport(parsed.value, {
    ...options,
    sourceText: text,
    duplicateKeys: parsed.duplicateKeys,
  });
  const positions: Record<string, FileLocation> = {};
  for (const f of result.findings) {
    const at = parsed.locate(f.path);
    if (at) positions[f.path] = { line: at.line + lineBase, column: at.column };
  }
  return { file, result, positions };
}

/** Validates each line of an NDJSON text as a report; blank lines are skipped. */
export function checkNdjson(
  file: string,
  text: string,
  options: ValidateOptions & { locale: CliLocale },
): CheckedFile[] {
  const out: CheckedFile[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() !== "")
      out.push({ ...checkText(`${file}:${i + 1}`, line, options, i), record: { path: file, line: i + 1 } });
  });
  return out;
}

/** Turns a checked file back into a renderer's `FileResult`. */
export function toFileResult(c: CheckedFile): FileResult {
  const positions = c.positions ?? {};
  return {
    file: c.file,
    ...(c.result ? { result: c.result as ValidationResult } : {}),
    ...(c.error ? { error: c.error } : {}),
    ...(c.record ? { record: c.record } : {}),
    locate: (pointer) => positions[pointer],
  };
}

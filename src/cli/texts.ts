import type { Locale } from "../index";
import { runExtract } from "./extract";
import { cliText, problemText } from "./messages";
import { INPUT_EXTENSIONS, REPORT_KINDS, skippedText, TEXT_KINDS, walkInputs } from "./walk";

/** How `extract` and `check` select their inputs. */
export interface TextSelection {
  readonly locale: Locale;
  readonly maxBytes: number;
  readonly recursive: boolean;
  readonly exclude?: readonly string[];
}

/** An input refused before reading: missing, an empty folder, report JSON given to a text command … */
export interface Refused {
  readonly file: string;
  readonly error: { readonly message: string; readonly code: string };
}

const JSON_EXTENSION = new RegExp(
  `\\.(${REPORT_KINDS.flatMap((k) => INPUT_EXTENSIONS[k] as readonly string[]).join("|")})$`,
  "i",
);

/**
 * The texts `extract` or `check` read: files, folders (their .txt/.html files), globs and `-`, as `validate`
 * selects them; report JSON is refused by name (it goes to `validate`), as is whatever cannot be found.
 */
export async function selectTexts(
  inputs: readonly string[],
  options: TextSelection,
  command: "extract" | "check",
): Promise<{ files: string[]; refused: Refused[]; notes: string }> {
  const { names, skipped } = await walkInputs(inputs, {
    recursive: options.recursive,
    kinds: TEXT_KINDS,
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const files: string[] = [];
  const refused: Refused[] = [];
  for (const name of names) {
    if ("problem" in name)
      refused.push({
        file: name.path,
        error:
          name.problem === "isDir"
            ? { message: cliText(options.locale).noTexts, code: "isDir" }
            : problemText(options.locale, name.problem, options.maxBytes, name.detail),
      });
    else if (JSON_EXTENSION.test(name.path))
      refused.push({
        file: name.path,
        error: { message: cliText(options.locale).notText(command), code: "wrongKind" },
      });
    else files.push(name.path);
  }
  return { files, refused, notes: skippedText(skipped, options.locale) };
}

/**
 * `fazhi extract <files|dirs|globs|->`: one draft report as JSON for one input; for several, one draft a line
 * (NDJSON, which `fazhi validate` reads). Warnings and refusals go to stderr; exit 2 when an input could not be
 * read or held no report.
 */
export async function runExtracts(
  inputs: readonly string[],
  options: TextSelection,
): Promise<{ output: string; exitCode: number; warnings: string }> {
  const { files, refused, notes } = await selectTexts(inputs, options, "extract");
  let warnings = notes + refused.map((r) => `${r.file}: ${r.error.message}\n`).join("");
  let exitCode = refused.length > 0 ? 2 : 0;
  const drafts: string[] = [];
  for (const file of files) {
    const r = await runExtract(file, options.locale, options.maxBytes);
    warnings += r.warnings;
    if (r.exitCode !== 0) exitCode = 2;
    if (r.output) drafts.push(r.output);
  }
  const output =
    files.length + refused.length === 1
      ? (drafts[0] ?? "")
      : drafts.map((d) => `${JSON.stringify(JSON.parse(d))}\n`).join("");
  return { output, exitCode, warnings };
}

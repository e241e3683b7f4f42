import { appendFileSync } from "node:fs";
import { type Locale, ruleCatalogue, type Severity, VERSION } from "../index";
import type { FileResult } from "../output";
import * as output from "../output";

/** The output formats of `validate` and `check`. */
export const OUTPUT_FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab"] as const;
/** One of `OUTPUT_FORMATS`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Choices of the CI formats. */
export interface CiChoices {
  /** `--annotate-min`: the lowest severity the github format annotates. */
  readonly annotateMin?: Severity;
}

/**
 * Renders file results in one of the output formats. With `--format github` and `$GITHUB_STEP_SUMMARY` set (as
 * in a GitHub Actions step), a Markdown summary of the run is also appended to that file.
 */
export function renderAs(
  format: OutputFormat,
  files: readonly FileResult[],
  locale: Locale,
  failOn: Severity,
  color: boolean,
  ci: CiChoices = {},
): string {
  const rules = ruleCatalogue(locale);
  switch (format) {
    case "json":
      return output.renderJson(files);
    case "sarif":
      return output.renderSarif(files, { rules, toolVersion: VERSION, locale, srcRoot: process.cwd() });
    case "junit":
      return output.renderJunit(files, { rules, failOn, locale });
    case "gitlab":
      return output.renderGitlab(files);
    case "github":
      writeStepSummary(files, locale, ci);
      return output.renderGithub(files, ci.annotateMin ? { annotateMin: ci.annotateMin } : {});
    case "text":
      return output.renderText(files, { locale, rules, color });
  }
}

/** Appends the Markdown summary to `$GITHUB_STEP_SUMMARY` when it is set; a failure to write is said, not fatal. */
function writeStepSummary(files: readonly FileResult[], locale: Locale, ci: CiChoices): void {
  const target = process.env.GITHUB_STEP_SUMMARY;
  if (!target) return;
  try {
    appendFileSync(
      target,
      output.renderSummary(files, {
        locale,
        rules: ruleCatalogue(locale),
        ...(ci.annotateMin ? { annotateMin: ci.annotateMin } : {}),
      }),
    );
  } catch (error) {
    process.stderr.write(`fazhi: GITHUB_STEP_SUMMARY ${target}: ${(error as Error).message}\n`);
  }
}

/** The CI choices of the command line; an unknown severity is a usage error. */
export function ciChoices(annotateMin: string | undefined): CiChoices {
  if (annotateMin === undefined) return {};
  if (annotateMin !== "error" && annotateMin !== "warning" && annotateMin !== "info")
    throw new Error(`--annotate-min must be one of error, warning, info; got "${annotateMin}"`);
  return { annotateMin };
}

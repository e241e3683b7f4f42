import type { Finding, Locale, RuleDescription, Severity, ValidationResult } from "../rules";

/**
 * Where a finding stands in its file, when the source text is known.
 * @example
 * const at: FileLocation = { line: 24, column: 17 };
 */
export interface FileLocation {
  readonly line: number;
  readonly column: number;
}

/**
 * One checked input (a file, or a line of an NDJSON file): its validation result, or why it could not be read.
 * @example
 * const file: FileResult = { file: "report.json", result: validateReport(report) };
 * renderText([file], { locale: "en" });
 */
export interface FileResult {
  /** File name as given (with `:line` for an NDJSON record). */
  readonly file: string;
  readonly result?: ValidationResult;
  /** The input could not be read or parsed: a missing file, invalid JSON, a binary file … */
  readonly error?: {
    readonly message: string;
    /** A stable name of the problem: `notFound`, `tooLarge`, `encoding`, `tooDeep`, `invalidJson` … */
    readonly code?: string;
    readonly line?: number;
    readonly column?: number;
  };
  /**
   * For a record of an NDJSON file: the file it is in and the record's 1-based line. CI formats point at `path`
   * with the line as a line property (never `batch.ndjson:3` as a file name).
   */
  readonly record?: { readonly path: string; readonly line: number };
  /** Resolves a finding's JSON Pointer to a line and column of the file. */
  readonly locate?: (pointer: string) => FileLocation | undefined;
}

/**
 * Options common to renderers.
 * @example
 * const options: RenderOptions = { locale: "en", rules: ruleCatalogue("en"), color: false };
 */
export interface RenderOptions {
  readonly locale?: Locale;
  /** The rule catalogue, for SARIF rule metadata and JUnit names. */
  readonly rules?: readonly RuleDescription[];
  /** Colour the text output (ANSI). Default false. */
  readonly color?: boolean;
}

/**
 * A finding with its resolved location.
 * @example
 * const [first]: LocatedFinding[] = locatedFindings(file);
 * first?.line // the line of the file the finding points at
 */
export interface LocatedFinding extends Finding {
  readonly line?: number;
  readonly column?: number;
}

/**
 * The findings of a file with their lines and columns, in order of severity then position.
 * @example
 * locatedFindings({ file: "a.json", result, locate: (pointer) => ({ line: 1, column: 1 }) })[0]?.line //=> 1
 */
export function locatedFindings(file: FileResult): LocatedFinding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return (file.result?.findings ?? [])
    .map((f) => {
      const at = file.locate?.(f.path);
      return at ? { ...f, line: at.line, column: at.column } : f;
    })
    .sort(
      (a: LocatedFinding, b: LocatedFinding) =>
        rank[a.severity] - rank[b.severity] || (a.line ?? 0) - (b.line ?? 0),
    );
}

/**
 * Totals over many files.
 * @example
 * totals([{ file: "a.json", error: { message: "not found" } }]) //=> { files: 1, error: 0, warning: 0, info: 0, unreadable: 1 }
 */
export function totals(files: readonly FileResult[]) {
  let error = 0;
  let warning = 0;
  let info = 0;
  let unreadable = 0;
  for (const f of files) {
    if (f.error) unreadable++;
    error += f.result?.summary.error ?? 0;
    warning += f.result?.summary.warning ?? 0;
    info += f.result?.summary.info ?? 0;
  }
  return { files: files.length, error, warning, info, unreadable };
}

import type { Severity } from "../rules";
import { type FileResult, locatedFindings } from "./fileResult";
import { artifactOf, errorCheckName, lineOf } from "./location";
import { visible } from "./visible";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
// Newlines are the command's own escapes (%0A); any other control character is shown as a \u escape with four hex digits (\u001b).
const data = (s: string) => visible(s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
const prop = (s: string) => data(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * Options of `renderGithub`.
 * @example
 * renderGithub(files, { annotateMin: "warning" }); // notices are left out
 */
export interface GithubOptions {
  /**
   * The lowest severity annotated (default `"info"`: all). GitHub shows at most 10 annotations of each level per
   * step, so many notices can hide nothing else but themselves; `"warning"` keeps them out. Unreadable inputs are
   * always annotated.
   */
  readonly annotateMin?: Severity;
}

/**
 * Renders results as GitHub Actions workflow commands, one annotation per finding at or above `annotateMin`.
 * A record of an NDJSON file is annotated on its file, at the finding's line (or the record's).
 *
 * @example
 * renderGithub([{ file: "a.json", result }])
 * //=> "::notice file=a.json,line=12,col=5,title=FZ-RATE-002::Stated 75.5% …\n"
 */
export function renderGithub(files: readonly FileResult[], options: GithubOptions = {}): string {
  const min = RANK[options.annotateMin ?? "info"];
  const lines: string[] = [];
  const where = (file: FileResult, at: { line?: number; column?: number }) =>
    `file=${prop(artifactOf(file).path)}${at.line ? `,line=${at.line}${at.column ? `,col=${at.column}` : ""}` : ""}`;
  for (const file of files) {
    if (file.error) {
      const at = file.error.line
        ? { line: file.error.line, column: file.error.column ?? 1 }
        : lineOf(file, {});
      lines.push(
        `::error ${where(file, at)},title=${prop(errorCheckName(file.error))}::${data(file.error.message)}`,
      );
      continue;
    }
    for (const f of locatedFindings(file)) {
      if (RANK[f.severity] > min) continue;
      lines.push(
        `::${LEVEL[f.severity]} ${where(file, lineOf(file, f))},title=${prop(f.ruleId)}::${data(`${f.message} (${f.path || "/"})`)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

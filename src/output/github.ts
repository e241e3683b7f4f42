import type { Severity } from "../rules";
import { type FileResult, inputErrorId, locatedFindings } from "./fileResult";
import { visible } from "./visible";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };
// Newlines are the command's own escapes (%0A); any other control character is shown as a \u escape with four hex digits (\u001b).
const data = (s: string) => visible(s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
const prop = (s: string) => data(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * Renders results as GitHub Actions workflow commands, one annotation per finding.
 *
 * @example
 * renderGithub([{ file: "a.json", result }])
 * //=> "::notice file=a.json,line=12,col=5,title=FZ-RATE-002::Stated 75.5% …\n"
 */
export function renderGithub(files: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const file of files) {
    if (file.error) {
      const at = file.error.line ? `,line=${file.error.line},col=${file.error.column ?? 1}` : "";
      lines.push(
        `::error file=${prop(file.file)}${at},title=${prop(inputErrorId(file.error))}::${data(file.error.message)}`,
      );
      continue;
    }
    for (const f of locatedFindings(file)) {
      const at = f.line ? `,line=${f.line},col=${f.column ?? 1}` : "";
      lines.push(
        `::${LEVEL[f.severity]} file=${prop(file.file)}${at},title=${prop(f.ruleId)}::${data(`${f.message} (${f.path || "/"})`)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

import { type FileResult, locatedFindings, type RenderOptions, totals } from "./fileResult";
import { LABELS } from "./labels";
import { visible } from "./visible";

const COLORS = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
  dim: "\u001b[2m",
  reset: "\u001b[0m",
};

/**
 * Renders results for people: grouped by file, then by rule, each finding with its line:column, JSON Pointer and
 * message, and a closing summary line. zh-CN by default. Control characters and escape sequences from report
 * content or file names are shown as a `\u` escape with four hex digits (`\u001b`), never passed to the terminal.
 *
 * @example
 * renderText([{ file: "a.json", result }], { locale: "en" })
 * //=> "a.json\n  FZ-RATE-002 …\n    12:5  info  /relations/1  Stated 75.5% …\n\n1 files: 0 error, 0 warning, 1 info\n"
 */
export function renderText(files: readonly FileResult[], options: RenderOptions = {}): string {
  const locale = options.locale ?? "zh-CN";
  const L = LABELS[locale];
  const paint = (key: keyof typeof COLORS, s: string) =>
    options.color ? `${COLORS[key]}${s}${COLORS.reset}` : s;
  const titles = new Map((options.rules ?? []).map((r) => [r.id, r.title]));
  const lines: string[] = [];
  for (const file of files) {
    if (file.error) {
      const at = file.error.line ? `:${file.error.line}:${file.error.column ?? 1}` : "";
      lines.push(
        `${visible(file.file)}${at}  ${paint("error", L.unreadable)}  ${visible(file.error.message)}`,
      );
      continue;
    }
    const findings = locatedFindings(file);
    if (findings.length === 0) {
      lines.push(`${visible(file.file)}  ${paint("dim", L.ok)}`);
      continue;
    }
    lines.push(visible(file.file));
    const byRule = new Map<string, typeof findings>();
    for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    for (const [ruleId, group] of byRule) {
      lines.push(
        `  ${visible(ruleId)}${titles.has(ruleId) ? ` ${paint("dim", visible(titles.get(ruleId) ?? ""))}` : ""}`,
      );
      for (const f of group) {
        const at = f.line ? `${f.line}:${f.column ?? 1}` : "-";
        lines.push(
          `    ${at.padEnd(8)} ${paint(f.severity, L[f.severity].padEnd(7))} ${visible(f.path || "/")}  ${visible(f.message)}`,
        );
      }
    }
  }
  const t = totals(files);
  const parts = [`${t.error} ${L.error}`, `${t.warning} ${L.warning}`, `${t.info} ${L.info}`];
  if (t.unreadable > 0) parts.push(`${t.unreadable} ${L.unreadable}`);
  lines.push("", `${t.files} ${L.files}: ${parts.join(L.listSeparator)}`);
  return `${lines.join("\n")}\n`;
}

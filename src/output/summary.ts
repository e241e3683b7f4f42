import type { Severity } from "../rules";
import { type FileResult, locatedFindings, type RenderOptions, totals } from "./fileResult";
import { LABELS } from "./labels";
import { artifactOf, errorCheckName, lineOf } from "./location";
import { ruleHelpUri } from "./ruleDocs";
import { visible } from "./visible";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", info: "ℹ️" };
// A table cell: one line, no pipe, no HTML, no code span to break out of.
const cell = (s: string) =>
  visible(s.replace(/[\r\n]+/g, " "))
    .replaceAll("\\", "\\\\")
    .replace(/[|`*_[\]<>]/g, (c) => `\\${c}`);

/**
 * Options of `renderSummary`.
 * @example
 * renderSummary(files, { locale: "en", limit: 20, annotateMin: "warning" });
 */
export interface SummaryOptions extends RenderOptions {
  /** How many findings to list, most severe first (default 50); the rest are counted. */
  readonly limit?: number;
  /** The `--annotate-min` of the run, to say how many findings were not annotated. */
  readonly annotateMin?: Severity;
}

/**
 * Renders results as a Markdown job summary (for `$GITHUB_STEP_SUMMARY`): the totals, a table of the files with
 * findings or errors, and the findings most severe first (each with its file and line and a link to its rule).
 *
 * @example
 * renderSummary([{ file: "a.json", result }], { locale: "en" }).startsWith("### fazhi") //=> true
 */
export function renderSummary(files: readonly FileResult[], options: SummaryOptions = {}): string {
  const L = LABELS[options.locale ?? "zh-CN"];
  const t = totals(files);
  const parts = [`${t.error} ${L.error}`, `${t.warning} ${L.warning}`, `${t.info} ${L.info}`];
  if (t.unreadable > 0) parts.push(`${t.unreadable} ${L.unreadable}`);
  const out = [`### fazhi: ${t.files} ${L.files}${L.colon}${parts.join(L.listSeparator)}`, ""];
  const rows = files.filter((f) => f.error || (f.result?.findings.length ?? 0) > 0);
  if (rows.length > 0) {
    out.push(`| ${L.file} | ${L.error} | ${L.warning} | ${L.info} |`, "| --- | ---: | ---: | ---: |");
    for (const f of rows) {
      const s = f.result?.summary;
      out.push(
        f.error
          ? `| ${cell(f.file)} | ${L.unreadable}: ${cell(f.error.message)} | | |`
          : `| ${cell(f.file)} | ${s?.error ?? 0} | ${s?.warning ?? 0} | ${s?.info ?? 0} |`,
      );
    }
    out.push("");
  }
  const listed = files.flatMap((file) =>
    file.error
      ? [
          {
            file,
            severity: "error" as Severity,
            rule: errorCheckName(file.error),
            message: file.error.message,
            at: file.error.line,
          },
        ]
      : locatedFindings(file).map((f) => ({
          file,
          severity: f.severity,
          rule: f.ruleId,
          message: f.message,
          at: lineOf(file, f).line,
        })),
  );
  listed.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const limit = options.limit ?? 50;
  if (listed.length > 0) {
    const known = new Set((options.rules ?? []).map((r) => r.id));
    out.push(
      `#### ${L.findings}`,
      "",
      `| | ${L.file} | ${L.rule} | ${L.message} |`,
      "| --- | --- | --- | --- |",
    );
    for (const x of listed.slice(0, limit)) {
      const path = artifactOf(x.file).path;
      const rule = known.has(x.rule) ? `[${cell(x.rule)}](${ruleHelpUri(x.rule)})` : cell(x.rule);
      out.push(
        `| ${ICON[x.severity]} | ${cell(path)}${x.at ? `:${x.at}` : ""} | ${rule} | ${cell(x.message)} |`,
      );
    }
    if (listed.length > limit) out.push("", L.more(listed.length - limit));
  }
  if (options.annotateMin) {
    const min = RANK[options.annotateMin];
    const hidden = listed.filter((x) => !x.file.error && RANK[x.severity] > min).length;
    if (hidden > 0) out.push("", L.notAnnotated(hidden));
  }
  return `${out.join("\n")}\n`;
}

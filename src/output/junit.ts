import type { Severity } from "../rules";
import { type FileResult, locatedFindings, type RenderOptions } from "./fileResult";
import { errorCheckName } from "./location";
import { visible } from "./visible";

const xml = (s: string) =>
  visible(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );

/**
 * Options of `renderJunit`.
 * @example
 * renderJunit(files, { locale: "en", failOn: "warning" });
 */
export interface JunitOptions extends RenderOptions {
  /** Findings at or above this severity are `<failure>`s; others go to `<system-out>`. Default `"error"`. */
  readonly failOn?: Severity;
}

/**
 * Renders results as JUnit XML: a `<testsuite>` per file and a `<testcase>` per rule of the catalogue, failed when
 * the rule has findings at or above `failOn`. An unreadable file is one failed test case, named by its error code.
 *
 * @example
 * renderJunit([{ file: "a.json", result }], { rules: ruleCatalogue("en") }).startsWith("<?xml") //=> true
 */
export function renderJunit(files: readonly FileResult[], options: JunitOptions = {}): string {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const failOn = rank[options.failOn ?? "error"];
  const rules = options.rules ?? [];
  let allTests = 0;
  let allFailures = 0;
  const suites = files.map((file) => {
    if (file.error) {
      allTests++;
      allFailures++;
      const at = file.error.line ? ` (line ${file.error.line}, column ${file.error.column ?? 1})` : "";
      return `  <testsuite name="${xml(file.file)}" tests="1" failures="1" errors="0" skipped="0">\n    <testcase classname="${xml(file.file)}" name="${xml(errorCheckName(file.error))}"><failure message="${xml(file.error.message + at)}" type="error"/></testcase>\n  </testsuite>`;
    }
    const findings = locatedFindings(file);
    const ids = [...new Set([...rules.map((r) => r.id), ...findings.map((f) => f.ruleId)])];
    let failures = 0;
    const cases = ids.map((id) => {
      const mine = findings.filter((f) => f.ruleId === id);
      const title = rules.find((r) => r.id === id)?.title ?? id;
      const failing = mine.filter((f) => rank[f.severity] <= failOn);
      const notes = mine.filter((f) => rank[f.severity] > failOn);
      const describe = (f: (typeof mine)[number]) =>
        `${f.line ? `${f.line}:${f.column ?? 1} ` : ""}${f.path || "/"} ${f.severity}: ${f.message}`;
      let body = "";
      if (failing.length > 0) {
        failures++;
        body += `<failure message="${xml(failing[0]?.message ?? "")}" type="${failing[0]?.severity ?? "error"}">${failing.map((f) => xml(describe(f))).join("\n")}</failure>`;
      }
      if (notes.length > 0)
        body += `<system-out>${notes.map((f) => xml(describe(f))).join("\n")}</system-out>`;
      return `    <testcase classname="${xml(file.file)}" name="${xml(`${id} ${title}`)}"${body ? `>${body}</testcase>` : "/>"}`;
    });
    allTests += ids.length;
    allFailures += failures;
    return `  <testsuite name="${xml(file.file)}" tests="${ids.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fazhi" tests="${allTests}" failures="${allFailures}">\n${suites.join("\n")}\n</testsuites>\n`;
}

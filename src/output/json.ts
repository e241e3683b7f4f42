import type { ValidationSummary } from "../rules";
import { type FileResult, locatedFindings, totals } from "./fileResult";

/**
 * The `$id` of the JSON output format (schemas/validate-output.schema.json describes it).
 * @example
 * JSON.parse(renderJson(files)).$schema === JSON_OUTPUT_ID //=> true
 */
export const JSON_OUTPUT_ID = "https://fazhi-report.dev/schemas/1.0/validate-output.schema.json";

/**
 * Renders results as stable JSON: `{ $schema, summary, files: [{ file, valid, error?, summary?, provenance?,
 * findings: [{ ruleId, severity, path, line?, column?, message, params, related? }] }] }`.
 *
 * @example
 * JSON.parse(renderJson([{ file: "a.json", result }])).files[0].valid //=> true
 */
export function renderJson(files: readonly FileResult[]): string {
  const out = {
    $schema: JSON_OUTPUT_ID,
    summary: totals(files),
    files: files.map((file) => {
      const summary: ValidationSummary | undefined = file.result?.summary;
      return {
        file: file.file,
        valid: file.error ? false : (file.result?.valid ?? false),
        ...(file.error ? { error: file.error } : {}),
        ...(summary ? { summary } : {}),
        ...(file.result ? { provenance: file.result.provenance } : {}),
        findings: locatedFindings(file).map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          path: f.path,
          ...(f.line ? { line: f.line, column: f.column } : {}),
          message: f.message,
          params: f.params,
          ...(f.related ? { related: f.related } : {}),
        })),
      };
    }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

import type { Severity } from "../rules";
import { type FileResult, inputErrorId, locatedFindings, type RenderOptions } from "./fileResult";
import { visible } from "./visible";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/**
 * Options of `renderSarif`.
 * @example
 * renderSarif(files, { locale: "en", rules: ruleCatalogue("en") });
 */
export interface SarifOptions extends RenderOptions {
  /** Version of the tool to record. */
  readonly toolVersion?: string;
}

/**
 * Renders results as SARIF 2.1.0 for code-scanning tools: the rule catalogue as `tool.driver.rules` with help
 * text, each finding as a result with its level, message, file, 1-based line and column, and JSON Pointer as a
 * logical location. An unreadable file is an error result named by its problem (`notFound`, `tooLarge` …).
 *
 * @example
 * JSON.parse(renderSarif([{ file: "a.json", result }], { rules: ruleCatalogue("en") })).version //=> "2.1.0"
 */
export function renderSarif(files: readonly FileResult[], options: SarifOptions = {}): string {
  const rules = options.rules ?? [];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((file) => {
    if (file.error) {
      return [
        {
          ruleId: inputErrorId(file.error),
          level: "error",
          message: { text: visible(file.error.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: visible(file.file) },
                ...(file.error.line
                  ? { region: { startLine: file.error.line, startColumn: file.error.column ?? 1 } }
                  : {}),
              },
            },
          ],
        },
      ];
    }
    return locatedFindings(file).map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: visible(f.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: visible(file.file) },
            ...(f.line ? { region: { startLine: f.line, startColumn: f.column ?? 1 } } : {}),
          },
          logicalLocations: [{ fullyQualifiedName: visible(f.path || "/"), kind: "member" }],
        },
      ],
      properties: { jsonPointer: f.path, params: f.params },
    }));
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "fazhi",
            informationUri: "https://www.npmjs.com/package/fazhi-report",
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replaceAll("-", ""),
              shortDescription: { text: r.title },
              fullDescription: { text: r.rationale || r.title },
              help: { text: [r.rationale, r.basis].filter(Boolean).join(" ") || r.title },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

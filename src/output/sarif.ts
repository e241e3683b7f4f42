import type { Severity } from "../rules";
import { type FileResult, locatedFindings, type RenderOptions } from "./fileResult";
import { artifactOf, artifactUri, errorCheckName, fileUri, lineOf } from "./location";
import { RULES_DOC_URL, ruleHelpUri } from "./ruleDocs";
import { visible } from "./visible";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/**
 * Options of `renderSarif`.
 * @example
 * renderSarif(files, { locale: "en", rules: ruleCatalogue("en"), srcRoot: "/home/me/reports" });
 */
export interface SarifOptions extends RenderOptions {
  /** Version of the tool to record. */
  readonly toolVersion?: string;
  /**
   * The absolute folder file names are relative to (the CLI passes its working directory): recorded as
   * `%SRCROOT%`, and absolute file names under it are made relative to it. Others become `file://` URIs.
   */
  readonly srcRoot?: string;
  /** `automationDetails.id`: the category of the run (code scanning keeps one set of alerts per category). */
  readonly automationId?: string;
  /** Where docs/rules.md is published, for each rule's `helpUri`. Default `RULES_DOC_URL`. */
  readonly rulesDocUrl?: string;
}

/**
 * Renders results as SARIF 2.1.0 for code-scanning tools: the rule catalogue as `tool.driver.rules` with help
 * text and a `helpUri` (the rule's anchor in docs/rules.md), each finding as a result with its level, message,
 * file (a percent-encoded URI relative to `%SRCROOT%`), 1-based line and column, and JSON Pointer as a logical
 * location. A record of an NDJSON file points at the file, at the record's line. An unreadable input is an error
 * result named by its code.
 *
 * @example
 * JSON.parse(renderSarif([{ file: "a.json", result }], { rules: ruleCatalogue("en") })).version //=> "2.1.0"
 */
export function renderSarif(files: readonly FileResult[], options: SarifOptions = {}): string {
  const rules = options.rules ?? [];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (file: FileResult, at: { line?: number; column?: number }) => ({
    artifactLocation: artifactUri(artifactOf(file).path, options.srcRoot),
    ...(at.line ? { region: { startLine: at.line, ...(at.column ? { startColumn: at.column } : {}) } } : {}),
  });
  const record = (file: FileResult) => (file.record ? { record: file.record.line } : {});
  const results = files.flatMap((file): object[] => {
    if (file.error) {
      const id = errorCheckName(file.error);
      const at = file.error.line
        ? { line: file.error.line, column: file.error.column ?? 1 }
        : lineOf(file, {});
      return [
        {
          ruleId: id,
          ...(index.has(id) ? { ruleIndex: index.get(id) } : {}),
          level: "error",
          message: { text: visible(file.error.message) },
          locations: [{ physicalLocation: location(file, at) }],
          properties: { inputError: true, ...record(file) },
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
          physicalLocation: location(file, lineOf(file, f)),
          logicalLocations: [{ fullyQualifiedName: visible(f.path || "/"), kind: "member" }],
        },
      ],
      properties: { jsonPointer: f.path, params: f.params, ...record(file) },
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
              helpUri: ruleHelpUri(r.id, options.rulesDocUrl ?? RULES_DOC_URL),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category },
            })),
          },
        },
        automationDetails: { id: options.automationId ?? "fazhi/" },
        ...(options.srcRoot
          ? {
              originalUriBaseIds: {
                "%SRCROOT%": { uri: `${fileUri(options.srcRoot).replace(/\/*$/, "")}/` },
              },
            }
          : {}),
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

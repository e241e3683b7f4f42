import { reportSchemaId } from "../model";
import { sha256Hex } from "../model/hash";
import { RULESET_VERSION, type ValidationProvenance, type ValidationSummary, validateReport } from "../rules";
import { MAX_JSON_DEPTH, parseJsonText } from "../source";
import { VERSION } from "../version";
import { duplicateKeyFinding, invalidJsonFinding } from "./jsonFindings";
import { jsonLocator, shifted } from "./locator";
import { type AnalyzeOptions, validateOptionsOf } from "./options";
import { documentRates } from "./rates";
import type { DocumentAnalysis, DocumentFinding } from "./result";

const NONE: ValidationSummary = { error: 0, warning: 0, info: 0, passed: 0, failed: 0, notApplicable: 0 };

/** Provenance of a text that never reached `validateReport`. */
const provenanceOf = (text: string): ValidationProvenance => ({
  library: "fazhi-report",
  libraryVersion: VERSION,
  schemaId: reportSchemaId("2020-12"),
  rulesetVersion: RULESET_VERSION,
  inputSha256: sha256Hex(text),
});

const count = (findings: readonly DocumentFinding[], severity: DocumentFinding["severity"]) =>
  findings.filter((f) => f.severity === severity).length;

/**
 * The JSON road: parse with positions; invalid JSON is an `FZ-JSON-001` finding, nesting beyond `maxDepth` a
 * `tooDeep` problem; else validate, add an `FZ-JSON-002` finding per repeated key, and locate every finding.
 */
export function analyzeJson(text: string, options: AnalyzeOptions): DocumentAnalysis {
  const locale = options.locale ?? "zh-CN";
  const startLine = options.startLine ?? 1;
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const parsed = parseJsonText(text, { maxDepth });
  const empty = { format: "json", rates: [], warnings: [], notApplicable: [] } as const;
  if (!parsed.ok) {
    const { message, ...position } = parsed.error;
    const location = shifted({ ...position, end: Math.min(position.offset + 1, text.length) }, startLine);
    if (message === "NestingTooDeep")
      return {
        ...empty,
        valid: false,
        findings: [],
        summary: NONE,
        provenance: provenanceOf(text),
        problem: { code: "tooDeep", location, params: { maxDepth } },
      };
    const finding = invalidJsonFinding(message, location, locale);
    return {
      ...empty,
      valid: false,
      findings: [finding],
      summary: { ...NONE, error: 1, failed: 1 },
      provenance: provenanceOf(text),
    };
  }
  const validation = { ...validateOptionsOf(options), locale, sourceText: text };
  const { report, ...result } = validateReport(parsed.value, validation);
  const duplicates = parsed.duplicateKeys.map((p) =>
    duplicateKeyFinding(p, locale, options.severityOverrides),
  );
  // Duplicate keys come first when the report was checked, after the structural findings when it was not.
  const all = report ? [...duplicates, ...result.findings] : [...result.findings, ...duplicates];
  const locate = jsonLocator(parsed, startLine);
  const findings = all.map((f): DocumentFinding => {
    const location = locate(f.path);
    return location ? { ...f, location } : f;
  });
  const error = count(findings, "error");
  return {
    format: "json",
    ...(report ? { report } : {}),
    valid: error === 0,
    findings,
    summary: { ...result.summary, error, warning: count(findings, "warning"), info: count(findings, "info") },
    notApplicable: result.notApplicable,
    rates: documentRates(report, options),
    warnings: [],
    provenance: result.provenance,
  };
}

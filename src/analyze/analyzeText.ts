import { extractReport } from "../extract";
import { validateReport } from "../rules";
import { textLocator } from "./locator";
import { type AnalyzeOptions, extractOptionsOf, validateOptionsOf } from "./options";
import { documentRates } from "./rates";
import type { DocumentAnalysis, DocumentFinding } from "./result";

/**
 * The text road: extract a draft from a report's text or an HTML page, validate it (quotes checked against the
 * text), and locate every finding at the evidence it points at.
 */
export function analyzeText(text: string, options: AnalyzeOptions): DocumentAnalysis {
  const locale = options.locale ?? "zh-CN";
  const extracted = extractReport(text, { ...extractOptionsOf(options), locale });
  const draft = extracted.report;
  const { report, ...result } = validateReport(draft, {
    ...validateOptionsOf(options),
    locale,
    documentText: text,
  });
  const locate = textLocator(draft, text, options.startLine ?? 1);
  const findings = result.findings.map((f): DocumentFinding => {
    const location = locate(f.path);
    return location ? { ...f, location } : f;
  });
  const html = extracted.warnings.some((w) => w.code === "html" || w.code === "htmlRead");
  return {
    format: html ? "html" : "text",
    ...(report ? { report } : {}),
    valid: result.valid,
    findings,
    summary: result.summary,
    notApplicable: result.notApplicable,
    rates: documentRates(report, options),
    warnings: extracted.warnings,
    provenance: result.provenance,
    extraction: extracted.provenance,
  };
}

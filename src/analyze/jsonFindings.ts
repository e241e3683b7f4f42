import {
  type Finding,
  type FindingParams,
  type Locale,
  renderMessage,
  ruleText,
  type Severity,
} from "../rules";
import type { SourceLocation } from "../source";
import { jsonSyntaxWords } from "./jsonSyntax";
import type { DocumentFinding } from "./result";

/** A finding of one of the engine's own rules (FZ-JSON-…), worded as `validateReport` words a rule's. */
function engineFinding(id: string, severity: Severity, path: string, params: FindingParams, locale: Locale) {
  const text = ruleText(id, locale);
  const message = text ? renderMessage(text.message, params, locale) : id;
  return { ruleId: id, severity, path, params, message };
}

/**
 * `FZ-JSON-001`: the text is not JSON. Always an error (no override turns broken input into a pass), at the
 * place the parser stopped.
 */
export function invalidJsonFinding(
  message: string,
  location: SourceLocation,
  locale: Locale,
): DocumentFinding {
  const params = {
    message: jsonSyntaxWords(message, locale),
    code: message,
    line: location.line,
    column: location.column,
  };
  return { ...engineFinding("FZ-JSON-001", "error", "", params, locale), location };
}

/** `FZ-JSON-002`: a key repeated in one object (JSON.parse keeps only its last value). A warning, or an error. */
export function duplicateKeyFinding(
  pointer: string,
  locale: Locale,
  overrides: Readonly<Record<string, Severity | "off">> | undefined,
): Finding {
  const severity = overrides?.["FZ-JSON-002"] === "error" ? "error" : "warning";
  return engineFinding("FZ-JSON-002", severity, pointer, { key: pointer }, locale);
}

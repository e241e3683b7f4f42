import type { Report } from "../../model";
import type { FindingParams, Severity } from "./types";

/**
 * A finding: which rule, how serious, where (JSON Pointer), the values behind it, and the rendered message.
 * @example
 * const [f]: readonly Finding[] = validateReport(report).findings;
 * f?.path // a JSON Pointer such as "/relations/1"
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** JSON Pointer into the report; `""` is the whole document. */
  readonly path: string;
  readonly params: FindingParams;
  /** The message in the requested locale. */
  readonly message: string;
  /** Other JSON Pointers involved (a rate's numerator and denominator …). */
  readonly related?: readonly string[];
}

/**
 * Counts of a validation: findings by severity, and rule applications by outcome.
 * @example
 * validateReport(report).summary // { error: 0, warning: 2, info: 1, passed: 31, failed: 3, notApplicable: 9 }
 */
export interface ValidationSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly passed: number;
  readonly failed: number;
  readonly notApplicable: number;
}

/**
 * What was checked, by what, so that a result can be reproduced.
 * @example
 * const p: ValidationProvenance = validateReport(report).provenance;
 * p.inputSha256 // hex SHA-256 of the input
 */
export interface ValidationProvenance {
  readonly library: "fazhi-report";
  readonly libraryVersion: string;
  readonly schemaId: string;
  readonly rulesetVersion: string;
  /** SHA-256 (hex) of the input: of the JSON text when given one, else of its canonical JSON (taken when first read). */
  readonly inputSha256: string;
}

/**
 * A rule application that did not apply, and why.
 * @example
 * validateReport(report).notApplicable[0] // { ruleId: "FZ-LIST-001", reason: "no counted lists" }
 */
export interface NotApplicable {
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * The result of `validateReport`.
 * @example
 * const result: ValidationResult = validateReport(report);
 * result.valid // no finding of severity "error"
 */
export interface ValidationResult {
  /** No finding of severity `error`. */
  readonly valid: boolean;
  readonly findings: readonly Finding[];
  readonly summary: ValidationSummary;
  readonly notApplicable: readonly NotApplicable[];
  readonly provenance: ValidationProvenance;
  /** The parsed report, when it is structurally valid. */
  readonly report?: Report;
}

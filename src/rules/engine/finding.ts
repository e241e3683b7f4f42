import type { Report } from "../../model";
import type { FindingParams, Severity } from "./types";

/** A finding: which rule, how serious, where (JSON Pointer), the values behind it, and the rendered message. */
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

/** Counts of a validation: findings by severity, and rule applications by outcome. */
export interface ValidationSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly passed: number;
  readonly failed: number;
  readonly notApplicable: number;
}

/** What was checked, by what, so that a result can be reproduced. */
export interface ValidationProvenance {
  readonly library: "fazhi-report";
  readonly libraryVersion: string;
  readonly schemaId: string;
  readonly rulesetVersion: string;
  /** SHA-256 (hex) of the input: of the JSON text when given one, else of its canonical JSON. */
  readonly inputSha256: string;
}

/** A rule application that did not apply, and why. */
export interface NotApplicable {
  readonly ruleId: string;
  readonly reason: string;
}

/** The result of `validateReport`. */
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

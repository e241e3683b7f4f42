import type { ExtractResult, ExtractWarning } from "../extract";
import type { Report } from "../model";
import type { DerivedRate, RateResult } from "../rates";
import type { Finding, NotApplicable, ValidationProvenance, ValidationSummary } from "../rules";
import type { SourceLocation } from "../source";

/**
 * A finding of `analyzeDocument`: a rule's finding and where it stands in the original text, when that is known.
 * @example
 * const [f]: readonly DocumentFinding[] = analyzeDocument(text).findings;
 * f?.location //=> { line: 64, column: 5, offset: 1873, end: 1930 }
 */
export interface DocumentFinding extends Finding {
  /** Where the finding's JSON Pointer points in the text given to `analyzeDocument`. */
  readonly location?: SourceLocation;
}

/**
 * A rate derived from the report's own figures (see `deriveRates`), as plain data: the exact value is a string
 * (`"222025/2738"`), never a `bigint`.
 * @example
 * const [r]: readonly DocumentRate[] = analyzeDocument(text).rates;
 * r?.computed?.exact //=> "222025/2738"
 */
export interface DocumentRate extends Omit<DerivedRate, "computed"> {
  readonly computed?: Omit<RateResult, "exact"> & {
    /** `numerator ÷ denominator × 100` as an exact fraction `"n/d"` (`"n"` when whole). */
    readonly exact: string;
  };
}

/**
 * Why a document could not be checked at all, with where: `tooDeep` is a JSON value nested deeper than
 * `maxDepth` (it is not read, so that no reader recurses into it). Unreadable files (missing, too large, binary,
 * in no known encoding) are the reader's problems, before there is a text to analyze.
 * @example
 * analyzeDocument("[".repeat(600)).problem
 * //=> { code: "tooDeep", location: { line: 1, column: 513, offset: 512, end: 513 }, params: { maxDepth: 512 } }
 */
export interface DocumentProblem {
  readonly code: "tooDeep";
  readonly location: SourceLocation;
  readonly params: { readonly maxDepth: number };
}

/**
 * What `analyzeDocument` returns: plain JSON data (no `bigint`, `Map`, class instance or function), so that it can
 * be sent to a worker, stored, or returned by a server as it is.
 * @example
 * const a: DocumentAnalysis = analyzeDocument(text, { locale: "en" });
 * a.format //=> "text"
 * a.findings.map((f) => `${f.location?.line ?? "-"} ${f.ruleId} ${f.message}`)
 */
export interface DocumentAnalysis {
  /** How the input was read: parsed as JSON, or extracted from a text or an HTML page. */
  readonly format: "json" | "text" | "html";
  /** The report as the model reads it: parsed, or extracted from the text. Absent when it does not match the model. */
  readonly report?: Report;
  /** No finding of severity `error`, and nothing kept the document from being checked. */
  readonly valid: boolean;
  /** Every finding (`FZ-JSON-001` invalid JSON and `FZ-JSON-002` duplicate keys included), with its location. */
  readonly findings: readonly DocumentFinding[];
  readonly summary: ValidationSummary;
  readonly notApplicable: readonly NotApplicable[];
  /** The rates the report's relations allow, recomputed (empty when there is no report). */
  readonly rates: readonly DocumentRate[];
  /** What the extractor could not read, or read with doubt (text and HTML only). */
  readonly warnings: readonly ExtractWarning[];
  /** What was checked, by what: as `validateReport` gives it. */
  readonly provenance: ValidationProvenance;
  /** How a text was read: extractor version, hash of the text, lines set aside as noise, why sections got roles. */
  readonly extraction?: ExtractResult["provenance"];
  /** Why the document could not be checked at all (then there are no findings). */
  readonly problem?: DocumentProblem;
}

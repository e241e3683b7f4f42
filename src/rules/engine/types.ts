import type { Report, ReportInput } from "../../model";
import type { RoundingMode } from "../../numbers";
import type { RateDenominatorOptions } from "../../rates";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";
/** Languages findings are written in. */
export type Locale = "zh-CN" | "en";
/** Rule categories. */
export type RuleCategory =
  | "schema"
  | "references"
  | "arithmetic"
  | "rates"
  | "evidence"
  | "dates"
  | "structure"
  | "completeness"
  | "privacy";

/** The values a finding's message is rendered from. */
export type FindingParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** One application of a rule: it passed, failed at a place, or did not apply (with the reason). */
export type RuleOutcome =
  | { readonly status: "pass" }
  | {
      readonly status: "fail";
      readonly path: string;
      readonly params: FindingParams;
      readonly related?: readonly string[];
    }
  | { readonly status: "notApplicable"; readonly reason: string };

/** What a rule may read besides the report: the options of this validation. */
export interface RuleContext {
  /** ISO date that counts as today for timeliness and future-date checks. */
  readonly referenceDate: string;
  readonly roundingMode: RoundingMode;
  readonly denominators: RateDenominatorOptions;
}

/** Text in each supported locale. */
export type Localized = Readonly<Record<Locale, string>>;

/** Turns a minimal valid report into one that shows the rule's pass, fail or not-applicable case. */
export type FixturePatch = (base: ReportInput) => ReportInput;

/**
 * A rule: a stable id, its category and default severity, the check, and fixtures proving each outcome. Its
 * title, rationale and message templates live in the locale modules, keyed by id.
 */
export interface Rule {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly version: string;
  /** The rule's legal or methodological basis, when it has one. */
  readonly basis?: Localized;
  readonly check: (report: Report, context: RuleContext) => readonly RuleOutcome[];
  readonly fixtures: {
    readonly pass: FixturePatch;
    readonly fail: FixturePatch;
    readonly notApplicable: FixturePatch;
  };
}

/** The wording of a rule in one locale: title, rationale and message template (`{param}` placeholders). */
export interface RuleText {
  readonly title: string;
  readonly rationale: string;
  readonly message: string;
}

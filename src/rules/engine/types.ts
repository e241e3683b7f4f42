import type { Locale } from "../../locales";
import type { ParamsOf } from "../../locales/ruleParams";
import type { RuleText } from "../../locales/ruleTexts";
import type { Report, ReportInput } from "../../model";
import type { RoundingMode } from "../../numbers";
import type { RateDenominatorOptions } from "../../rates";

/**
 * How serious a finding is.
 * @example
 * const severity: Severity = "warning";
 * validateReport(report, { severityOverrides: { "FZ-RATE-002": severity } });
 */
export type Severity = "error" | "warning" | "info";
export type { Locale, RuleText };
/**
 * Rule categories.
 * @example
 * const category: RuleCategory = "rates";
 */
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

/**
 * The values a finding's message is rendered from.
 * @example
 * const params: FindingParams = { stated: "75.5", computed: "75.553", interval: "[75.45, 75.55)", rounding: "halfUp" };
 */
export type FindingParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * One application of a rule: it passed, failed at a place, or did not apply (with the reason). `P` is the params of
 * the rule's findings (`RuleParams[id]` for a rule of the base set).
 * @example
 * const outcomes: RuleOutcome[] = [{ status: "pass" }, { status: "notApplicable", reason: "no rate relations" }];
 */
export type RuleOutcome<P extends FindingParams = FindingParams> =
  | { readonly status: "pass" }
  | {
      readonly status: "fail";
      readonly path: string;
      readonly params: P;
      readonly related?: readonly string[];
    }
  | { readonly status: "notApplicable"; readonly reason: string };

/**
 * What a rule may read besides the report: the options of this validation.
 * @example
 * const context: RuleContext = { referenceDate: "2026-11-25", roundingMode: "halfUp", denominators: {} };
 */
export interface RuleContext {
  /** ISO date that counts as today for timeliness and future-date checks. */
  readonly referenceDate: string;
  readonly roundingMode: RoundingMode;
  readonly denominators: RateDenominatorOptions;
  /** The text the report was read from (a report's source text): evidence offsets are checked against it. */
  readonly documentText?: string;
}

/**
 * Text in each supported locale.
 * @example
 * const basis: Localized = { "zh-CN": "《法治政府建设与责任落实督察工作规定》", en: "Rules on inspecting the building of rule-of-law government" };
 */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Turns a minimal valid report into one that shows the rule's pass, fail or not-applicable case.
 * @example
 * const fail: FixturePatch = (r) => ({ ...r, relations: [] });
 */
export type FixturePatch = (base: ReportInput) => ReportInput;

/**
 * A rule: a stable id, its category and default severity, the check, and fixtures proving each outcome. Its
 * title, rationale and message templates live in the locale modules, keyed by id. For a rule of the base set,
 * `Rule<Id>` types the params its check gives as `RuleParams[Id]`, the params its templates may name.
 * @example
 * const rule: Rule = RULES[0] as Rule;
 * rule.check(report, { referenceDate: "2026-11-25", roundingMode: "halfUp", denominators: {} });
 */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly version: string;
  /** The rule's legal or methodological basis, when it has one. */
  readonly basis?: Localized;
  /** The check: one outcome for each place the rule applies to (pass, fail at a JSON Pointer, or not applicable). */
  readonly check: (report: Report, context: RuleContext) => readonly RuleOutcome<ParamsOf<Id>>[];
  readonly fixtures: {
    readonly pass: FixturePatch;
    readonly fail: FixturePatch;
    readonly notApplicable: FixturePatch;
  };
}

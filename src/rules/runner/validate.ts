import { formatISO } from "date-fns/formatISO";
import { FazhiError } from "../../error";
import { type ParseReportOptions, type Report, reportSchemaId, safeParseReport } from "../../model";
import { canonicalJson, sha256Hex } from "../../model/hash";
import { isRoundingMode, ROUNDING_MODES, type RoundingMode } from "../../numbers";
import type { RateDenominatorOptions } from "../../rates";
import { VERSION } from "../../version";
import { RULES, RULESET_VERSION } from "../catalogue";
import type { Finding, NotApplicable, ValidationProvenance, ValidationResult } from "../engine/finding";
import { renderMessage, ruleText } from "../engine/messages";
import type { FindingParams, Locale, Rule, RuleContext, Severity } from "../engine/types";

/**
 * Options of `validateReport`.
 * @example
 * const options: ValidateOptions = { locale: "en", roundingMode: "truncate", referenceDate: "2026-11-25" };
 * validateReport(report, options);
 */
export interface ValidateOptions {
  /** Language of messages. Default `"zh-CN"`. */
  readonly locale?: Locale;
  /** Per-rule severity, or `"off"` to disable the rule. */
  readonly severityOverrides?: Readonly<Record<string, Severity | "off">>;
  /** Rules not to run. */
  readonly disabledRules?: readonly string[];
  /** How stated rates are assumed to be rounded. Default `"halfUp"`. */
  readonly roundingMode?: RoundingMode;
  /** Denominator choices for named rates. */
  readonly denominators?: RateDenominatorOptions;
  /** ISO date that counts as today. Default: today. */
  readonly referenceDate?: string;
  /** Extra rules that extend the base set; their ids must not clash with it. */
  readonly rulePacks?: readonly (readonly Rule[])[];
  /** The JSON text the input was parsed from, to hash instead of the canonical JSON. */
  readonly sourceText?: string;
  /**
   * The text the report was read from (for an extracted draft, the text given to `extractReport`): FZ-EVID-002
   * checks every quote at its offsets in it. Without it, quotes are looked for in the report's own narrative.
   */
  readonly documentText?: string;
}

function finding(
  rule: { id: string; severity: Severity },
  severity: Severity,
  path: string,
  params: FindingParams,
  locale: Locale,
  related?: readonly string[],
): Finding {
  const text = ruleText(rule.id, locale);
  const message = text ? renderMessage(text.message, params, locale) : `${rule.id}`;
  return {
    ruleId: rule.id,
    severity,
    path,
    params,
    message,
    ...(related && related.length > 0 ? { related } : {}),
  };
}

function summarize(findings: readonly Finding[], passed: number, failed: number, na: number) {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    error: count("error"),
    warning: count("warning"),
    info: count("info"),
    passed,
    failed,
    notApplicable: na,
  };
}

/**
 * The rules that `validateReport` runs with these options: the base set plus rule packs, less disabled ones.
 * Throws a `FazhiError` (`invalidOptions`) when a rule pack reuses an id.
 * @example
 * activeRules({ disabledRules: ["FZ-PRIV-001"] }).some((r) => r.id === "FZ-PRIV-001") //=> false
 */
export function activeRules(options: ValidateOptions = {}): Rule[] {
  const all = [...RULES, ...(options.rulePacks ?? []).flat()];
  const ids = new Set<string>();
  for (const rule of all) {
    if (ids.has(rule.id)) throw invalidOptions("/options/rulePacks", `rule id ${rule.id} is defined twice`);
    ids.add(rule.id);
  }
  const disabled = new Set(options.disabledRules ?? []);
  return all.filter((r) => !disabled.has(r.id) && options.severityOverrides?.[r.id] !== "off");
}

/**
 * What was validated, by what. The hash of a source text is taken at once (cheap); the hash of an object input
 * (its canonical JSON) is taken when first read, since most callers never read it: read it before mutating the
 * input, or pass `sourceText`.
 */
function provenanceOf(input: unknown, sourceText: string | undefined): ValidationProvenance {
  const base = {
    library: "fazhi-report" as const,
    libraryVersion: VERSION,
    schemaId: reportSchemaId("2020-12"),
    rulesetVersion: RULESET_VERSION,
  };
  if (sourceText !== undefined) return { ...base, inputSha256: sha256Hex(sourceText) };
  let hash: string | undefined;
  return Object.defineProperty(base, "inputSha256", {
    enumerable: true,
    get: () => {
      hash ??= sha256Hex(canonicalJson(input));
      return hash;
    },
  }) as ValidationProvenance;
}

/**
 * Validates a report: its structure (zod), then every rule of the catalogue. Never throws on bad input: a
 * structurally invalid report gives `FZ-SCHEMA-001` findings at their JSON Pointers, and a rule that fails
 * internally gives `FZ-INTERNAL-001` instead of crashing. Absent or `null` options are the defaults. (It throws a
 * `FazhiError` with code `invalidOptions` only for bad options: a rule pack whose ids clash with the base set, an
 * unknown `roundingMode` or `locale`, naming it.)
 *
 * @example
 * const result = validateReport(JSON.parse(text), { locale: "en", referenceDate: "2024-06-01" });
 * result.valid //=> true
 * result.findings[0] //=> { ruleId: "FZ-RATE-002", severity: "info", path: "/relations/5", params: { stated: "75.5", … }, message: "…" }
 * validateReport(42).findings[0]?.ruleId //=> "FZ-SCHEMA-001"
 */
export function validateReport(input: unknown, given?: ValidateOptions | null): ValidationResult {
  const options = given ?? {};
  const roundingMode: unknown = options.roundingMode ?? "halfUp";
  if (!isRoundingMode(roundingMode))
    throw invalidOptions(
      "/options/roundingMode",
      `unknown rounding mode ${JSON.stringify(String(roundingMode))} (expected one of ${ROUNDING_MODES.join(", ")})`,
    );
  const locale: unknown = options.locale ?? "zh-CN";
  if (locale !== "zh-CN" && locale !== "en")
    throw invalidOptions(
      "/options/locale",
      `unknown locale ${JSON.stringify(String(locale))} (expected zh-CN or en)`,
    );
  const rules = activeRules(options);
  const provenance = provenanceOf(input, options.sourceText);
  const parseOptions: ParseReportOptions = { locale };
  const parsed = safeParseReport(input, parseOptions);
  if (!parsed.success) {
    const schemaRule = { id: "FZ-SCHEMA-001", severity: "error" as const };
    const findings = parsed.issues.map((i) =>
      finding(schemaRule, "error", i.path, { message: i.message, code: i.code }, locale),
    );
    return { valid: false, findings, summary: summarize(findings, 0, 1, 0), notApplicable: [], provenance };
  }
  const report: Report = parsed.value;
  const context: RuleContext = {
    referenceDate: options.referenceDate ?? formatISO(new Date(), { representation: "date" }),
    roundingMode,
    denominators: options.denominators ?? {},
    ...(typeof options.documentText === "string" ? { documentText: options.documentText } : {}),
  };
  const findings: Finding[] = [];
  const notApplicable: NotApplicable[] = [];
  let passed = 0;
  let failed = 0;
  for (const rule of rules) {
    const override = options.severityOverrides?.[rule.id];
    const severity: Severity = override && override !== "off" ? override : rule.severity;
    try {
      for (const outcome of rule.check(report, context)) {
        if (outcome.status === "pass") passed++;
        else if (outcome.status === "notApplicable")
          notApplicable.push({ ruleId: rule.id, reason: outcome.reason });
        else {
          failed++;
          findings.push(finding(rule, severity, outcome.path, outcome.params, locale, outcome.related));
        }
      }
    } catch (error) {
      failed++;
      const internal = { id: "FZ-INTERNAL-001", severity: "error" as const };
      findings.push(finding(internal, "error", "", { rule: rule.id, error: String(error) }, locale));
    }
  }
  const summary = summarize(findings, passed, failed, notApplicable.length);
  return { valid: summary.error === 0, findings, summary, notApplicable, provenance, report };
}

const invalidOptions = (path: string, message: string): FazhiError =>
  new FazhiError("invalidOptions", [{ code: "invalidOptions", path, message }]);

import { ENGINE_RULES, RULES } from "../catalogue";
import { ruleText } from "../engine/messages";
import type { Locale, RuleCategory, Severity } from "../engine/types";

/**
 * A rule as plain data, in one locale: what `fazhi rules` lists and `docs/rules.md` renders.
 * @example
 * const [first]: RuleDescription[] = ruleCatalogue("en");
 * first?.id //=> "FZ-SCHEMA-001"
 */
export interface RuleDescription {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly version: string;
  readonly title: string;
  readonly rationale: string;
  readonly basis?: string;
  readonly message: string;
}

/**
 * The rule catalogue as JSON-safe data in a locale, engine rules (structure, JSON syntax) first.
 *
 * @example
 * ruleCatalogue("en").find((r) => r.id === "FZ-DATE-002")?.title //=> "Published in time"
 */
export function ruleCatalogue(locale: Locale = "zh-CN"): RuleDescription[] {
  const all = [...ENGINE_RULES.map((r) => ({ ...r, version: "1.0.0", basis: undefined })), ...RULES];
  return all.map((rule) => {
    const text = ruleText(rule.id, locale);
    return {
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      version: rule.version,
      title: text?.title ?? rule.id,
      rationale: text?.rationale ?? "",
      ...(rule.basis ? { basis: rule.basis[locale] } : {}),
      message: text?.message ?? "",
    };
  });
}

/**
 * One rule's description, or `undefined` for an unknown id.
 *
 * @example
 * explainRule("FZ-RATE-002", "zh-CN")?.severity //=> "info"
 * explainRule("FZ-NOPE-001") //=> undefined
 */
export function explainRule(id: string, locale: Locale = "zh-CN"): RuleDescription | undefined {
  return ruleCatalogue(locale).find((r) => r.id === id.toUpperCase());
}

/**
 * Where the rule reference (docs/rules.md) is published; each rule is a heading of its own there.
 * @example
 * ruleHelpUri("FZ-RATE-002") //=> "https://fazhi-report.dev/docs/rules.md#fz-rate-002"
 */
export const RULES_DOC_URL = "https://fazhi-report.dev/docs/rules.md";

/**
 * The anchor of a rule's heading in docs/rules.md (the heading is the rule id alone, so the anchor is stable).
 * @example
 * ruleAnchor("FZ-RATE-002") //=> "fz-rate-002"
 */
export const ruleAnchor = (id: string): string => id.toLowerCase().replace(/[^a-z0-9-]/g, "");

/**
 * The address of a rule's explanation: docs/rules.md at the rule's anchor.
 * @example
 * ruleHelpUri("FZ-DATE-001", "https://example.org/rules.md") //=> "https://example.org/rules.md#fz-date-001"
 */
export const ruleHelpUri = (id: string, base: string = RULES_DOC_URL): string => `${base}#${ruleAnchor(id)}`;

// The params each rule's findings carry, keyed by rule id: the rules (src/rules) give them, the locale modules
// (src/locales/<lang>/rules.ts) word them. It lives here because locales may not import rules.

/** How an extracted relation was read from its text, shown besides the arithmetic (see rules/engine/extracted.ts). @inline */
type Extracted = { basis?: string; quotes?: readonly string[] };

/** The figures of an arithmetic or rate check: what the report states, what its inputs give, and the difference. @inline */
type Figures = { stated: string; computed: string; delta: string };

/** A required part of the report that was not found: which role, and how many characters it had. @inline */
type Part = { role: string; chars: number };

/**
 * The params of each rule's findings, by rule id: what its message template may name. A rule's check is typed to
 * give exactly these (`Rule<Id>`), and a template naming anything else does not compile (`defineRuleTexts`).
 * @example
 * const params: RuleParams["FZ-RATE-003"] = { id: "mediation-rate", stated: "180" };
 */
export type RuleParams = {
  "FZ-SCHEMA-001": { message: string; code: string };
  "FZ-JSON-001": { message: string; code: string; line: number; column: number };
  "FZ-JSON-002": { key: string };
  "FZ-INTERNAL-001": { rule: string; error: string };
  "FZ-REF-001": { id: string; problem: "missing" | "notRate" };
  "FZ-REF-002": { id: string; collection: string };
  "FZ-ARITH-001": Figures & { formula: string } & Extracted;
  "FZ-ARITH-002": Figures & Extracted;
  "FZ-ARITH-003": { id: string; stated: string };
  "FZ-ARITH-004": { stated: string; computed: string };
  "FZ-RATE-001": Figures & { interval: string; rounding: string; formula: string } & Extracted;
  "FZ-RATE-002": {
    stated: string;
    computed: string;
    rounding: string;
    modes: readonly string[];
    interval: string;
  };
  "FZ-RATE-003": { id: string; stated: string };
  "FZ-EVID-001": { id: string; stated: string; quote: string };
  "FZ-EVID-002": { id: string; quote: string; where: "narrative" | "offsets" | "text" };
  "FZ-DATE-001": { date: string; reportYear: number };
  "FZ-DATE-002": { date: string; deadline: string };
  "FZ-DATE-003": { date: string; deadline: string };
  "FZ-DATE-004": { date: string; document: string };
  "FZ-DATE-005": { stated: number; computed: number; raw: string };
  "FZ-DATE-006": { stated: number; computed: number };
  "FZ-DATE-007": { date: string; reference: string };
  "FZ-STRUCT-001": { stated: number; computed: number; ordinal: string };
  "FZ-STRUCT-002": { title: string; ordinal: string };
  "FZ-STRUCT-003": { ordinal: string; full: number; half: number };
  "FZ-STRUCT-004": { name: string };
  "FZ-COMP-001": Part;
  "FZ-COMP-002": { missing: "problems" | "causes" };
  "FZ-COMP-003": Part;
  "FZ-COMP-004": Part;
  "FZ-COMP-005": { missing: readonly string[]; covered: number };
  "FZ-PRIV-001": { masked: string };
  "FZ-PRIV-002": { masked: string };
};

/**
 * The id of a rule of the base set or of the engine.
 * @example
 * const id: RuleId = "FZ-RATE-001";
 */
export type RuleId = keyof RuleParams;

/**
 * The params of a rule's findings: `RuleParams[Id]` for a known id, any params for a rule pack's own ids.
 * @example
 * const p: ParamsOf<"FZ-PRIV-002"> = { masked: "139****5678" };
 */
export type ParamsOf<Id extends string> = Id extends RuleId
  ? RuleParams[Id]
  : Readonly<Record<string, string | number | boolean | readonly string[]>>;

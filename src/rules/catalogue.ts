import { countIsWhole } from "./arithmetic/countIsWhole";
import { listCountMatches } from "./arithmetic/listCountMatches";
import { subsetWithinWhole } from "./arithmetic/subsetWithinWhole";
import { sumHolds } from "./arithmetic/sumHolds";
import { leadershipPresent, measuresPresent, plansPresent } from "./completeness/partPresent";
import { problemsWithCauses } from "./completeness/problemsWithCauses";
import { themesCovered } from "./completeness/themesCovered";
import { docNumberYear } from "./dates/docNumberYear";
import { documentAfterYear } from "./dates/documentAfterYear";
import { noFutureDates } from "./dates/noFutureDates";
import { planYear } from "./dates/planYear";
import { publishedAfterDocument } from "./dates/publishedAfterDocument";
import { publishedInTime } from "./dates/publishedInTime";
import { reportedInTime } from "./dates/reportedInTime";
import type { Rule, RuleCategory, Severity } from "./engine/types";
import { quoteInText } from "./evidence/quoteInText";
import { valueInQuote } from "./evidence/valueInQuote";
import { personalIds } from "./privacy/personalIds";
import { phoneNumbers } from "./privacy/phoneNumbers";
import { rateInRange } from "./rates/rateInRange";
import { rateMatches } from "./rates/rateMatches";
import { rateOtherRounding } from "./rates/rateOtherRounding";
import { relationRefs } from "./references/relationRefs";
import { uniqueIds } from "./references/uniqueIds";
import { departmentParent } from "./structure/departmentParent";
import { lostOrdinals } from "./structure/lostOrdinals";
import { mixedBrackets } from "./structure/mixedBrackets";
import { ordinalSequence } from "./structure/ordinalSequence";

/**
 * The version of the rule set; bumped when a rule is added, removed or changes its verdicts.
 * @example
 * validateReport(report).provenance.rulesetVersion === RULESET_VERSION //=> true
 */
export const RULESET_VERSION = "1.0.0";

/**
 * Every rule of the base set, in the order they run.
 *
 * @example
 * RULES.map((r) => r.id).includes("FZ-RATE-001") //=> true
 */
export const RULES: readonly Rule[] = [
  relationRefs,
  uniqueIds,
  sumHolds,
  subsetWithinWhole,
  countIsWhole,
  listCountMatches,
  rateMatches,
  rateOtherRounding,
  rateInRange,
  valueInQuote,
  quoteInText,
  documentAfterYear,
  publishedInTime,
  reportedInTime,
  publishedAfterDocument,
  docNumberYear,
  planYear,
  noFutureDates,
  ordinalSequence,
  lostOrdinals,
  mixedBrackets,
  departmentParent,
  measuresPresent,
  problemsWithCauses,
  leadershipPresent,
  plansPresent,
  themesCovered,
  personalIds,
  phoneNumbers,
];

/**
 * Rules the engine itself raises, outside the catalogue's checks: structure, JSON syntax, internal errors.
 * @example
 * ENGINE_RULES.map((r) => r.id) // ["FZ-SCHEMA-001", "FZ-JSON-001", "FZ-JSON-002", "FZ-INTERNAL-001"]
 */
export const ENGINE_RULES: ReadonlyArray<{ id: string; category: RuleCategory; severity: Severity }> = [
  { id: "FZ-SCHEMA-001", category: "schema", severity: "error" },
  { id: "FZ-JSON-001", category: "schema", severity: "error" },
  { id: "FZ-JSON-002", category: "schema", severity: "warning" },
  { id: "FZ-INTERNAL-001", category: "schema", severity: "error" },
];

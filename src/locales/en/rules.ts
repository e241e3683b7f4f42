import { RELATION_BASES, ROUNDING_MODE_LABELS } from "../../codelists";
import { defineRuleTexts } from "../ruleTexts";

/** Rule titles, rationales and message templates in English. `{name}` is replaced by a parameter. */
export const ruleTexts = defineRuleTexts({
  "FZ-SCHEMA-001": {
    title: "Structure matches the data model",
    rationale: "A report must match the fazhi-report model before the other rules can check it.",
    message: "{message}",
  },
  "FZ-JSON-001": {
    title: "JSON text parses",
    rationale: "Text that is not JSON cannot be checked.",
    message: "JSON syntax error: {message} (line {line}, column {column})",
  },
  "FZ-JSON-002": {
    title: "No duplicate keys in a JSON object",
    rationale: "A repeated key keeps only its last value; the earlier ones are silently lost.",
    message: "Key {key} appears more than once; only its last value is read",
  },
  "FZ-INTERNAL-001": {
    title: "A rule failed to run",
    rationale: "A rule's own failure is reported instead of stopping the check.",
    message: "Rule {rule} failed: {error}",
  },
  "FZ-REF-001": {
    title: "Relations name existing indicators",
    rationale: "Relations must point at indicators of the report; a rate relation's rate must be a rate.",
    message: 'The relation names indicator "{id}": {problem}',
  },
  "FZ-REF-002": {
    title: "Identifiers are unique",
    rationale: "Ids must be unique within a collection so that references are unambiguous.",
    message: 'Id "{id}" is used twice in {collection}',
  },
  "FZ-ARITH-001": {
    title: "A total equals the sum of its parts",
    rationale: "A stated total should equal the sum of the parts the report lists.",
    message:
      "The stated total is {stated}; the parts give {formula} = {computed}, a difference of {delta}[[; read from the text ({basis}), figures: {quotes}]]",
  },
  "FZ-ARITH-002": {
    title: "A part (其中) does not exceed its whole",
    rationale: "What 其中 introduces cannot be larger than the whole.",
    message:
      "The part {computed} exceeds the whole {stated} (by {delta})[[; read from the text ({basis}), figures: {quotes}]]",
  },
  "FZ-ARITH-003": {
    title: "Exact counts are whole numbers",
    rationale: "Counts (件, 人次 …) are non-negative whole numbers once 万/亿 are applied.",
    message: 'The count {stated} of indicator "{id}" is not a whole number',
  },
  "FZ-ARITH-004": {
    title: "A counted list has that many names",
    rationale: '"4个村(社区)" followed by names should list four names.',
    message: "The text states {stated} but lists {computed}",
  },
  "FZ-RATE-001": {
    title: "A stated rate matches its numerator and denominator",
    rationale:
      "At its stated precision, a stated rate must contain the value its numerator and denominator give.",
    message:
      "Stated {stated}%, but {formula} = {computed}%, outside the {rounding} interval {interval} (difference {delta})[[; read from the text ({basis}), figures: {quotes}]]",
  },
  "FZ-RATE-002": {
    title: "A rate holds only under another rounding mode",
    rationale:
      "The stated rate fails under the assumed rounding mode but holds under another that offices use (half-even or truncation); a rate that only rounding up gives does not hold (FZ-RATE-001).",
    message: "Stated {stated}% for a computed {computed}% fails under {rounding} but holds under {modes}",
  },
  "FZ-RATE-003": {
    title: "A rate is at most 100%",
    rationale: "A share of a whole cannot exceed 100%.",
    message: 'The rate {stated}% of indicator "{id}" exceeds 100%',
  },
  "FZ-EVID-001": {
    title: "An indicator's value is in its quote",
    rationale: "The value must be findable in the quote it was read from.",
    message: 'The value {stated} of indicator "{id}" is not in its quote "{quote}"',
  },
  "FZ-EVID-002": {
    title: "An indicator's quote stands in the report's text",
    rationale:
      "Each figure's quote must be found in the text it was read from (at its offsets, when the text is given), so a figure changed in the data but not in the text is caught.",
    message: 'The quote "{quote}" of indicator "{id}" is not in the {where}',
  },
  "FZ-DATE-001": {
    title: "The document is dated after the report year",
    rationale: "An annual report is written after the year it covers has ended.",
    message: "Dated {date}, before the end of the report year {reportYear}",
  },
  "FZ-DATE-002": {
    title: "Published in time",
    rationale: "Annual reports are made public before 1 April of the next year.",
    message: "Published {date}, after the deadline (before {deadline})",
  },
  "FZ-DATE-003": {
    title: "Reported in time",
    rationale: "Annual reports are submitted before 1 March of the next year.",
    message: "Dated {date}, after the reporting deadline (before {deadline})",
  },
  "FZ-DATE-004": {
    title: "Not published before it was issued",
    rationale: "A report cannot be published before its document date.",
    message: "Published {date}, before its document date {document}",
  },
  "FZ-DATE-005": {
    title: "The 文号 year is the document's year",
    rationale: "The year in a document number is the year the document was issued.",
    message: 'The year {stated} of 文号 "{raw}" differs from the document year {computed}',
  },
  "FZ-DATE-006": {
    title: "Plans are for the next year",
    rationale: "Next year's plans are for the year after the report year.",
    message: "A plan is for {stated}; expected {computed}",
  },
  "FZ-DATE-007": {
    title: "No dates in the future",
    rationale: "A report's dates cannot lie after today.",
    message: "The date {date} is after the reference date {reference}",
  },
  "FZ-STRUCT-001": {
    title: "Heading ordinals run in sequence",
    rationale: "Sibling headings are numbered from one without gaps or repeats.",
    message: 'Heading "{ordinal}" is number {stated}; expected {computed}',
  },
  "FZ-STRUCT-002": {
    title: "A heading lacks its ordinal",
    rationale: "The ordinal was lost in copying, or the heading has none where its siblings do.",
    message: 'Heading "{title}" has no ordinal',
  },
  "FZ-STRUCT-003": {
    title: "Full- and half-width brackets are mixed",
    rationale: "Bracketed ordinals should use one width throughout a report.",
    message:
      'Ordinal "{ordinal}" differs in bracket width from the others ({full} full-width, {half} half-width)',
  },
  "FZ-STRUCT-004": {
    title: "A department report names its government",
    rationale: "A department's report names the people's government it belongs to.",
    message: 'The report of department "{name}" does not name its government',
  },
  "FZ-COMP-001": {
    title: "Measures and results are reported",
    rationale: "The inspection provisions require the year's measures and results.",
    message: "No part on measures and results was found",
  },
  "FZ-COMP-002": {
    title: "Shortcomings and their causes are reported",
    rationale: "The inspection provisions require shortcomings and their causes.",
    message: "Shortcomings and their causes were not found (missing: {missing})",
  },
  "FZ-COMP-003": {
    title: "The leaders' first-responsibility duty is reported",
    rationale:
      "The provisions require how the top officials carried out their duty to advance the rule of law.",
    message: "No part on the top officials' first-responsibility duty was found",
  },
  "FZ-COMP-004": {
    title: "Next year's plans are reported",
    rationale: "The provisions require next year's main plans.",
    message: "No plans for the next year were found",
  },
  "FZ-COMP-005": {
    title: "The 纲要 tasks are covered",
    rationale: "A report should touch each task chapter (2–10) of the 2021–2025 纲要.",
    message: "Not covered: {missing}",
  },
  "FZ-PRIV-001": {
    title: "No resident ID numbers",
    rationale: "Published reports must not show sensitive personal information such as ID numbers.",
    message: "The text shows a resident ID number {masked}",
  },
  "FZ-PRIV-002": {
    title: "No mobile phone numbers",
    rationale: "Published reports must not show personal mobile numbers.",
    message: "The text shows a mobile number {masked}",
  },
});

/** Words a param may hold, as they read in a message (`missing` → "it does not exist"). */
export const ruleWords: Readonly<Record<string, string>> = {
  missing: "it does not exist",
  notRate: "it is not a rate",
  problems: "problems",
  causes: "causes",
  indicators: "indicators",
  relations: "relations",
  sections: "sections",
  plans: "plans",
  narrative: "report's narrative",
  offsets: "text at its offsets",
  text: "text",
  ...Object.fromEntries(ROUNDING_MODE_LABELS.map((m) => [m.code, m.en])),
  ...Object.fromEntries(RELATION_BASES.map((b) => [`basis.${b.code}`, b.en])),
};

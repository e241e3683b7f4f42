import type { ConceptCode } from "../codelists";
import { conceptCodes, withConceptCodes } from "../codelists/conceptCodes";
import type { Report } from "../model";

/**
 * The concept of each indicator of a report: the one it carries, else `conceptOf` with the titles of its section.
 * A code that `conceptOf` gives to two figures of one year in one report (two 调解成功率) is given to neither: a
 * pivot must not pick one at random. Codes the report itself carries are kept as they are, and a code the report
 * carries for a year is not given by `conceptOf` to another figure of that year (a part such as
 * 以区政府为被申请人的复议案件 beside the coded 收到行政复议申请). `extractReport` codes its drafts the same way.
 *
 * @example
 * const codes = conceptsOf(report);
 * codes.get("mediation-success-rate") //=> "mediationSuccessRate"
 */
export function conceptsOf(report: Report): Map<string, ConceptCode> {
  return conceptCodes(report.indicators, report.sections, report.reportYear);
}

/**
 * A copy of the report with `concept` set on every indicator `conceptsOf` codes; nothing else changes.
 *
 * @example
 * assignConcepts(report).indicators.find((i) => i.id === "recon-correction-rate")?.concept
 * //=> "reconsiderationCorrectionRate"
 */
export function assignConcepts(report: Report): Report {
  return { ...report, indicators: withConceptCodes(report.indicators, report.sections, report.reportYear) };
}

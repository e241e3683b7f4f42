import type { CodelistEntry } from "./codelist";
import { ADMINISTRATION_CONCEPTS } from "./conceptsAdministration";
import { REVIEW_AND_SERVICE_CONCEPTS } from "./conceptsReview";
import type { DomainCode } from "./domains";
import type { RateKindCode } from "./rateKinds";

/**
 * A shared concept: the code of a figure that supervisors compare across reports (the same 行政复议纠错率 in every
 * report and every year), as an XBRL taxonomy gives one concept to the same figure across filers.
 * @example
 * const code: ConceptCode = "reconsiderationCorrectionRate";
 */
export type ConceptCode =
  | "reconsiderationReceived"
  | "reconsiderationConcluded"
  | "reconsiderationCorrected"
  | "reconsiderationCorrectionRate"
  | "litigationCases"
  | "litigationLossRate"
  | "courtAppearanceRate"
  | "onlineAvailableRate"
  | "onlineHandledItems"
  | "onlineHandledRate"
  | "oneNetworkCoverage"
  | "serviceSatisfaction"
  | "normativeDocumentsReviewed"
  | "normativeDocumentsFilingRate"
  | "majorDecisionsReviewed"
  | "legalAdvisers"
  | "legalAdviserCoverage"
  | "enforcersCertified"
  | "enforcerTrainees"
  | "enforcerExamPassRate"
  | "enforcementCases"
  | "enforcementInspections"
  | "enforcementPenalties"
  | "mediationCases"
  | "mediationSucceeded"
  | "mediationSuccessRate"
  | "agreementPerformanceRate"
  | "legalPublicityEvents"
  | "legalPublicityMaterials"
  | "informationPublished";

/**
 * One shared concept: labels, the field it belongs to, what sort of figure it is, its definition and the words
 * that recognise it in an indicator's label.
 * @example
 * CONCEPTS.find((c) => c.code === "mediationSuccessRate")?.denominatorZh //=> "调解案件数"
 */
export interface ConceptEntry extends CodelistEntry<ConceptCode> {
  readonly domain: DomainCode;
  /** A count (件, 人 …) or a rate (%). */
  readonly kind: "count" | "rate";
  /** For rates: the rate kind of the model that this concept refines. */
  readonly rateKind?: RateKindCode;
  /** For counts: the units the figure may be printed in (件 and 起 are one thing; 项 is not). */
  readonly units?: readonly string[];
  /** What is counted (count) or the numerator (rate), zh-CN. */
  readonly definitionZh: string;
  /** Same, en. */
  readonly definitionEn: string;
  /** For rates: the denominator, zh-CN and en, and the concepts of numerator and denominator when they exist. */
  readonly denominatorZh?: string;
  readonly denominatorEn?: string;
  readonly numeratorConcept?: ConceptCode;
  readonly denominatorConcept?: ConceptCode;
  /** Every group must have one word in the label (after its quotes are dropped). */
  readonly match: readonly (readonly string[])[];
  /** No word of these may be in the label. */
  readonly exclude?: readonly string[];
  /** The label may name a quoted programme (“一网通办”): only concepts that are such a programme allow it. */
  readonly quoted?: boolean;
}

/**
 * The indicators supervisors compare across reports (行政复议 收案/审结/纠错率, 行政诉讼 收案/败诉率, 出庭应诉率,
 * 网上可办率, 一网通办, 规范性文件 备案审查, 法律顾问, 执法人员 持证/培训, 执法案件, 调解成功率, 普法 …), each with a
 * stable code, zh/en labels, aliases and its definition. `conceptOf` assigns them.
 *
 * @example
 * CONCEPTS.find((c) => c.code === "reconsiderationCorrectionRate")?.zh //=> "行政复议纠错率"
 */
export const CONCEPTS = [
  ...REVIEW_AND_SERVICE_CONCEPTS,
  ...ADMINISTRATION_CONCEPTS,
] as const satisfies readonly [ConceptEntry, ...ConceptEntry[]];

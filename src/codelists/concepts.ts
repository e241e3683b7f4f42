import type { CodelistEntry } from "./codelist";
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

const CASES = ["件", "宗", "起", "个"];
const PERSONS = ["人", "名", "人次"];

/**
 * The indicators supervisors compare across reports (行政复议 收案/审结/纠错率, 行政诉讼 收案/败诉率, 出庭应诉率,
 * 网上可办率, 一网通办, 规范性文件 备案审查, 法律顾问, 执法人员 持证/培训, 执法案件, 调解成功率, 普法 …), each with a
 * stable code, zh/en labels, aliases and its definition. `conceptOf` assigns them.
 *
 * @example
 * CONCEPTS.find((c) => c.code === "reconsiderationCorrectionRate")?.zh //=> "行政复议纠错率"
 */
export const CONCEPTS = [
  {
    code: "reconsiderationReceived",
    zh: "行政复议收案数",
    en: "reconsideration cases received",
    aliases: ["受理行政复议案件", "收到行政复议申请", "办理行政复议案件"],
    domain: "reconsideration",
    kind: "count",
    units: CASES,
    definitionZh: "本年度受理（收案、办理）的行政复议案件数",
    definitionEn: "reconsideration cases received or handled in the year",
    match: [["复议"], ["受理", "收到", "收案", "新收", "办理", "案件"]],
    exclude: ["结案", "审结", "办结", "纠错", "撤销", "维持", "驳回", "不予受理", "调解", "建议书", "案前"],
  },
  {
    code: "reconsiderationConcluded",
    zh: "行政复议审结数",
    en: "reconsideration cases concluded",
    aliases: ["行政复议结案", "审结行政复议案件"],
    domain: "reconsideration",
    kind: "count",
    units: CASES,
    definitionZh: "本年度审结（结案、办结）的行政复议案件数，含旧存",
    definitionEn: "reconsideration cases concluded in the year, including those carried over",
    match: [["结案", "审结", "办结"]],
    exclude: ["案前", "调解", "和解"],
  },
  {
    code: "reconsiderationCorrected",
    zh: "行政复议纠错数",
    en: "reconsideration decisions correcting the agency",
    aliases: ["纠错案件"],
    domain: "reconsideration",
    kind: "count",
    units: CASES,
    definitionZh: "撤销、变更、确认违法、责令履行的案件数",
    definitionEn: "cases annulled, varied, declared unlawful or ordered to perform",
    match: [["纠错"]],
  },
  {
    code: "reconsiderationCorrectionRate",
    zh: "行政复议纠错率",
    en: "reconsideration correction rate",
    aliases: ["纠错率", "复议纠错率", "直接纠错率"],
    domain: "reconsideration",
    kind: "rate",
    rateKind: "reconsiderationCorrection",
    definitionZh: "撤销 + 变更 + 确认违法 + 责令履行",
    definitionEn: "annulled + varied + declared unlawful + ordered to perform",
    denominatorZh: "审结案件数（常不含不予受理）",
    denominatorEn: "cases concluded (often less rejections)",
    numeratorConcept: "reconsiderationCorrected",
    denominatorConcept: "reconsiderationConcluded",
    match: [["纠错率"]],
  },
  {
    code: "litigationCases",
    zh: "行政诉讼收案数",
    en: "administrative litigation cases",
    aliases: ["行政应诉案件", "行政诉讼案件"],
    domain: "litigation",
    kind: "count",
    units: CASES,
    definitionZh: "本年度作为被告应诉的行政诉讼案件数",
    definitionEn: "administrative lawsuits the government defended in the year",
    match: [["应诉案件", "诉讼案件"]],
    exclude: ["败诉", "出庭", "胜诉"],
  },
  {
    code: "litigationLossRate",
    zh: "行政诉讼败诉率",
    en: "administrative litigation loss rate",
    aliases: ["败诉率"],
    domain: "litigation",
    kind: "rate",
    rateKind: "litigationLoss",
    definitionZh: "败诉案件数",
    definitionEn: "cases lost",
    denominatorZh: "审结案件数",
    denominatorEn: "cases concluded",
    match: [["败诉率"]],
  },
  {
    code: "courtAppearanceRate",
    zh: "行政机关负责人出庭应诉率",
    en: "heads' court appearance rate",
    aliases: ["出庭应诉率", "出庭率", "应诉率", "负责人出庭率"],
    domain: "litigation",
    kind: "rate",
    rateKind: "courtAppearance",
    definitionZh: "行政机关负责人出庭应诉的案件数",
    definitionEn: "hearings attended by an agency head",
    denominatorZh: "开庭审理的案件数",
    denominatorEn: "hearings held",
    match: [["出庭率", "出庭应诉率", "应诉率"]],
  },
  {
    code: "onlineAvailableRate",
    zh: "政务服务网上可办率",
    en: "share of service items available online",
    aliases: ["网上可办率", "全程网办率", "全流程网办占比"],
    domain: "governmentServices",
    kind: "rate",
    rateKind: "onlineHandling",
    definitionZh: "可全程网上办理的政务服务事项数",
    definitionEn: "service items that can be done entirely online",
    denominatorZh: "政务服务事项总数",
    denominatorEn: "all service items",
    match: [["可办", "网办", "全程网上"]],
    exclude: ["办件"],
  },
  {
    code: "onlineHandledItems",
    zh: "政务服务网上办件量",
    en: "service cases handled online",
    aliases: ["网上办件量"],
    domain: "governmentServices",
    kind: "count",
    units: ["件"],
    definitionZh: "本年度通过网上办理的政务服务办件数",
    definitionEn: "service cases handled online in the year",
    match: [["网上办件", "网办件"]],
  },
  {
    code: "onlineHandledRate",
    zh: "政务服务网上办件率",
    en: "share of service cases handled online",
    aliases: ["网上办件率", "网办率"],
    domain: "governmentServices",
    kind: "rate",
    rateKind: "onlineHandling",
    definitionZh: "网上办件量",
    definitionEn: "cases handled online",
    denominatorZh: "办件总量",
    denominatorEn: "all cases handled",
    numeratorConcept: "onlineHandledItems",
    match: [["网上办件率", "网办率", "网上办理率"]],
  },
  {
    code: "oneNetworkCoverage",
    zh: "“一网通办”事项覆盖率",
    en: "one-network service coverage",
    aliases: ["一网通办覆盖率"],
    domain: "governmentServices",
    kind: "rate",
    definitionZh: "纳入“一网通办”的政务服务事项数",
    definitionEn: "service items in the one-network system",
    denominatorZh: "政务服务事项总数",
    denominatorEn: "all service items",
    match: [["一网通办"], ["覆盖率", "可办率"]],
    quoted: true,
  },
  {
    code: "serviceSatisfaction",
    zh: "政务服务满意度",
    en: "government service satisfaction",
    aliases: ["满意率"],
    domain: "governmentServices",
    kind: "rate",
    rateKind: "satisfaction",
    definitionZh: "满意评价数",
    definitionEn: "satisfied ratings",
    denominatorZh: "评价总数",
    denominatorEn: "all ratings",
    match: [["满意度", "满意率"]],
  },
  {
    code: "normativeDocumentsReviewed",
    zh: "规范性文件审查数",
    en: "normative documents reviewed",
    aliases: ["审查规范性文件", "备案审查规范性文件"],
    domain: "normativeDocuments",
    kind: "count",
    units: ["件", "份", "个"],
    definitionZh: "本年度合法性审查或备案审查的规范性文件数",
    definitionEn: "normative documents reviewed for legality or on filing in the year",
    match: [["审查", "审核"]],
    exclude: ["清理"],
  },
  {
    code: "normativeDocumentsFilingRate",
    zh: "规范性文件备案率",
    en: "normative document filing rate",
    aliases: ["备案率", "报备率"],
    domain: "normativeDocuments",
    kind: "rate",
    rateKind: "filing",
    definitionZh: "报备的规范性文件数",
    definitionEn: "documents filed",
    denominatorZh: "应报备的规范性文件数",
    denominatorEn: "documents due for filing",
    match: [["备案率", "报备率"]],
  },
  {
    code: "majorDecisionsReviewed",
    zh: "重大行政决策合法性审查数",
    en: "major decisions reviewed for legality",
    aliases: ["重大行政决策合法性审查"],
    domain: "decisionMaking",
    kind: "count",
    units: CASES,
    definitionZh: "经合法性审查的重大行政决策数",
    definitionEn: "major administrative decisions reviewed for legality",
    match: [["决策"], ["合法性审查"]],
  },
  {
    code: "legalAdvisers",
    zh: "法律顾问人数",
    en: "legal advisers",
    aliases: ["聘任法律顾问", "聘请法律顾问"],
    domain: "legalAdvice",
    kind: "count",
    units: PERSONS,
    definitionZh: "党政机关聘请的法律顾问和公职律师人数",
    definitionEn: "legal advisers and in-house lawyers engaged by party and government bodies",
    match: [["法律顾问", "公职律师"]],
  },
  {
    code: "legalAdviserCoverage",
    zh: "法律顾问覆盖率",
    en: "legal adviser coverage",
    aliases: ["法律顾问全覆盖"],
    domain: "legalAdvice",
    kind: "rate",
    rateKind: "coverage",
    definitionZh: "聘请法律顾问的机关（村、社区）数",
    definitionEn: "bodies (villages) with a legal adviser",
    denominatorZh: "机关（村、社区）总数",
    denominatorEn: "all bodies (villages)",
    match: [["法律顾问"], ["覆盖"]],
  },
  {
    code: "enforcersCertified",
    zh: "持证执法人员数",
    en: "certified enforcement officers",
    aliases: ["持证执法人员", "行政执法证件"],
    domain: "enforcement",
    kind: "count",
    units: PERSONS,
    definitionZh: "持有有效行政执法证件的人员数（存量）",
    definitionEn: "officers holding a valid enforcement certificate (stock)",
    match: [["持证", "执法证"]],
    exclude: ["新增", "清理", "换证", "注销"],
  },
  {
    code: "enforcerTrainees",
    zh: "执法人员培训人次",
    en: "enforcement officers trained",
    aliases: ["执法人员培训"],
    domain: "training",
    kind: "count",
    units: PERSONS,
    definitionZh: "参加法治培训的执法人员人次",
    definitionEn: "enforcement officers (person-times) in rule-of-law training",
    match: [["执法"], ["培训"]],
  },
  {
    code: "enforcerExamPassRate",
    zh: "执法人员考试合格率",
    en: "enforcement officers' exam pass rate",
    aliases: ["执法资格考试合格率"],
    domain: "training",
    kind: "rate",
    rateKind: "examPass",
    definitionZh: "考试合格的执法人员数",
    definitionEn: "officers who passed",
    denominatorZh: "参加考试的执法人员数",
    denominatorEn: "officers who sat",
    match: [["执法"], ["合格率", "通过率"]],
  },
  {
    code: "enforcementCases",
    zh: "行政执法案件数",
    en: "enforcement cases",
    aliases: ["行政执法案件", "办理执法案件"],
    domain: "enforcement",
    kind: "count",
    units: CASES,
    definitionZh: "本年度办理的行政执法案件数",
    definitionEn: "enforcement cases handled in the year",
    match: [["执法案件"]],
    exclude: ["评查", "卷"],
  },
  {
    code: "enforcementInspections",
    zh: "行政检查次数",
    en: "administrative inspections",
    aliases: ["行政检查"],
    domain: "enforcement",
    kind: "count",
    units: ["件", "次", "起"],
    definitionZh: "本年度实施的行政检查数",
    definitionEn: "administrative inspections carried out in the year",
    match: [["行政检查"]],
    exclude: ["平台", "依托", "计划"],
  },
  {
    code: "enforcementPenalties",
    zh: "行政处罚案件数",
    en: "administrative penalty cases",
    aliases: ["行政处罚"],
    domain: "enforcement",
    kind: "count",
    units: CASES,
    definitionZh: "本年度作出的行政处罚案件数",
    definitionEn: "administrative penalties imposed in the year",
    match: [["行政处罚"]],
    exclude: ["平台", "依托", "事项", "权", "清单"],
  },
  {
    code: "mediationCases",
    zh: "调解案件数",
    en: "disputes mediated",
    aliases: ["调解案件", "调解纠纷", "调处矛盾纠纷"],
    domain: "mediation",
    kind: "count",
    units: CASES,
    definitionZh: "本年度调解（调处）的矛盾纠纷数",
    definitionEn: "disputes mediated in the year",
    match: [["调解", "调处"]],
    exclude: ["成功", "委员会", "协议", "信访"],
  },
  {
    code: "mediationSucceeded",
    zh: "调解成功数",
    en: "disputes settled by mediation",
    aliases: ["调解成功"],
    domain: "mediation",
    kind: "count",
    units: CASES,
    definitionZh: "调解成功的纠纷数",
    definitionEn: "disputes settled by mediation",
    match: [["调解成功", "调处成功", "化解"]],
    exclude: ["率"],
  },
  {
    code: "mediationSuccessRate",
    zh: "调解成功率",
    en: "mediation success rate",
    aliases: ["调处成功率"],
    domain: "mediation",
    kind: "rate",
    rateKind: "mediationSuccess",
    definitionZh: "调解成功的纠纷数",
    definitionEn: "disputes settled",
    denominatorZh: "调解的纠纷数",
    denominatorEn: "disputes mediated",
    numeratorConcept: "mediationSucceeded",
    denominatorConcept: "mediationCases",
    match: [["成功率"]],
  },
  {
    code: "agreementPerformanceRate",
    zh: "调解协议履行率",
    en: "mediation agreement performance rate",
    aliases: ["履行率"],
    domain: "mediation",
    kind: "rate",
    rateKind: "agreementPerformance",
    definitionZh: "履行的调解协议数",
    definitionEn: "agreements performed",
    denominatorZh: "达成的调解协议数",
    denominatorEn: "agreements reached",
    match: [["履行率"]],
  },
  {
    code: "legalPublicityEvents",
    zh: "普法宣传活动次数",
    en: "legal publicity events",
    aliases: ["法治宣传活动", "普法活动"],
    domain: "legalPublicity",
    kind: "count",
    units: ["次", "场", "期"],
    definitionZh: "本年度开展的普法（法治宣传）活动次数",
    definitionEn: "legal publicity events held in the year",
    match: [["法治宣传", "普法宣传", "普法活动", "法治主题宣传"]],
  },
  {
    code: "legalPublicityMaterials",
    zh: "普法宣传资料份数",
    en: "legal publicity leaflets",
    aliases: ["发放宣传资料"],
    domain: "legalPublicity",
    kind: "count",
    units: ["份", "册", "本"],
    definitionZh: "发放的普法宣传资料份数",
    definitionEn: "legal publicity leaflets and booklets handed out",
    match: [["宣传资料", "宣传册", "宣传品"]],
  },
  {
    code: "informationPublished",
    zh: "主动公开政府信息条数",
    en: "government information published",
    aliases: ["主动公开信息", "主动公开政府信息"],
    domain: "transparency",
    kind: "count",
    units: ["条", "件", "篇"],
    definitionZh: "本年度主动公开的政府信息条数",
    definitionEn: "items of government information published proactively in the year",
    match: [["主动公开"]],
  },
] as const satisfies readonly [ConceptEntry, ...ConceptEntry[]];

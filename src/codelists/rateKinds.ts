import type { CodelistEntry } from "./codelist";
import type { DomainCode } from "./domains";

/**
 * A named domain rate.
 * @example
 * const kind: RateKindCode = "reconsiderationCorrection"; // 纠错率
 */
export type RateKindCode =
  | "courtAppearance"
  | "litigationLoss"
  | "reconsiderationCorrection"
  | "mediationSuccess"
  | "onlineHandling"
  | "filing"
  | "examPass"
  | "agreementPerformance"
  | "coverage"
  | "satisfaction"
  | "share"
  | "other";

/**
 * A rate kind, with the formula commonly used for it. No official formula exists for most rates (DOMAIN §4).
 * @example
 * RATE_KINDS.find((k) => k.code === "mediationSuccess")?.zh //=> "调解成功率"
 */
export interface RateKindEntry extends CodelistEntry<RateKindCode> {
  readonly domain: DomainCode;
  /** The common formula in words (zh-CN), numerator over denominator. */
  readonly formulaZh: string;
  /** The common formula in words (en). */
  readonly formulaEn: string;
}

/**
 * Named rates: 出庭应诉率, 行政诉讼败诉率, 行政复议纠错率, 调解成功率, 网上办理率, 规范性文件备案率, 考试合格率, ….
 *
 * @example
 * RATE_KINDS.find((r) => r.code === "reconsiderationCorrection")?.zh //=> "行政复议纠错率"
 */
export const RATE_KINDS = [
  {
    code: "courtAppearance",
    zh: "行政机关负责人出庭应诉率",
    en: "heads' court appearance rate",
    aliases: ["出庭应诉率", "出庭率", "应诉率"],
    domain: "litigation",
    formulaZh: "负责人出庭应诉案件数 ÷ 开庭审理案件数",
    formulaEn: "hearings attended by an agency head ÷ hearings held",
  },
  {
    code: "litigationLoss",
    zh: "行政诉讼败诉率",
    en: "administrative litigation loss rate",
    aliases: ["败诉率"],
    domain: "litigation",
    formulaZh: "败诉案件数 ÷ 审结案件数",
    formulaEn: "cases lost ÷ cases concluded",
  },
  {
    code: "reconsiderationCorrection",
    zh: "行政复议纠错率",
    en: "reconsideration correction rate",
    aliases: ["纠错率", "复议纠错率", "直接纠错率"],
    domain: "reconsideration",
    formulaZh: "(撤销 + 变更 + 确认违法 + 责令履行) ÷ 审结案件数（常不含不予受理）",
    formulaEn:
      "(annulled + varied + declared unlawful + ordered to perform) ÷ cases decided (often excluding rejections)",
  },
  {
    code: "mediationSuccess",
    zh: "调解成功率",
    en: "mediation success rate",
    aliases: ["成功率", "调处成功率", "化解率"],
    domain: "mediation",
    formulaZh: "调解成功件数 ÷ 调解件数",
    formulaEn: "successful mediations ÷ mediations",
  },
  {
    code: "onlineHandling",
    zh: "网上办理率",
    en: "online handling rate",
    aliases: ["网上办件率", "网办率", "全程网办率"],
    domain: "governmentServices",
    formulaZh: "网上办件量 ÷ 办件总量",
    formulaEn: "items handled online ÷ all items handled",
  },
  {
    code: "filing",
    zh: "规范性文件备案率",
    en: "normative document filing rate",
    aliases: ["备案率", "报备率"],
    domain: "normativeDocuments",
    formulaZh: "报备文件数 ÷ 应报备文件数",
    formulaEn: "documents filed ÷ documents due for filing",
  },
  {
    code: "examPass",
    zh: "执法人员考试合格率",
    en: "exam pass rate",
    aliases: ["合格率", "通过率", "考试通过率"],
    domain: "training",
    formulaZh: "合格人数 ÷ 参考人数",
    formulaEn: "passed ÷ sat",
  },
  {
    code: "agreementPerformance",
    zh: "调解协议履行率",
    en: "agreement performance rate",
    aliases: ["履行率"],
    domain: "mediation",
    formulaZh: "履行协议数 ÷ 达成协议数",
    formulaEn: "agreements performed ÷ agreements reached",
  },
  {
    code: "coverage",
    zh: "覆盖率",
    en: "coverage rate",
    aliases: ["覆盖面", "创建率", "参与率"],
    domain: "other",
    formulaZh: "已覆盖数 ÷ 应覆盖数",
    formulaEn: "covered ÷ to be covered",
  },
  {
    code: "satisfaction",
    zh: "满意度",
    en: "satisfaction rate",
    aliases: ["满意率"],
    domain: "governmentServices",
    formulaZh: "满意评价数 ÷ 评价总数",
    formulaEn: "satisfied ratings ÷ all ratings",
  },
  {
    code: "share",
    zh: "占比",
    en: "share",
    aliases: ["比例", "占"],
    domain: "other",
    formulaZh: "部分 ÷ 整体",
    formulaEn: "part ÷ whole",
  },
  {
    code: "other",
    zh: "其他比率",
    en: "other rate",
    aliases: [],
    domain: "other",
    formulaZh: "分子 ÷ 分母",
    formulaEn: "numerator ÷ denominator",
  },
] as const satisfies readonly [RateKindEntry, ...RateKindEntry[]];

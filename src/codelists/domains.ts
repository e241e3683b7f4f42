import type { CodelistEntry } from "./codelist";

/**
 * Field of government work an indicator belongs to.
 * @example
 * const domain: DomainCode = "mediation";
 */
export type DomainCode =
  | "reconsideration"
  | "litigation"
  | "mediation"
  | "governmentServices"
  | "normativeDocuments"
  | "enforcement"
  | "legalPublicity"
  | "decisionMaking"
  | "legalAdvice"
  | "transparency"
  | "training"
  | "other";

/**
 * Domains of indicators: 行政复议, 行政诉讼, 调解, 政务服务, 规范性文件, 执法, 普法, ….
 *
 * @example
 * DOMAINS.find((d) => d.code === "reconsideration")?.zh //=> "行政复议"
 */
export const DOMAINS = [
  { code: "reconsideration", zh: "行政复议", en: "administrative reconsideration", aliases: ["复议"] },
  {
    code: "litigation",
    zh: "行政诉讼",
    en: "administrative litigation",
    aliases: ["行政应诉", "应诉", "诉讼"],
  },
  { code: "mediation", zh: "调解", en: "mediation", aliases: ["人民调解", "行政调解", "矛盾纠纷"] },
  {
    code: "governmentServices",
    zh: "政务服务",
    en: "government services",
    aliases: ["放管服", "办件", "一网通办"],
  },
  { code: "normativeDocuments", zh: "规范性文件", en: "normative documents", aliases: ["行政规范性文件"] },
  { code: "enforcement", zh: "行政执法", en: "law enforcement", aliases: ["执法", "行政处罚", "行政检查"] },
  { code: "legalPublicity", zh: "普法", en: "legal publicity", aliases: ["法治宣传", "普法宣传"] },
  { code: "decisionMaking", zh: "行政决策", en: "decision-making", aliases: ["重大行政决策", "决策"] },
  { code: "legalAdvice", zh: "法律顾问", en: "legal advice", aliases: ["法律服务", "公职律师"] },
  { code: "transparency", zh: "政务公开", en: "transparency", aliases: ["信息公开", "政府信息公开"] },
  { code: "training", zh: "学法培训", en: "training and exams", aliases: ["培训", "考试", "学法"] },
  { code: "other", zh: "其他", en: "other", aliases: [] },
] as const satisfies readonly [CodelistEntry<DomainCode>, ...CodelistEntry<DomainCode>[]];

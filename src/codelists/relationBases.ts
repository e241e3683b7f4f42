import type { CodelistEntry } from "./codelist";

/**
 * How the text says that figures relate: the evidence an extracted relation rests on.
 * @example
 * const basis: RelationBasisCode = "phrase"; // 占诉讼案件的20%
 */
export type RelationBasisCode =
  | "qizhong"
  | "brackets"
  | "bracketBase"
  | "partOf"
  | "formula"
  | "phrase"
  | "enumeration"
  | "labels"
  | "change"
  | "list"
  | "table"
  | "stated";

/**
 * The bases of relations, with what each means. A relation is extracted only on one of these; figures that merely
 * stand near each other are not related.
 *
 * @example
 * RELATION_BASES.find((b) => b.code === "formula")?.en //=> "a formula stated in the text"
 */
export const RELATION_BASES = [
  { code: "qizhong", zh: "“其中”引出的组成部分", en: "parts introduced by 其中", aliases: ["其中"] },
  {
    code: "brackets",
    zh: "括号内相加等于总数的组成部分",
    en: "bracketed parts that add up to the total",
    aliases: [],
  },
  {
    code: "bracketBase",
    zh: "比率后括号内写明的基数",
    en: "the base stated in brackets after the rate",
    aliases: [],
  },
  { code: "partOf", zh: "“N项…中的M项”", en: "“M of the N …” (中的)", aliases: ["中的"] },
  { code: "formula", zh: "文中写明的计算式", en: "a formula stated in the text", aliases: [] },
  { code: "phrase", zh: "“占…的”写明基数", en: "a 占…的 phrase naming the base", aliases: ["占"] },
  {
    code: "enumeration",
    zh: "列举中各项占总数的比例",
    en: "a share of the whole an enumeration splits",
    aliases: ["占比"],
  },
  {
    code: "labels",
    zh: "比率名称与分子、分母名称相互对应",
    en: "the rate's name matches its numerator's and denominator's",
    aliases: [],
  },
  {
    code: "change",
    zh: "与上年数比较的增减",
    en: "a change over last year's figure",
    aliases: ["同比", "比上年"],
  },
  {
    code: "table",
    zh: "表格中的占比列与合计行",
    en: "a table's share column over its total row",
    aliases: ["合计"],
  },
  { code: "list", zh: "数目后列出的名称", en: "a count followed by the names it counts", aliases: [] },
  { code: "stated", zh: "人工编码", en: "encoded by hand", aliases: [] },
] as const satisfies readonly [CodelistEntry<RelationBasisCode>, ...CodelistEntry<RelationBasisCode>[]];

import type { CodelistEntry } from "./codelist";

/**
 * Code of a theme: a chapter of the 纲要 2021–2025 (`"2021:2"` … `"2021:10"`) or an area of the 2015–2020 纲要 (`"2015:1"` … `"2015:7"`).
 * @example
 * const theme: ThemeCode = "2021:5"; // 纲要 2021–2025, part 5
 */
export type ThemeCode =
  | "2021:2"
  | "2021:3"
  | "2021:4"
  | "2021:5"
  | "2021:6"
  | "2021:7"
  | "2021:8"
  | "2021:9"
  | "2021:10"
  | "2015:1"
  | "2015:2"
  | "2015:3"
  | "2015:4"
  | "2015:5"
  | "2015:6"
  | "2015:7";

/**
 * A theme of the 法治政府建设实施纲要, with the keywords that signal it in a report's text.
 * @example
 * THEMES.find((t) => t.code === "2021:5")?.zh //=> "健全行政执法工作体系"
 */
export interface ThemeEntry extends CodelistEntry<ThemeCode> {
  /** Which 纲要 the theme belongs to. */
  readonly edition: "2021-2025" | "2015-2020";
  /** Chapter number in the 纲要 (二 = 2 … 十 = 10 for 2021–2025; area 1–7 for 2015–2020). */
  readonly chapter: number;
  /** Words whose presence in a heading or paragraph suggests the theme (used by the extractor's classifier). */
  readonly keywords: readonly string[];
}

/**
 * Themes of the 纲要 2021–2025 (chapters 二 to 十; chapter 一 is the general part) and the seven areas of the
 * 纲要 2015–2020 used by older reports.
 *
 * @example
 * THEMES.find((t) => t.code === "2021:5")?.zh //=> "健全行政执法工作体系" //=> "健全行政执法工作体系"
 * THEMES.filter((t) => t.edition === "2015-2020").length //=> 7
 */
export const THEMES = [
  {
    code: "2021:2",
    edition: "2021-2025",
    chapter: 2,
    zh: "健全政府机构职能体系",
    en: "government functions and organisation",
    aliases: ["政府机构职能体系", "政府职能"],
    keywords: [
      "放管服",
      "政府职能",
      "机构改革",
      "政务服务",
      "营商环境",
      "一网通办",
      "权责清单",
      "证明事项",
      "信用",
      "审批",
    ],
  },
  {
    code: "2021:3",
    edition: "2021-2025",
    chapter: 3,
    zh: "健全依法行政制度体系",
    en: "administrative rule-making",
    aliases: ["依法行政制度体系"],
    keywords: ["规范性文件", "备案审查", "合法性审核", "立法", "制度体系", "文件清理"],
  },
  {
    code: "2021:4",
    edition: "2021-2025",
    chapter: 4,
    zh: "健全行政决策制度体系",
    en: "administrative decision-making",
    aliases: ["行政决策制度体系", "科学民主依法决策"],
    keywords: ["重大行政决策", "决策", "法律顾问", "公职律师", "风险评估", "专家论证", "公众参与"],
  },
  {
    code: "2021:5",
    edition: "2021-2025",
    chapter: 5,
    zh: "健全行政执法工作体系",
    en: "administrative law enforcement",
    aliases: ["行政执法工作体系", "严格规范公正文明执法"],
    keywords: [
      "行政执法",
      "三项制度",
      "执法人员",
      "执法证",
      "行政处罚",
      "行政检查",
      "综合执法",
      "案卷评查",
      "裁量",
    ],
  },
  {
    code: "2021:6",
    edition: "2021-2025",
    chapter: 6,
    zh: "健全突发事件应对体系",
    en: "emergency response",
    aliases: ["突发事件应对体系"],
    keywords: ["突发事件", "应急", "疫情防控", "安全生产", "防汛"],
  },
  {
    code: "2021:7",
    edition: "2021-2025",
    chapter: 7,
    zh: "健全社会矛盾纠纷行政预防调处化解体系",
    en: "dispute prevention and resolution",
    aliases: ["社会矛盾纠纷行政预防调处化解体系", "化解社会矛盾纠纷"],
    keywords: ["矛盾纠纷", "调解", "行政复议", "信访", "枫桥经验", "公共法律服务", "行政应诉", "人民调解"],
  },
  {
    code: "2021:8",
    edition: "2021-2025",
    chapter: 8,
    zh: "健全行政权力制约和监督体系",
    en: "oversight of administrative power",
    aliases: ["行政权力制约和监督体系"],
    keywords: ["监督", "政务公开", "信息公开", "审计", "人大", "政协", "问责", "舆论监督"],
  },
  {
    code: "2021:9",
    edition: "2021-2025",
    chapter: 9,
    zh: "健全法治政府建设科技保障体系",
    en: "digital rule-of-law government",
    aliases: ["法治政府建设科技保障体系", "数字法治政府"],
    keywords: ["数字", "信息化", "智慧", "平台", "大数据", "互联网+", "电子政务", "网上"],
  },
  {
    code: "2021:10",
    edition: "2021-2025",
    chapter: 10,
    zh: "加强党的领导，完善法治政府建设推进机制",
    en: "party leadership and implementation mechanisms",
    aliases: ["加强党的领导", "推进机制"],
    keywords: [
      "组织领导",
      "第一责任人",
      "党委",
      "学法",
      "法治思想",
      "考核",
      "督察",
      "示范创建",
      "普法",
      "培训",
    ],
  },
  {
    code: "2015:1",
    edition: "2015-2020",
    chapter: 1,
    zh: "依法全面履行政府职能",
    en: "performing government functions by law",
    aliases: ["全面履行政府职能"],
    keywords: ["政府职能", "放管服", "简政放权", "审批"],
  },
  {
    code: "2015:2",
    edition: "2015-2020",
    chapter: 2,
    zh: "完善依法行政制度体系",
    en: "administrative rule-making",
    aliases: ["依法行政制度体系"],
    keywords: ["规范性文件", "制度建设", "备案审查"],
  },
  {
    code: "2015:3",
    edition: "2015-2020",
    chapter: 3,
    zh: "推进行政决策科学化、民主化、法治化",
    en: "scientific, democratic, lawful decision-making",
    aliases: ["行政决策科学化民主化法治化"],
    keywords: ["重大行政决策", "法律顾问", "决策"],
  },
  {
    code: "2015:4",
    edition: "2015-2020",
    chapter: 4,
    zh: "坚持严格规范公正文明执法",
    en: "strict, fair and civil law enforcement",
    aliases: ["严格规范公正文明执法"],
    keywords: ["行政执法", "执法", "三项制度"],
  },
  {
    code: "2015:5",
    edition: "2015-2020",
    chapter: 5,
    zh: "强化对行政权力的制约和监督",
    en: "oversight of administrative power",
    aliases: ["行政权力的制约和监督"],
    keywords: ["监督", "政务公开", "审计"],
  },
  {
    code: "2015:6",
    edition: "2015-2020",
    chapter: 6,
    zh: "依法有效化解社会矛盾纠纷",
    en: "resolving social disputes by law",
    aliases: ["化解社会矛盾纠纷"],
    keywords: ["矛盾纠纷", "调解", "行政复议", "信访"],
  },
  {
    code: "2015:7",
    edition: "2015-2020",
    chapter: 7,
    zh: "全面提高政府工作人员法治思维和依法行政能力",
    en: "officials' rule-of-law thinking and capacity",
    aliases: ["提高政府工作人员法治思维和依法行政能力"],
    keywords: ["学法", "培训", "法治思维", "考试"],
  },
] as const satisfies readonly [ThemeEntry, ...ThemeEntry[]];

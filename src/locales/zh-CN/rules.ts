import { RELATION_BASES, ROUNDING_MODE_LABELS } from "../../codelists";
import { defineRuleTexts } from "../ruleTexts";

/** Rule titles, rationales and message templates in Simplified Chinese. `{name}` is replaced by a parameter. */
export const ruleTexts = defineRuleTexts({
  "FZ-SCHEMA-001": {
    title: "结构符合数据模型",
    rationale: "报告须符合 fazhi-report 数据模型，其余规则才能检查。",
    message: "{message}",
  },
  "FZ-JSON-001": {
    title: "JSON 文本可解析",
    rationale: "无法解析的 JSON 无法检查。",
    message: "JSON 语法错误：{message}（第 {line} 行第 {column} 列）",
  },
  "FZ-JSON-002": {
    title: "JSON 对象中无重复键",
    rationale: "重复的键只保留最后一个值，前面的值会悄悄丢失。",
    message: "键 {key} 重复出现，只有最后一个值被读取",
  },
  "FZ-INTERNAL-001": {
    title: "规则运行出错",
    rationale: "规则自身出错时如实报告，而不中断检查。",
    message: "规则 {rule} 运行出错：{error}",
  },
  "FZ-REF-001": {
    title: "关系引用的指标存在",
    rationale: "关系须指向报告中存在的指标，比率关系的比率须为比率指标。",
    message: "关系引用的指标“{id}”{problem}",
  },
  "FZ-REF-002": {
    title: "标识符不重复",
    rationale: "同一集合中的标识符必须唯一，引用才无歧义。",
    message: "{collection} 中的标识符“{id}”重复",
  },
  "FZ-ARITH-001": {
    title: "合计等于各分项之和",
    rationale: "报告所述总数应等于其所列分项之和。",
    message:
      "所述总数为 {stated}，分项之和 {formula} = {computed}，相差 {delta}[[；关系依据：{basis}；所涉数字：{quotes}]]",
  },
  "FZ-ARITH-002": {
    title: "“其中”不超过总数",
    rationale: "“其中”所列部分不应大于总数。",
    message: "部分 {computed} 大于总数 {stated}（超出 {delta}）[[；关系依据：{basis}；所涉数字：{quotes}]]",
  },
  "FZ-ARITH-003": {
    title: "确数计数为整数",
    rationale: "件、人次等计数在换算万、亿后应为非负整数。",
    message: "指标“{id}”的计数 {stated} 不是整数",
  },
  "FZ-ARITH-004": {
    title: "列举数量与所列名称一致",
    rationale: "“4个村（社区）”之后所列名称的个数应为 4。",
    message: "所述数量为 {stated}，实际列出 {computed} 项",
  },
  "FZ-RATE-001": {
    title: "比率与分子分母相符",
    rationale: "按所述精度，所述比率应包含由分子、分母算得的值。",
    message:
      "所述比率 {stated}%，按 {formula} 算得 {computed}%，不在{rounding}区间 {interval} 内（相差 {delta}）[[；关系依据：{basis}；所涉数字：{quotes}]]",
  },
  "FZ-RATE-002": {
    title: "比率仅在其他取舍方式下相符",
    rationale:
      "所述比率按默认的取舍方式不符，但按机关常用的其他方式（四舍六入五成双或截尾）相符；仅靠进一才相符的比率不算相符（FZ-RATE-001）。",
    message: "所述比率 {stated}% 算得 {computed}%，按{rounding}不符，按 {modes} 相符",
  },
  "FZ-RATE-003": {
    title: "比率不超过 100%",
    rationale: "部分占整体的比率不能超过 100%。",
    message: "指标“{id}”的比率 {stated}% 超过 100%",
  },
  "FZ-EVID-001": {
    title: "指标值见于其引文",
    rationale: "指标的值应能在其来源引文中找到。",
    message: "指标“{id}”的值 {stated} 不见于引文“{quote}”",
  },
  "FZ-EVID-002": {
    title: "指标引文出自报告正文",
    rationale: "每个数字的引文都应能在其出处文本中找到（给出原文时按偏移核对），数据改了而正文没改即可发现。",
    message: "指标“{id}”的引文“{quote}”不在{where}中",
  },
  "FZ-DATE-001": {
    title: "成文日期晚于报告年度",
    rationale: "年度报告应在报告年度结束后成文。",
    message: "成文日期 {date} 在 {reportYear} 年度结束之前",
  },
  "FZ-DATE-002": {
    title: "按时公开",
    rationale: "年度报告应在次年 4 月 1 日前向社会公开。",
    message: "公开日期 {date} 晚于期限（{deadline} 之前）",
  },
  "FZ-DATE-003": {
    title: "按时报告",
    rationale: "年度报告应在次年 3 月 1 日前报送。",
    message: "成文日期 {date} 晚于报送期限（{deadline} 之前）",
  },
  "FZ-DATE-004": {
    title: "公开不早于成文",
    rationale: "报告不能在成文之前公开。",
    message: "公开日期 {date} 早于成文日期 {document}",
  },
  "FZ-DATE-005": {
    title: "文号年份与成文日期一致",
    rationale: "发文字号中的年份应为成文年份。",
    message: "文号“{raw}”的年份 {stated} 与成文年份 {computed} 不一致",
  },
  "FZ-DATE-006": {
    title: "工作安排针对下一年度",
    rationale: "下一年度主要安排应针对报告年度的下一年。",
    message: "工作安排的年份为 {stated}，应为 {computed}",
  },
  "FZ-DATE-007": {
    title: "日期不晚于今天",
    rationale: "报告中的日期不能在将来。",
    message: "日期 {date} 晚于参考日期 {reference}",
  },
  "FZ-STRUCT-001": {
    title: "序号连续",
    rationale: "同级标题的序号应从一开始连续编排，不重复、不跳号。",
    message: "标题序号“{ordinal}”为第 {stated} 项，应为第 {computed} 项",
  },
  "FZ-STRUCT-002": {
    title: "标题缺少序号",
    rationale: "标题的序号在转录中丢失，或同级标题有序号而此标题没有。",
    message: "标题“{title}”缺少序号",
  },
  "FZ-STRUCT-003": {
    title: "括号全角半角混用",
    rationale: "同一报告中的括号序号宜统一使用全角或半角。",
    message: "序号“{ordinal}”的括号与其他序号不一致（全角 {full} 个，半角 {half} 个）",
  },
  "FZ-STRUCT-004": {
    title: "部门报告注明所属政府",
    rationale: "部门报告应注明其所属的人民政府。",
    message: "部门“{name}”的报告未注明所属政府",
  },
  "FZ-COMP-001": {
    title: "包含主要举措和成效",
    rationale: "督察工作规定要求报告主要举措和成效。",
    message: "未见主要举措和成效部分",
  },
  "FZ-COMP-002": {
    title: "包含存在的不足和原因",
    rationale: "督察工作规定要求报告存在的不足和原因。",
    message: "未见存在的不足及其原因（缺少：{missing}）",
  },
  "FZ-COMP-003": {
    title: "包含第一责任人履职情况",
    rationale: "督察工作规定要求报告党政主要负责人履行推进法治建设第一责任人职责的情况。",
    message: "未见党政主要负责人履行第一责任人职责的情况",
  },
  "FZ-COMP-004": {
    title: "包含下一年度主要安排",
    rationale: "督察工作规定要求报告下一年度主要安排。",
    message: "未见下一年度主要安排",
  },
  "FZ-COMP-005": {
    title: "覆盖纲要各项任务",
    rationale: "《法治政府建设实施纲要（2021－2025年）》第二至十部分宜均有涉及。",
    message: "未涉及纲要任务：{missing}",
  },
  "FZ-PRIV-001": {
    title: "不公开居民身份证号码",
    rationale: "公开的报告不应包含居民身份证号码等敏感个人信息。",
    message: "文中含居民身份证号码 {masked}",
  },
  "FZ-PRIV-002": {
    title: "不公开手机号码",
    rationale: "公开的报告不应包含个人手机号码。",
    message: "文中含手机号码 {masked}",
  },
});

/**
 * Words a param may hold, as they read in a message (`missing` → 不存在): codes the rules give, how the extractor read
 * a relation (from the code list of relation bases). Rounding modes are added by the engine from the rate calculators.
 */
export const ruleWords: Readonly<Record<string, string>> = {
  missing: "不存在",
  notRate: "不是比率指标",
  problems: "存在的不足",
  causes: "原因",
  indicators: "指标",
  relations: "关系",
  sections: "章节",
  plans: "工作安排",
  narrative: "报告正文",
  offsets: "原文对应位置",
  text: "原文",
  ...Object.fromEntries(ROUNDING_MODE_LABELS.map((m) => [m.code, m.zh])),
  ...Object.fromEntries(RELATION_BASES.map((b) => [`basis.${b.code}`, b.zh])),
};

/** The page's own words in zh-CN and en. */

import type { Locale } from "../../src/locales";

export type { Locale };

export const UI = {
  "zh-CN": {
    title: "法治政府建设年度报告 检查台",
    intro: "粘贴报告全文或 JSON，或拖入文件（文本、网页、.docx、PDF）、选择示例。全部在本页内完成，不联网。",
    example: "示例",
    pick: "— 选择示例 —",
    file: "打开文件",
    locale: "语言",
    rounding: "舍入方式",
    failOn: "失败阈值",
    working: "正在分析…",
    done: (ms: number) => `分析完成，用时 ${ms.toFixed(0)} 毫秒`,
    findings: "检查结果",
    rates: "比率复算",
    indicators: "指标",
    tree: "章节结构",
    source: "原文",
    downloads: "下载",
    model: "模型 JSON",
    findingsJson: "检查结果 JSON",
    sarif: "SARIF",
    error: "错误",
    warning: "警告",
    info: "提示",
    pass: "通过",
    fail: "未通过",
    none: "没有发现问题",
    cols: ["比率", "所述", "复算", "分子/分母", "结论"],
    icols: ["名称", "数值", "单位", "限定", "原文"],
    status: { pass: "相符", passOtherMode: "换舍入方式相符", fail: "不符", notApplicable: "无法计算" },
    more: (shown: number, all: number) => `仅显示前 ${shown} 项，共 ${all} 项`,
    crash: "分析时出错：",
    noLocation: "（无原文位置）",
    big: (n: number) => `（已载入 ${(n / 1e6).toFixed(1)} M 字符，过大不在此编辑；原文见下方。双击清空。）`,
    reading: (name: string) => `正在读取 ${name}…`,
    decodedAs: (encoding: string) => `按 ${encoding} 编码读取`,
    docNeedsCli:
      "旧版 Word（.doc）文件只能用命令行读取（fazhi check 报告.doc）；请另存为 .docx 或 PDF 后再拖入。",
    readerUnavailable: (detail: string) =>
      `无法加载 .docx/PDF 读取组件（${detail}）。请通过 http(s) 打开 playground/dist 目录（例如 python3 -m http.server -d playground/dist），浏览器不允许从本地文件（file://）加载这些组件。`,
    place: (kind: "page" | "paragraph", n: number) => (kind === "page" ? `第 ${n} 页` : `第 ${n} 段`),
  },
  en: {
    title: "Rule-of-law government report checker",
    intro:
      "Paste a report's text or JSON, drop a file (text, web page, .docx, PDF), or pick an example. Everything runs in this page, offline.",
    example: "Example",
    pick: "— pick an example —",
    file: "Open file",
    locale: "Language",
    rounding: "Rounding",
    failOn: "Fail on",
    working: "Analyzing…",
    done: (ms: number) => `Analyzed in ${ms.toFixed(0)} ms`,
    findings: "Findings",
    rates: "Rates recomputed",
    indicators: "Indicators",
    tree: "Sections",
    source: "Source",
    downloads: "Downloads",
    model: "Model JSON",
    findingsJson: "Findings JSON",
    sarif: "SARIF",
    error: "error",
    warning: "warning",
    info: "info",
    pass: "pass",
    fail: "fail",
    none: "No findings",
    cols: ["Rate", "Stated", "Computed", "Numerator/denominator", "Verdict"],
    icols: ["Label", "Value", "Unit", "Qualifier", "Quote"],
    status: {
      pass: "matches",
      passOtherMode: "matches under another rounding",
      fail: "does not match",
      notApplicable: "cannot compute",
    },
    more: (shown: number, all: number) => `Showing the first ${shown} of ${all}`,
    crash: "The analysis failed: ",
    noLocation: "(no place in the source)",
    big: (n: number) =>
      `(${(n / 1e6).toFixed(1)} M characters loaded: too large to edit here; see the source below. Double-click to clear.)`,
    reading: (name: string) => `Reading ${name}…`,
    decodedAs: (encoding: string) => `read as ${encoding}`,
    docNeedsCli:
      "A legacy Word file (.doc) is read by the command line only (fazhi check report.doc); save it as .docx or PDF and drop that.",
    readerUnavailable: (detail: string) =>
      `The .docx/PDF reader could not be loaded (${detail}). Open playground/dist over http(s) (for instance python3 -m http.server -d playground/dist): browsers load no modules into a page opened as a file (file://).`,
    place: (kind: "page" | "paragraph", n: number) => (kind === "page" ? `p. ${n}` : `¶ ${n}`),
  },
} as const;

/** The words of one locale. */
export type Labels = (typeof UI)[Locale];

/**
 * Something the extractor could not read, or read with doubt.
 * @example
 * const [w]: readonly ExtractWarning[] = extractReport("").warnings;
 * w?.code //=> "empty"
 */
export interface ExtractWarning {
  readonly code:
    | "empty"
    | "binary"
    | "html"
    | "htmlRead"
    | "traditional"
    | "traditionalConverted"
    | "noTitle"
    | "noYear"
    | "noJurisdiction"
    | "noHeadings"
    | "noNumbers"
    | "garbledDocNumber"
    | "garbledDate"
    | "notAReport"
    | "mayNotBeReport";
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
  readonly line?: number;
}

const TEXT: Record<ExtractWarning["code"], { "zh-CN": string; en: string }> = {
  empty: { "zh-CN": "文本为空", en: "the text is empty" },
  binary: {
    "zh-CN": "输入含二进制数据（NUL 字节），不是文本",
    en: "the input holds binary data (NUL bytes), not text",
  },
  html: {
    "zh-CN": "输入是 HTML 页面，按纯文本读取，标签会混入；请用 fazhi-report/html 的 htmlToText 读取",
    en: "the input is an HTML page read as plain text, tags included; pass htmlToText from fazhi-report/html",
  },
  htmlRead: {
    "zh-CN": "输入是 HTML 页面；已读取其文字（标签和脚本略去），引文和偏移指向原页面",
    en: "the input is an HTML page; its text was read (tags and scripts set aside), quotes and offsets point into the page",
  },
  traditional: {
    "zh-CN": "文本含繁体字；关键词按简体匹配，识别可能不全",
    en: "the text has Traditional characters; keywords are matched in Simplified, so some may be missed",
  },
  traditionalConverted: {
    "zh-CN": "文本含繁体字；已转为简体用于识别，引文和偏移仍按原文",
    en: "the text has Traditional characters; read through a Simplified conversion, quotes and offsets stay those of the original",
  },
  noTitle: { "zh-CN": "未找到报告标题", en: "no report title found" },
  noYear: {
    "zh-CN": "标题和正文都没有写明报告年度",
    en: "neither the title nor the body states the report year",
  },
  noJurisdiction: {
    "zh-CN": "未能从标题读出报告主体",
    en: "could not read the reporting body from the title",
  },
  noHeadings: { "zh-CN": "未找到章节标题", en: "no headings found" },
  noNumbers: { "zh-CN": "未找到任何数字", en: "no figures found" },
  garbledDocNumber: {
    "zh-CN": "文号缺少括号，按原文保留",
    en: "the document number lost its brackets; kept as printed",
  },
  garbledDate: { "zh-CN": "日期无法识读，按原文保留", en: "the date cannot be read; kept as printed" },
  mayNotBeReport: {
    "zh-CN": "文本未见报告标题和报告的组成部分，可能不是法治政府建设年度报告；仍按报告读取",
    en: "no report title and few parts of a report: this may not be a rule-of-law government report; read as one all the same",
  },
  notAReport: {
    "zh-CN": "文本不像法治政府建设年度报告",
    en: "the text does not look like a rule-of-law government report",
  },
};

/** Makes a warning in a locale. */
export function warning(
  code: ExtractWarning["code"],
  locale: "zh-CN" | "en",
  where?: { start: number; end: number; line: number },
): ExtractWarning {
  return { code, message: TEXT[code][locale], ...(where ?? {}) };
}

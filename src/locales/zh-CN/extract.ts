/** The extractor's warnings: what it could not read, or read with doubt. */
export const extract = {
  warnings: {
    empty: "文本为空",
    binary: "输入含二进制数据（NUL 字节），不是文本",
    html: "输入是 HTML 页面，按纯文本读取，标签会混入；请用 fazhi-report/html 的 htmlToText 读取",
    htmlRead: "输入是 HTML 页面；已读取其文字（标签和脚本略去），引文和偏移指向原页面",
    traditional: "文本含繁体字；关键词按简体匹配，识别可能不全",
    traditionalConverted: "文本含繁体字；已转为简体用于识别，引文和偏移仍按原文",
    noTitle: "未找到报告标题",
    noYear: "标题和正文都没有写明报告年度",
    noJurisdiction: "未能从标题读出报告主体",
    noHeadings: "未找到章节标题",
    noNumbers: "未找到任何数字",
    garbledDocNumber: "文号缺少括号，按原文保留",
    garbledDate: "日期无法识读，按原文保留",
    mayNotBeReport: "文本未见报告标题和报告的组成部分，可能不是法治政府建设年度报告；仍按报告读取",
    notAReport: "文本不像法治政府建设年度报告",
  },
};

/** The words of the renderers (text, summary, GitHub annotations). */
export const output = {
  error: "错误",
  warning: "警告",
  info: "提示",
  ok: "通过",
  unreadable: "无法读取",
  files: "个文件",
  file: "文件",
  line: "行",
  rule: "规则",
  severity: "级别",
  message: "说明",
  findings: "发现",
  listSeparator: "，",
  colon: "：",
  more: (n: number) => `另有 ${n} 条未列出`,
  notAnnotated: (n: number) => `${n} 条低于 --annotate-min，未作注释`,
};

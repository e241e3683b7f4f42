import type { output as zhCN } from "../zh-CN/output";

/** The words of the renderers (text, summary, GitHub annotations). */
export const output: typeof zhCN = {
  error: "error",
  warning: "warning",
  info: "info",
  ok: "ok",
  unreadable: "unreadable",
  files: "files",
  file: "file",
  line: "line",
  rule: "rule",
  severity: "severity",
  message: "message",
  findings: "Findings",
  listSeparator: ", ",
  colon: ": ",
  more: (n: number) => `${n} more not listed`,
  notAnnotated: (n: number) => `${n} below --annotate-min not annotated`,
};

import { textScanRule } from "../engine/textScanRule";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** Whether 18 characters form a resident ID number with a valid GB 11643 check digit. */
export function isResidentId(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === s[17]?.toUpperCase();
}

/** FZ-PRIV-001: the text shows a resident ID number (居民身份证号码). */
export const personalIds = textScanRule({
  id: "FZ-PRIV-001",
  category: "privacy",
  severity: "warning",
  version: "1.0.0",
  basis: {
    "zh-CN": "《个人信息保护法》第二十八条：敏感个人信息",
    en: "Personal Information Protection Law, Art. 28",
  },
  pattern: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g,
  finds: (m) => (isResidentId(m) ? { masked: `${m.slice(0, 6)}********${m.slice(14)}` } : undefined),
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      problems: [...r.problems, { id: "p2", text: "当事人身份证号11010519491231002X已公开", themes: [] }],
    }),
    notApplicable: (r) => ({ ...r, title: " ", sections: [], problems: [], plans: [] }),
  },
});

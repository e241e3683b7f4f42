import { textScanRule } from "../engine/textScanRule";

/** FZ-PRIV-002: the text shows a mobile phone number. */
export const phoneNumbers = textScanRule({
  id: "FZ-PRIV-002",
  category: "privacy",
  severity: "warning",
  version: "1.0.0",
  basis: { "zh-CN": "《个人信息保护法》第四条：个人信息", en: "Personal Information Protection Law, Art. 4" },
  pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  finds: (m) => ({ masked: `${m.slice(0, 3)}****${m.slice(7)}` }),
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      problems: [...r.problems, { id: "p2", text: "联系人手机13912345678", themes: [] }],
    }),
    notApplicable: (r) => ({ ...r, title: " ", sections: [], problems: [], plans: [] }),
  },
});

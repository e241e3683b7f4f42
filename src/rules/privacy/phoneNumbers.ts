import type { Rule, RuleOutcome } from "../engine/types";
import { textsOf } from "../engine/walk";

/** FZ-PRIV-002: the text shows a mobile phone number. */
export const phoneNumbers: Rule = {
  id: "FZ-PRIV-002",
  category: "privacy",
  severity: "warning",
  version: "1.0.0",
  basis: { "zh-CN": "《个人信息保护法》第四条：个人信息", en: "Personal Information Protection Law, Art. 4" },
  check(report) {
    const texts = textsOf(report);
    if (texts.every(([t]) => t.trim() === "")) return [{ status: "notApplicable", reason: "no text" }];
    const out: RuleOutcome[] = [];
    for (const [text, path] of texts) {
      for (const m of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)) {
        out.push({ status: "fail", path, params: { masked: `${m[0].slice(0, 3)}****${m[0].slice(7)}` } });
      }
    }
    return out.length > 0 ? out : [{ status: "pass" }];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      problems: [...r.problems, { id: "p2", text: "联系人手机13912345678", themes: [] }],
    }),
    notApplicable: (r) => ({ ...r, title: " ", sections: [], problems: [], plans: [] }),
  },
};

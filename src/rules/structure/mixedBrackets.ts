import type { Rule } from "../engine/types";
import { sectionsOf } from "../engine/walk";

/** FZ-STRUCT-003: bracketed ordinals mix full-width （一） and half-width (一) in one report. */
export const mixedBrackets: Rule = {
  id: "FZ-STRUCT-003",
  category: "structure",
  severity: "info",
  version: "1.0.0",
  check(report) {
    const bracketed = sectionsOf(report).filter(({ section }) => /^[（(]/.test(section.ordinal ?? ""));
    if (bracketed.length === 0) return [{ status: "notApplicable", reason: "no bracketed ordinals" }];
    const full = bracketed.filter(({ section }) => section.ordinal?.startsWith("（"));
    const half = bracketed.filter(({ section }) => section.ordinal?.startsWith("("));
    if (full.length === 0 || half.length === 0) return [{ status: "pass" }];
    const minority = full.length < half.length ? full : half;
    return minority.map(({ section, path }) => ({
      status: "fail" as const,
      path: `${path}/ordinal`,
      params: { ordinal: section.ordinal ?? "", full: full.length, half: half.length },
    }));
  },
  fixtures: {
    pass: (r) => ({
      ...r,
      sections: r.sections.map((s) => ({
        ...s,
        children: [
          {
            id: `${s.id}.1`,
            level: 2,
            ordinal: "（一）",
            ordinalStyle: "chineseParen" as const,
            number: 1,
            title: "小节",
            paragraphs: [],
            roles: s.roles,
            themes: [],
            children: [],
          },
        ],
      })),
    }),
    fail: (r) => ({
      ...r,
      sections: r.sections.map((s, i) => ({
        ...s,
        children: [
          {
            id: `${s.id}.1`,
            level: 2,
            ordinal: i === 0 ? "(一)" : "（一）",
            ordinalStyle: "chineseParen" as const,
            number: 1,
            title: "小节",
            paragraphs: [],
            roles: s.roles,
            themes: [],
            children: [],
          },
        ],
      })),
    }),
    notApplicable: (r) => r,
  },
};

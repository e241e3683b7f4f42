import type { ReportInput } from "../../model";
import { defineRule } from "../engine/ruleHead";
import { sectionsOf } from "../engine/walk";

/** The fixture report with one subsection under each chapter, its ordinal written by `ordinal(chapter index)`. */
const withSubsections = (r: ReportInput, ordinal: (i: number) => string): ReportInput => ({
  ...r,
  sections: r.sections.map((s, i) => ({
    ...s,
    children: [
      {
        id: `${s.id}.1`,
        level: 2,
        ordinal: ordinal(i),
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
});

/** FZ-STRUCT-003: bracketed ordinals mix full-width （一） and half-width (一) in one report. */
export const mixedBrackets = defineRule({
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
    pass: (r) => withSubsections(r, () => "（一）"),
    fail: (r) => withSubsections(r, (i) => (i === 0 ? "(一)" : "（一）")),
    notApplicable: (r) => r,
  },
});

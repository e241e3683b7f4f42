import { defineRule } from "../engine/ruleHead";
import { roleTextLength, sectionsOf } from "../engine/walk";
import { MIN_PART_CHARS } from "./partPresent";

/** FZ-COMP-002: the report admits shortcomings (存在的不足) and says why (原因). */
export const problemsWithCauses = defineRule({
  id: "FZ-COMP-002",
  category: "completeness",
  severity: "warning",
  version: "1.0.0",
  basis: {
    "zh-CN": "《法治政府建设与责任落实督察工作规定》第二十五条：存在的不足和原因",
    en: "厅字〔2019〕28号 Art. 25: shortcomings and their causes",
  },
  check(report) {
    if (report.sections.length === 0 && report.problems.length === 0) {
      return [{ status: "notApplicable", reason: "the body has no sections" }];
    }
    const hasProblems = report.problems.length > 0 || roleTextLength(report, "problems") >= MIN_PART_CHARS;
    if (!hasProblems) return [{ status: "fail", path: "/problems", params: { missing: "problems" } }];
    const paragraphs = sectionsOf(report)
      .filter(({ section }) => section.roles.includes("problems"))
      .flatMap(({ section }) => section.paragraphs)
      .join("");
    const hasCauses = report.problems.some((p) => p.cause) || /原因|由于|究其/.test(paragraphs);
    if (!hasCauses) return [{ status: "fail", path: "/problems", params: { missing: "causes" } }];
    return [{ status: "pass" }];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      problems: r.problems.map(({ cause: _c, ...p }) => p),
      sections: r.sections.map((s) => ({
        ...s,
        paragraphs: s.paragraphs.map((p) => p.replace("原因是", "")),
      })),
    }),
    notApplicable: (r) => ({ ...r, sections: [], problems: [] }),
  },
});

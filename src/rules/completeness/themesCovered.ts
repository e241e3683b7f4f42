import { THEMES } from "../../codelists";
import { defineRule } from "../engine/ruleHead";
import { sectionsOf } from "../engine/walk";

/** FZ-COMP-005: the sections touch every task chapter (二–十) of the 纲要 2021–2025. */
export const themesCovered = defineRule({
  id: "FZ-COMP-005",
  category: "completeness",
  severity: "info",
  version: "1.0.0",
  basis: {
    "zh-CN": "《法治政府建设实施纲要（2021－2025年）》第二至十部分",
    en: "纲要 2021–2025, chapters 2–10",
  },
  check(report) {
    if (report.reportYear === undefined || report.reportYear < 2021 || report.sections.length === 0) {
      return [
        { status: "notApplicable", reason: "no report year, before the 2021–2025 纲要, or no sections" },
      ];
    }
    const covered = new Set(sectionsOf(report).flatMap(({ section }) => section.themes));
    for (const x of report.problems) for (const t of x.themes) covered.add(t);
    for (const x of report.plans) for (const t of x.themes) covered.add(t);
    const missing = THEMES.filter((t) => t.edition === "2021-2025" && !covered.has(t.code)).map(
      (t) => t.code,
    );
    if (missing.length === 0) return [{ status: "pass" }];
    return [{ status: "fail", path: "/sections", params: { missing, covered: 9 - missing.length } }];
  },
  fixtures: {
    pass: (r) => ({
      ...r,
      sections: r.sections.map((s, i) =>
        i === 0
          ? {
              ...s,
              themes: [
                "2021:2",
                "2021:3",
                "2021:4",
                "2021:5",
                "2021:6",
                "2021:7",
                "2021:8",
                "2021:9",
                "2021:10",
              ],
            }
          : s,
      ),
    }),
    fail: (r) => r,
    notApplicable: (r) => ({ ...r, reportYear: 2020, title: "某镇2020年法治政府建设工作报告" }),
  },
});

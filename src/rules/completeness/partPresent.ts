import type { Report, SectionRole } from "../../model";
import { defineRule, type OutcomeOf } from "../engine/ruleHead";
import type { FixturePatch } from "../engine/types";
import { roleTextLength } from "../engine/walk";

/** Text shorter than this many characters does not count as covering a required part. */
export const MIN_PART_CHARS = 10;

/** An outcome for one required part: present when a section with the role has enough text, or `extra` holds. */
export function partOutcome(
  report: Report,
  role: SectionRole,
  extra: boolean | (() => boolean) = false,
): OutcomeOf<"FZ-COMP-001" | "FZ-COMP-003" | "FZ-COMP-004"> {
  if (report.sections.length === 0) return { status: "notApplicable", reason: "the body has no sections" };
  const chars = roleTextLength(report, role);
  if (chars >= MIN_PART_CHARS || (typeof extra === "function" ? extra() : extra)) return { status: "pass" };
  return { status: "fail", path: "/sections", params: { role, chars } };
}

const BASIS = {
  "zh-CN": "《法治政府建设与责任落实督察工作规定》第二十五条规定的报告内容",
  en: "Required contents, 厅字〔2019〕28号 Art. 25",
};

const dropRole = (role: SectionRole) => (r: Parameters<FixturePatch>[0]) => ({
  ...r,
  sections: r.sections.map((s) => ({
    ...s,
    roles: s.roles
      .filter((x) => x !== role)
      .concat(s.roles.length === 1 && s.roles[0] === role ? ["other" as const] : []),
  })),
});
const noSections = (r: Parameters<FixturePatch>[0]) => ({ ...r, sections: [] });

/** FZ-COMP-001: the report states its measures and results (主要举措和成效). */
export const measuresPresent = defineRule({
  id: "FZ-COMP-001",
  category: "completeness",
  severity: "warning",
  version: "1.0.0",
  basis: BASIS,
  check: (report) => [partOutcome(report, "measures")],
  fixtures: { pass: (r) => r, fail: dropRole("measures"), notApplicable: noSections },
});

/** FZ-COMP-003: the report says how the top officials carried out their first-responsibility duty. */
export const leadershipPresent = defineRule({
  id: "FZ-COMP-003",
  category: "completeness",
  severity: "warning",
  version: "1.0.0",
  basis: BASIS,
  check: (report) => [
    partOutcome(
      report,
      "leadership",
      () => report.sections.length > 0 && /第一责任人/.test(JSON.stringify(report.sections)),
    ),
  ],
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...dropRole("leadership")(r),
      sections: dropRole("leadership")(r).sections.map((s) => ({
        ...s,
        paragraphs: s.paragraphs.map((p) => p.replace("第一责任人", "")),
      })),
    }),
    notApplicable: noSections,
  },
});

/** FZ-COMP-004: the report sets out next year's plans (下一年度主要安排). */
export const plansPresent = defineRule({
  id: "FZ-COMP-004",
  category: "completeness",
  severity: "warning",
  version: "1.0.0",
  basis: BASIS,
  check: (report) => [partOutcome(report, "plans", report.plans.length > 0)],
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...dropRole("plans")(r), plans: [] }),
    notApplicable: (r) => ({ ...noSections(r), plans: [] }),
  },
});

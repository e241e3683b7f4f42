import { defineRule, type OutcomeOf } from "../engine/ruleHead";
import { sectionsOf } from "../engine/walk";

/** FZ-STRUCT-002: a heading whose ordinal was lost (、严格…), or that lacks one where its siblings have one. */
export const lostOrdinals = defineRule({
  id: "FZ-STRUCT-002",
  category: "structure",
  severity: "warning",
  version: "1.0.0",
  check(report) {
    const headings = sectionsOf(report).filter(({ section }) => section.title !== undefined);
    if (headings.length === 0) return [{ status: "notApplicable", reason: "no headings" }];
    return headings.map(({ section, path, siblings }): OutcomeOf<"FZ-STRUCT-002"> => {
      const siblingsNumbered = siblings.some((s) => s.number !== undefined);
      const style = section.ordinalStyle ?? (section.ordinal ? "chineseComma" : "none");
      const lost =
        style === "lost" || (style === "none" && siblingsNumbered && !section.roles.includes("preamble"));
      return lost
        ? { status: "fail", path, params: { title: section.title ?? "", ordinal: section.ordinal ?? "" } }
        : { status: "pass" };
    });
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      sections: r.sections.map((s) =>
        s.id === "s2" ? { ...s, ordinal: "、", ordinalStyle: "lost" as const } : s,
      ),
    }),
    notApplicable: (r) => ({ ...r, sections: r.sections.map(({ title: _t, ...s }) => s) }),
  },
});

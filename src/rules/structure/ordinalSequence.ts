import type { Section } from "../../model";
import { defineRule, type OutcomeOf } from "../engine/ruleHead";
import { sectionsOf } from "../engine/walk";

/** FZ-STRUCT-001: numbered headings of one style run 1, 2, 3 … among their siblings, without gaps or repeats. */
export const ordinalSequence = defineRule({
  id: "FZ-STRUCT-001",
  category: "structure",
  severity: "warning",
  version: "1.0.0",
  check(report) {
    const lists: Array<[readonly Section[], string]> = [[report.sections, "/sections"]];
    for (const { section, path } of sectionsOf(report)) lists.push([section.children, `${path}/children`]);
    const out: OutcomeOf<"FZ-STRUCT-001">[] = [];
    for (const [list, base] of lists) {
      const styles = new Set(list.filter((s) => s.number !== undefined).map((s) => s.ordinalStyle ?? "none"));
      for (const style of styles) {
        let expected = 1;
        let ok = true;
        list.forEach((s, i) => {
          if (s.number === undefined || (s.ordinalStyle ?? "none") !== style) return;
          if (s.number !== expected) {
            ok = false;
            out.push({
              status: "fail",
              path: `${base}/${i}/number`,
              params: { stated: s.number, computed: expected, ordinal: s.ordinal ?? "" },
            });
          }
          expected = s.number + 1;
        });
        if (ok) out.push({ status: "pass" });
      }
    }
    return out.length > 0 ? out : [{ status: "notApplicable", reason: "no numbered headings" }];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      sections: r.sections.map((s) => (s.id === "s3" ? { ...s, ordinal: "四、", number: 4 } : s)),
    }),
    notApplicable: (r) => ({
      ...r,
      sections: r.sections.map(({ number: _n, ...s }) => ({ ...s, ordinalStyle: "none" as const })),
    }),
  },
});

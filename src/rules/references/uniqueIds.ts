import { defineRule, type OutcomeOf } from "../engine/ruleHead";
import { sectionsOf } from "../engine/walk";

/** FZ-REF-002: ids are unique within indicators, relations, sections, problems and plans. */
export const uniqueIds = defineRule({
  id: "FZ-REF-002",
  category: "references",
  severity: "error",
  version: "1.0.0",
  check(report) {
    const groups: Array<[string, Array<[string, string]>]> = [
      ["indicators", report.indicators.map((x, i) => [x.id, `/indicators/${i}/id`])],
      ["relations", report.relations.map((x, i) => [x.id, `/relations/${i}/id`])],
      ["sections", sectionsOf(report).map(({ section, path }) => [section.id, `${path}/id`])],
      ["problems", report.problems.map((x, i) => [x.id, `/problems/${i}/id`])],
      ["plans", report.plans.map((x, i) => [x.id, `/plans/${i}/id`])],
    ];
    if (groups.every(([, entries]) => entries.length === 0)) {
      return [{ status: "notApplicable", reason: "nothing has an id" }];
    }
    const out: OutcomeOf<"FZ-REF-002">[] = [];
    for (const [collection, entries] of groups) {
      const first = new Map<string, string>();
      for (const [id, path] of entries) {
        const seen = first.get(id);
        if (seen) out.push({ status: "fail", path, params: { id, collection }, related: [seen] });
        else first.set(id, path);
      }
    }
    return out.length > 0 ? out : [{ status: "pass" }];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, plans: [...r.plans, { id: "n1", year: 2024, text: "重复", themes: [] }] }),
    notApplicable: (r) => ({ ...r, sections: [], indicators: [], relations: [], problems: [], plans: [] }),
  },
});

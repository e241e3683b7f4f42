import type { Relation } from "../../model";
import { defineRule, type OutcomeOf } from "../engine/ruleHead";
import { indicatorIndex } from "../engine/walk";

function refsOf(rel: Relation): Array<[id: string, key: string]> {
  switch (rel.type) {
    case "sum":
    case "subset":
      return [[rel.whole, "whole"], ...rel.parts.map((id, i) => [id, `parts/${i}`] as [string, string])];
    case "rate":
      return [
        [rel.rate, "rate"],
        ...rel.numerator.map((id, i) => [id, `numerator/${i}`] as [string, string]),
        ...rel.denominator.map((id, i) => [id, `denominator/${i}`] as [string, string]),
        ...(rel.denominatorExcludes ?? []).map(
          (id, i) => [id, `denominatorExcludes/${i}`] as [string, string],
        ),
      ];
    case "listCount":
      return [[rel.count, "count"]];
  }
}

/**
 * FZ-REF-001: every indicator a relation names exists, and a rate relation's rate is an indicator of kind rate (or
 * change: a percentage change over last year's figure).
 */
export const relationRefs = defineRule({
  id: "FZ-REF-001",
  category: "references",
  severity: "error",
  version: "1.0.0",
  check(report) {
    if (report.relations.length === 0) return [{ status: "notApplicable", reason: "no relations" }];
    const index = indicatorIndex(report);
    const out: OutcomeOf<"FZ-REF-001">[] = [];
    report.relations.forEach((rel, i) => {
      let ok = true;
      for (const [id, key] of refsOf(rel)) {
        const found = index.get(id);
        if (!found) {
          ok = false;
          out.push({ status: "fail", path: `/relations/${i}/${key}`, params: { id, problem: "missing" } });
        } else if (
          rel.type === "rate" &&
          key === "rate" &&
          found.indicator.kind !== "rate" &&
          found.indicator.kind !== "change"
        ) {
          ok = false;
          out.push({
            status: "fail",
            path: `/relations/${i}/${key}`,
            params: { id, problem: "notRate" },
            related: [found.path],
          });
        }
      }
      if (ok) out.push({ status: "pass" });
    });
    return out;
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      relations: [{ id: "r", type: "sum", whole: "mediated", parts: ["mediated-ok", "nowhere"] }],
    }),
    notApplicable: (r) => ({ ...r, relations: [] }),
  },
});

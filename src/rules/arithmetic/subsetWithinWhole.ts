import { checkSubset } from "../../rates";
import { extractedParams } from "../engine/extracted";
import { holdsExactly, wholeAndParts } from "../engine/quantity";
import type { Rule, RuleOutcome } from "../engine/types";
import { indicatorIndex } from "../engine/walk";

/** FZ-ARITH-002: a part (其中) is not larger than its whole; disjoint parts together are not either. */
export const subsetWithinWhole: Rule = {
  id: "FZ-ARITH-002",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  check(report) {
    const index = indicatorIndex(report);
    const out: RuleOutcome[] = [];
    report.relations.forEach((rel, i) => {
      if (rel.type !== "subset") return;
      const q = wholeAndParts(index, rel);
      if ("reason" in q) {
        out.push({ status: "notApplicable", reason: q.reason });
        return;
      }
      if (holdsExactly(q, rel.disjoint ? "disjointSubset" : "subset")) {
        out.push({ status: "pass" });
        return;
      }
      const result = checkSubset({
        whole: q.whole,
        parts: q.parts,
        ...(rel.disjoint ? { disjoint: true } : {}),
      });
      if (!result.success)
        out.push({ status: "notApplicable", reason: `relation ${rel.id} has a value that is not a number` });
      else if (result.value.status === "pass") out.push({ status: "pass" });
      else
        out.push({
          status: "fail",
          path: `/relations/${i}`,
          params: {
            stated: result.value.stated,
            computed: result.value.computed,
            delta: result.value.delta,
            ...extractedParams(report, rel),
          },
          related: q.paths,
        });
    });
    return out.length > 0 ? out : [{ status: "notApplicable", reason: "no subset relations" }];
  },
  fixtures: {
    pass: (r) => ({
      ...r,
      relations: [{ id: "s", type: "subset", whole: "mediated", parts: ["mediated-ok"] }],
    }),
    fail: (r) => ({
      ...r,
      relations: [{ id: "s", type: "subset", whole: "mediated-ok", parts: ["mediated"] }],
    }),
    notApplicable: (r) => r,
  },
};

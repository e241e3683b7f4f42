import { checkSubset } from "../../rates";
import { quantityOf } from "../engine/quantity";
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
      const whole = index.get(rel.whole);
      const parts = rel.parts.map((id) => index.get(id));
      if (!whole || parts.some((p) => !p)) {
        out.push({ status: "notApplicable", reason: `relation ${rel.id} names a missing indicator` });
        return;
      }
      const result = checkSubset({
        whole: quantityOf(whole.indicator),
        parts: parts.map((p) => quantityOf((p as NonNullable<typeof p>).indicator)),
        ...(rel.disjoint ? { disjoint: true } : {}),
      });
      if (!result)
        out.push({ status: "notApplicable", reason: `relation ${rel.id} has a value that is not a number` });
      else if (result.status === "pass") out.push({ status: "pass" });
      else
        out.push({
          status: "fail",
          path: `/relations/${i}`,
          params: { stated: result.stated, computed: result.computed, delta: result.delta },
          related: [whole.path, ...parts.map((p) => p?.path ?? "")],
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

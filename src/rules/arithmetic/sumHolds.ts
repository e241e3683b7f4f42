import { checkSum } from "../../rates";
import { extractedParams } from "../engine/extracted";
import { holdsExactly, wholeAndParts } from "../engine/quantity";
import type { Rule, RuleOutcome } from "../engine/types";
import { indicatorIndex } from "../engine/walk";

/** FZ-ARITH-001: a sum relation holds: the whole equals the sum of its parts. */
export const sumHolds: Rule = {
  id: "FZ-ARITH-001",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  check(report) {
    const index = indicatorIndex(report);
    const out: RuleOutcome[] = [];
    report.relations.forEach((rel, i) => {
      if (rel.type !== "sum") return;
      const q = wholeAndParts(index, rel);
      if ("reason" in q) {
        out.push({ status: "notApplicable", reason: q.reason });
        return;
      }
      if (holdsExactly(q, "sum")) {
        out.push({ status: "pass" });
        return;
      }
      const result = checkSum({ whole: q.whole, parts: q.parts });
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
            formula: result.value.explanation.formula,
            ...extractedParams(report, rel),
          },
          related: q.paths,
        });
    });
    return out.length > 0 ? out : [{ status: "notApplicable", reason: "no sum relations" }];
  },
  fixtures: {
    pass: (r) => ({
      ...r,
      relations: [{ id: "s", type: "sum", whole: "mediated", parts: ["mediated-ok", "mediated-ok"] }],
      indicators: r.indicators.map((x) => (x.id === "mediated-ok" ? { ...x, value: "5" } : x)),
    }),
    fail: (r) => ({
      ...r,
      relations: [{ id: "s", type: "sum", whole: "mediated", parts: ["mediated-ok", "mediated-ok"] }],
    }),
    notApplicable: (r) => r,
  },
};

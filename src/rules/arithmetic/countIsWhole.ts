import { applyMagnitude, isInteger } from "../../numbers";
import type { Rule, RuleOutcome } from "../engine/types";

/** FZ-ARITH-003: an exact count is a whole number once its magnitude is applied (15.2万件 is 152000). */
export const countIsWhole: Rule = {
  id: "FZ-ARITH-003",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  check(report) {
    const out: RuleOutcome[] = [];
    report.indicators.forEach((ind, i) => {
      if (ind.kind !== "count" || (ind.qualifier && ind.qualifier !== "exact")) return;
      const v = applyMagnitude(ind.value, ind.magnitude);
      if (v && isInteger(v)) out.push({ status: "pass" });
      else
        out.push({
          status: "fail",
          path: `/indicators/${i}/value`,
          params: { id: ind.id, stated: `${ind.value}${ind.magnitude ?? ""}${ind.unit ?? ""}` },
        });
    });
    return out.length > 0 ? out : [{ status: "notApplicable", reason: "no exact counts" }];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      indicators: r.indicators.map((x) => (x.id === "mediated" ? { ...x, value: "10.5" } : x)),
    }),
    notApplicable: (r) => ({
      ...r,
      indicators: r.indicators.filter((x) => x.kind !== "count"),
      relations: [],
    }),
  },
};

import { cmp, parseDecimal, rational } from "../../numbers";
import type { Rule, RuleOutcome } from "../engine/types";

/** FZ-RATE-003: a named rate (a part of a whole) is at most 100%. */
export const rateInRange: Rule = {
  id: "FZ-RATE-003",
  category: "rates",
  severity: "error",
  version: "1.0.0",
  check(report) {
    const out: RuleOutcome[] = [];
    report.indicators.forEach((ind, i) => {
      if (ind.kind !== "rate" || !ind.rateKind || ind.rateKind === "other") return;
      const v = parseDecimal(ind.value);
      if (!v) return;
      if (cmp(v, rational(100)) <= 0) out.push({ status: "pass" });
      else
        out.push({
          status: "fail",
          path: `/indicators/${i}/value`,
          params: { id: ind.id, stated: ind.value },
        });
    });
    return out.length > 0 ? out : [{ status: "notApplicable", reason: "no named rates" }];
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      indicators: r.indicators.map((x) => (x.id === "mediation-rate" ? { ...x, value: "180" } : x)),
    }),
    notApplicable: (r) => ({
      ...r,
      indicators: r.indicators.filter((x) => x.kind !== "rate"),
      relations: [],
    }),
  },
};

import { cmp, parseDecimal, rational } from "../../numbers";
import { indicatorRule } from "../engine/indicatorRule";

/** FZ-RATE-003: a named rate (a part of a whole) is at most 100%. */
export const rateInRange = indicatorRule({
  id: "FZ-RATE-003",
  category: "rates",
  severity: "error",
  version: "1.0.0",
  none: "no named rates",
  check(ind, { path }) {
    if (ind.kind !== "rate" || !ind.rateKind || ind.rateKind === "other") return undefined;
    const v = parseDecimal(ind.value);
    if (!v) return undefined;
    if (cmp(v, rational(100)) <= 0) return { status: "pass" };
    return { status: "fail", path: `${path}/value`, params: { id: ind.id, stated: ind.value } };
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
});

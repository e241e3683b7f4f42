import { cmp, parseDecimal, rational } from "../../numbers";
import { withoutKind, withValue } from "../engine/fixtureBase";
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
    fail: withValue("mediation-rate", "180"),
    notApplicable: withoutKind("rate"),
  },
});

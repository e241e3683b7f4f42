import { applyMagnitude, isInteger } from "../../numbers";
import { withoutKind, withValue } from "../engine/fixtureBase";
import { indicatorRule } from "../engine/indicatorRule";

/** FZ-ARITH-003: an exact count is a whole number once its magnitude is applied (15.2万件 is 152000). */
export const countIsWhole = indicatorRule({
  id: "FZ-ARITH-003",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  none: "no exact counts",
  check(ind, { path }) {
    if (ind.kind !== "count" || (ind.qualifier && ind.qualifier !== "exact")) return undefined;
    const v = applyMagnitude(ind.value, ind.magnitude);
    if (v && isInteger(v)) return { status: "pass" };
    const stated = `${ind.value}${ind.magnitude ?? ""}${ind.unit ?? ""}`;
    return { status: "fail", path: `${path}/value`, params: { id: ind.id, stated } };
  },
  fixtures: {
    pass: (r) => r,
    fail: withValue("mediated", "10.5"),
    notApplicable: withoutKind("count"),
  },
});

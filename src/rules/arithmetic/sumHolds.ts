import { extractedParams } from "../engine/extracted";
import { relationRule } from "../engine/relationRule";
import { checkPartition } from "./partition";

/** FZ-ARITH-001: a sum relation holds: the whole equals the sum of its parts. */
export const sumHolds = relationRule({
  id: "FZ-ARITH-001",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  relation: "sum",
  none: "no sum relations",
  check(rel, { report, path }) {
    const c = checkPartition(report, rel);
    if ("status" in c) return c;
    const { stated, computed, delta, explanation } = c.failed;
    return {
      status: "fail",
      path,
      params: { stated, computed, delta, formula: explanation.formula, ...extractedParams(report, rel) },
      related: c.related,
    };
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
});

import { relationRule } from "../engine/relationRule";
import { partitionOutcome } from "./partition";

/** FZ-ARITH-001: a sum relation holds: the whole equals the sum of its parts. */
export const sumHolds = relationRule({
  id: "FZ-ARITH-001",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  relation: "sum",
  none: "no sum relations",
  check: (rel, at) => partitionOutcome<"FZ-ARITH-001">(rel, at, (f) => ({ formula: f.explanation.formula })),
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

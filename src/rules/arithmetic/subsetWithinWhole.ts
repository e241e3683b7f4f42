import { relationRule } from "../engine/relationRule";
import { partitionOutcome } from "./partition";

/** FZ-ARITH-002: a part (其中) is not larger than its whole; disjoint parts together are not either. */
export const subsetWithinWhole = relationRule({
  id: "FZ-ARITH-002",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  relation: "subset",
  none: "no subset relations",
  check: (rel, at) => partitionOutcome<"FZ-ARITH-002">(rel, at, () => ({})),
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
});

import { extractedParams } from "../engine/extracted";
import { relationRule } from "../engine/relationRule";
import { checkPartition } from "./partition";

/** FZ-ARITH-002: a part (其中) is not larger than its whole; disjoint parts together are not either. */
export const subsetWithinWhole = relationRule({
  id: "FZ-ARITH-002",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  relation: "subset",
  none: "no subset relations",
  check(rel, { report, path }) {
    const c = checkPartition(report, rel);
    if ("status" in c) return c;
    const { stated, computed, delta } = c.failed;
    return {
      status: "fail",
      path,
      params: { stated, computed, delta, ...extractedParams(report, rel) },
      related: c.related,
    };
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
});

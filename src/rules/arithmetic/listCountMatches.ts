import type { Rule, RuleOutcome } from "../engine/types";
import { indicatorIndex } from "../engine/walk";

/** FZ-ARITH-004: a count followed by a list of names equals the number of names. */
export const listCountMatches: Rule = {
  id: "FZ-ARITH-004",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  check(report) {
    const index = indicatorIndex(report);
    const out: RuleOutcome[] = [];
    report.relations.forEach((rel, i) => {
      if (rel.type !== "listCount") return;
      const count = index.get(rel.count);
      if (!count || !/^\d+$/.test(count.indicator.value) || count.indicator.magnitude) {
        out.push({ status: "notApplicable", reason: `relation ${rel.id} has no whole-number count` });
      } else if (BigInt(count.indicator.value) === BigInt(rel.items.length)) {
        out.push({ status: "pass" });
      } else {
        out.push({
          status: "fail",
          path: `/relations/${i}/items`,
          params: { stated: count.indicator.value, computed: String(rel.items.length) },
          related: [count.path],
        });
      }
    });
    return out.length > 0 ? out : [{ status: "notApplicable", reason: "no counted lists" }];
  },
  fixtures: {
    pass: (r) => ({
      ...r,
      indicators: [
        ...r.indicators,
        { id: "villages", label: "示范村", value: "2", unit: "个", kind: "count" },
      ],
      relations: [{ id: "l", type: "listCount", count: "villages", items: ["红旗村", "红光村"] }],
    }),
    fail: (r) => ({
      ...r,
      indicators: [
        ...r.indicators,
        { id: "villages", label: "示范村", value: "3", unit: "个", kind: "count" },
      ],
      relations: [{ id: "l", type: "listCount", count: "villages", items: ["红旗村", "红光村"] }],
    }),
    notApplicable: (r) => r,
  },
};

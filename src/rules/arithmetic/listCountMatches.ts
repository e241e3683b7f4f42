import { relationRule } from "../engine/relationRule";
import type { FixturePatch } from "../engine/types";
import { indicatorIndex } from "../engine/walk";

/** The fixture report with a count of 示范村 stated as `count`, followed by a list of two names. */
const villages =
  (count: string): FixturePatch =>
  (r) => ({
    ...r,
    indicators: [
      ...r.indicators,
      { id: "villages", label: "示范村", value: count, unit: "个", kind: "count" as const },
    ],
    relations: [{ id: "l", type: "listCount" as const, count: "villages", items: ["红旗村", "红光村"] }],
  });

/** FZ-ARITH-004: a count followed by a list of names equals the number of names. */
export const listCountMatches = relationRule({
  id: "FZ-ARITH-004",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  relation: "listCount",
  none: "no counted lists",
  check(rel, { report, path }) {
    const count = indicatorIndex(report).get(rel.count);
    if (!count || !/^\d+$/.test(count.indicator.value) || count.indicator.magnitude)
      return { status: "notApplicable", reason: `relation ${rel.id} has no whole-number count` };
    if (BigInt(count.indicator.value) === BigInt(rel.items.length)) return { status: "pass" };
    return {
      status: "fail",
      path: `${path}/items`,
      params: { stated: count.indicator.value, computed: String(rel.items.length) },
      related: [count.path],
    };
  },
  fixtures: { pass: villages("2"), fail: villages("3"), notApplicable: (r) => r },
});

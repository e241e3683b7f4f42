import { beforeEach, describe, expect, test, vi } from "vitest";
import { type Indicator, type Relation, safeParseReport } from "../../src/model";
import { checkSubset, checkSum } from "../../src/rates";
import { fixtureBase, type Rule, type RuleContext } from "../../src/rules";
import { subsetWithinWhole } from "../../src/rules/arithmetic/subsetWithinWhole";
import { sumHolds } from "../../src/rules/arithmetic/sumHolds";

// FZ-ARITH-001/002 decide a relation whose figures are all exact by comparing them (holdsExactly) and run the full
// interval check (checkSum / checkSubset, with the figures and explanation a finding shows) only for the others.
// Skipping the comparison changes no verdict, only the work done, so these tests count the full checks.
vi.mock("../../src/rates", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/rates")>();
  return { ...actual, checkSum: vi.fn(actual.checkSum), checkSubset: vi.fn(actual.checkSubset) };
});

const context: RuleContext = { referenceDate: "2025-01-01", roundingMode: "halfUp", denominators: {} };

type Ind = Partial<Indicator> & { id: string; value: string };

/** Runs the rule on the whole `w` and parts `p1`, `p2`; returns the statuses and how many full checks ran. */
function run(rule: Rule, indicators: Ind[], relation: Relation): [string[], number] {
  const parsed = safeParseReport({
    ...fixtureBase(),
    indicators: indicators.map((i) => ({ label: i.id, unit: "件", kind: "count", ...i })),
    relations: [relation],
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  const statuses = rule.check(parsed.value, context).map((o) => o.status);
  return [statuses, vi.mocked(checkSum).mock.calls.length + vi.mocked(checkSubset).mock.calls.length];
}

const w = (value: string, extra: Partial<Ind> = {}): Ind => ({ id: "w", value, ...extra });
const p1 = (value: string, extra: Partial<Ind> = {}): Ind => ({ id: "p1", value, ...extra });
const p2 = (value: string): Ind => ({ id: "p2", value });
const sum: Relation = { id: "s", type: "sum", whole: "w", parts: ["p1", "p2"] };
const subset: Relation = { id: "s", type: "subset", whole: "w", parts: ["p1", "p2"] };
const disjoint: Relation = { ...subset, disjoint: true } as Relation;

beforeEach(() => {
  vi.mocked(checkSum).mockClear();
  vi.mocked(checkSubset).mockClear();
});

describe("FZ-ARITH-001 and FZ-ARITH-002 without the full check", () => {
  test.each([
    ["10 = 8 + 2", sumHolds, [w("10"), p1("8"), p2("2")], sum],
    [
      "1.5万 = 8000 + 7000 (exact with a magnitude)",
      sumHolds,
      [w("1.5", { magnitude: "万" }), p1("8000"), p2("7000")],
      sum,
    ],
    [
      "exact stated as such: 共10 = 8 + 2",
      sumHolds,
      [w("10", { qualifier: "exact" }), p1("8"), p2("2")],
      sum,
    ],
    ["其中 8 and 2 of 10", subsetWithinWhole, [w("10"), p1("8"), p2("2")], subset],
    [
      "其中 10 and 10 of 10: a part equal to the whole",
      subsetWithinWhole,
      [w("10"), p1("10"), p2("10")],
      subset,
    ],
    [
      "disjoint 8 + 2 of 10: the parts add up to the whole",
      subsetWithinWhole,
      [w("10"), p1("8"), p2("2")],
      disjoint,
    ],
    ["disjoint 2 + 2 of 10", subsetWithinWhole, [w("10"), p1("2"), p2("2")], disjoint],
  ] as const)("%s passes without a full check", (_name, rule, indicators, relation) => {
    expect(run(rule, [...indicators], relation)).toEqual([["pass"], 0]);
  });

  test.each([
    // A failure shows the figures and the explanation, which only the full check writes.
    ["10 ≠ 8 + 3", sumHolds, [w("10"), p1("8"), p2("3")], sum, "fail"],
    ["其中 11 of 10", subsetWithinWhole, [w("10"), p1("11"), p2("2")], subset, "fail"],
    ["disjoint 8 + 3 of 10", subsetWithinWhole, [w("10"), p1("8"), p2("3")], disjoint, "fail"],
    // The comparison once read 2万 as 2 and passed these.
    ["2万 ≠ 1 + 1", sumHolds, [w("2", { magnitude: "万" }), p1("1"), p2("1")], sum, "fail"],
    ["其中 1万 of 3", subsetWithinWhole, [w("3"), p1("1", { magnitude: "万" }), p2("1")], subset, "fail"],
    // A qualified figure is an interval: only the full check reads it.
    ["约10 = 8 + 2.4", sumHolds, [w("10", { qualifier: "approx" }), p1("8"), p2("2.4")], sum, "pass"],
    ["10 = 8余 + 2", sumHolds, [w("10"), p1("8", { qualifier: "atLeast" }), p2("2")], sum, "pass"],
    [
      "其中 8余 of 10",
      subsetWithinWhole,
      [w("10"), p1("8", { qualifier: "atLeast" }), p2("2")],
      subset,
      "pass",
    ],
  ] as const)("%s gets the full check", (_name, rule, indicators, relation, status) => {
    expect(run(rule, [...indicators], relation)).toEqual([[status], 1]);
  });
});

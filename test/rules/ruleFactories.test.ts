import { describe, expect, test } from "vitest";
import { parseReport, type ReportInput } from "../../src/model";
import { fixtureBase, type RuleContext } from "../../src/rules";
import { indicatorRule } from "../../src/rules/engine/indicatorRule";
import { relationRule } from "../../src/rules/engine/relationRule";

// The two factories the arithmetic and rate rules are built on, observed directly: which places they hand to the
// rule's check (relations of one type; the indicators the check concerns), with which path and which `nth`, in
// which order, and the not-applicable outcome when there is none. Each check below records what it is given, so a
// test fails when a relation of another type slips through, a path or `nth` is wrong, or an outcome is dropped.

const context: RuleContext = { referenceDate: "2025-01-01", roundingMode: "halfUp", denominators: {} };
const head = {
  id: "FZ-TEST-001",
  category: "arithmetic",
  severity: "error",
  version: "1.0.0",
  fixtures: {
    pass: (r: ReportInput) => r,
    fail: (r: ReportInput) => r,
    notApplicable: (r: ReportInput) => r,
  },
} as const;

/** The fixture base with its indicators and relations replaced (ids and figures made up for the test). */
function report(relations: ReportInput["relations"]): ReturnType<typeof parseReport> {
  const base = fixtureBase();
  return parseReport({
    ...base,
    indicators: [
      { id: "a", label: "甲", value: "10", unit: "件", kind: "count", domain: "mediation" },
      { id: "b", label: "乙", value: "4", unit: "件", kind: "count", domain: "mediation" },
      { id: "c", label: "丙", value: "6", unit: "件", kind: "count", domain: "mediation" },
      { id: "r", label: "丁率", value: "40", unit: "%", kind: "rate", domain: "mediation" },
    ],
    relations,
  });
}

const mixed: ReportInput["relations"] = [
  { id: "rate-1", type: "rate", rate: "r", numerator: ["b"], denominator: ["a"] },
  { id: "sum-1", type: "sum", whole: "a", parts: ["b", "c"] },
  { id: "rate-2", type: "rate", rate: "r", numerator: ["c"], denominator: ["a"] },
  { id: "sum-2", type: "sum", whole: "a", parts: ["c", "b"] },
  { id: "rate-3", type: "rate", rate: "r", numerator: ["b"], denominator: ["a"] },
];

describe("relationRule", () => {
  const seen = (type: "sum" | "rate") =>
    relationRule({
      ...head,
      relation: type,
      none: `no ${type} relations`,
      check: (rel, at) => ({
        status: "fail",
        path: at.path,
        params: { id: rel.id, nth: at.nth, report: at.report.id, mode: at.context.roundingMode },
      }),
    });

  test("checks only the relations of its type, in order, each with its path and its place among them", () => {
    expect(seen("rate").check(report(mixed), context)).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: { id: "rate-1", nth: 0, report: "fixture", mode: "halfUp" },
      },
      {
        status: "fail",
        path: "/relations/2",
        params: { id: "rate-2", nth: 1, report: "fixture", mode: "halfUp" },
      },
      {
        status: "fail",
        path: "/relations/4",
        params: { id: "rate-3", nth: 2, report: "fixture", mode: "halfUp" },
      },
    ]);
    expect(seen("sum").check(report(mixed), context)).toEqual([
      {
        status: "fail",
        path: "/relations/1",
        params: { id: "sum-1", nth: 0, report: "fixture", mode: "halfUp" },
      },
      {
        status: "fail",
        path: "/relations/3",
        params: { id: "sum-2", nth: 1, report: "fixture", mode: "halfUp" },
      },
    ]);
  });

  test("keeps the check's outcome as it is, a pass or not-applicable included", () => {
    const rule = relationRule({
      ...head,
      relation: "sum",
      none: "no sum relations",
      check: (rel) =>
        rel.id === "sum-1" ? { status: "pass" } : { status: "notApplicable", reason: `skipped ${rel.id}` },
    });
    expect(rule.check(report(mixed), context)).toEqual([
      { status: "pass" },
      { status: "notApplicable", reason: "skipped sum-2" },
    ]);
  });

  test("is not applicable, with its reason, when the report has no relation of its type", () => {
    const rates = mixed.filter((r) => r.type === "rate");
    expect(seen("sum").check(report(rates), context)).toEqual([
      { status: "notApplicable", reason: "no sum relations" },
    ]);
    expect(seen("rate").check(report([]), context)).toEqual([
      { status: "notApplicable", reason: "no rate relations" },
    ]);
  });

  test("keeps the rule's head", () => {
    const rule = seen("sum");
    expect([rule.id, rule.category, rule.severity, rule.version]).toEqual([
      "FZ-TEST-001",
      "arithmetic",
      "error",
      "1.0.0",
    ]);
    expect(rule.fixtures).toBe(head.fixtures);
    expect(Object.keys(rule).sort()).toEqual(["category", "check", "fixtures", "id", "severity", "version"]);
  });
});

describe("indicatorRule", () => {
  // Concerns the counts only: the rate "r" (index 3) is skipped.
  const counts = indicatorRule({
    ...head,
    none: "no counts",
    check: (ind, at) =>
      ind.kind === "count"
        ? { status: "fail", path: `${at.path}/value`, params: { id: ind.id, report: at.report.id } }
        : undefined,
  });

  test("gives the outcome of each indicator it concerns, in order, with its path, and skips the others", () => {
    expect(counts.check(report([]), context)).toEqual([
      { status: "fail", path: "/indicators/0/value", params: { id: "a", report: "fixture" } },
      { status: "fail", path: "/indicators/1/value", params: { id: "b", report: "fixture" } },
      { status: "fail", path: "/indicators/2/value", params: { id: "c", report: "fixture" } },
    ]);
  });

  test("hands each indicator its own path, including those after one it skips", () => {
    const rule = indicatorRule({
      ...head,
      none: "no rates or b",
      check: (ind, at) =>
        ind.kind === "rate" || ind.id === "b"
          ? { status: "notApplicable", reason: `${ind.id} at ${at.path}, mode ${at.context.roundingMode}` }
          : undefined,
    });
    expect(rule.check(report([]), context)).toEqual([
      { status: "notApplicable", reason: "b at /indicators/1, mode halfUp" },
      { status: "notApplicable", reason: "r at /indicators/3, mode halfUp" },
    ]);
  });

  test("is not applicable, with its reason, when it concerns no indicator", () => {
    const none = indicatorRule({ ...head, none: "no indicators it concerns", check: () => undefined });
    expect(none.check(report([]), context)).toEqual([
      { status: "notApplicable", reason: "no indicators it concerns" },
    ]);
  });

  test("keeps the rule's head", () => {
    expect([counts.id, counts.category, counts.severity, counts.version]).toEqual([
      "FZ-TEST-001",
      "arithmetic",
      "error",
      "1.0.0",
    ]);
    expect(Object.keys(counts).sort()).toEqual([
      "category",
      "check",
      "fixtures",
      "id",
      "severity",
      "version",
    ]);
  });
});

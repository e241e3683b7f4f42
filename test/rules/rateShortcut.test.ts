import { describe, expect, test } from "vitest";
import { type Indicator, parseReport, type RateRelation, type Report } from "../../src/model";
import { deriveRates } from "../../src/rates";
import { fixtureBase, type RuleContext } from "../../src/rules";
import { holdsUnderStatedMode, rateVerdicts } from "../../src/rules/rates/derived";

// holdsUnderStatedMode decides alone every rate that passes under its stated mode; only the others are derived in
// full. Each case states by hand what deriveRates' check says under the stated mode, and the shortcut must say
// true exactly for "pass": a shortcut that gave up on a passing rate would go unnoticed in the findings (the full
// derivation gives the same verdict), so these cases observe it directly.

type Ind = Partial<Indicator> & { id: string; value: string };
type Expected = "pass" | "passOtherMode" | "fail" | "notApplicable";

const halfUp: RuleContext = { referenceDate: "2025-01-01", roundingMode: "halfUp", denominators: {} };

function reportOf(indicators: readonly Ind[], relations: readonly Partial<RateRelation>[]): Report {
  return parseReport({
    ...fixtureBase(),
    indicators: indicators.map((i) => ({ label: i.id, kind: i.id === "r" ? "rate" : "count", ...i })),
    relations: relations.map((rel, k) => ({
      id: `q${k}`,
      type: "rate",
      rate: "r",
      numerator: ["a"],
      denominator: ["b"],
      ...rel,
    })),
  } as Parameters<typeof parseReport>[0]);
}

/** What the shortcut says, and the status of deriveRates' check (or notApplicable), for the report's one relation. */
function verdicts(report: Report, context: RuleContext): [boolean, Expected] {
  const byId = new Map(report.indicators.map((ind) => [ind.id, ind] as const));
  const rel = report.relations[0] as RateRelation;
  const full = deriveRates(report, { mode: context.roundingMode, denominators: context.denominators })[0];
  return [holdsUnderStatedMode(byId, rel, context), full?.check?.status ?? "notApplicable"];
}

const a = (value: string, extra: Partial<Ind> = {}): Ind => ({ id: "a", value, ...extra });
const b = (value: string, extra: Partial<Ind> = {}): Ind => ({ id: "b", value, ...extra });
const c = (value: string, extra: Partial<Ind> = {}): Ind => ({ id: "c", value, ...extra });
const r = (value: string, extra: Partial<Ind> = {}): Ind => ({ id: "r", value, ...extra });
const truncate: RuleContext = { ...halfUp, roundingMode: "truncate" };
const keepRejected: RuleContext = {
  ...halfUp,
  denominators: { reconsiderationCorrection: { excludeRejected: false } },
};
const excludeRejected: RuleContext = {
  ...halfUp,
  denominators: { reconsiderationCorrection: { excludeRejected: true } },
};
const recon = { denominatorExcludes: ["c"], rateKind: "reconsiderationCorrection" as const };

const cases: [string, Ind[], Partial<RateRelation>, RuleContext, Expected][] = [
  ["8 ÷ 10 = 80%, stated 80", [a("8"), b("10"), r("80")], {}, halfUp, "pass"],
  ["8 ÷ 10 = 80%, stated 81: no mode gives 81", [a("8"), b("10"), r("81")], {}, halfUp, "fail"],
  // 81.5% exactly: half-up gives 82; only truncation gives 81.
  [
    "815 ÷ 1000 = 81.5%, stated 81 (half-up: [80.5, 81.5))",
    [a("815"), b("1000"), r("81")],
    {},
    halfUp,
    "passOtherMode",
  ],
  [
    "815 ÷ 1000 = 81.5%, stated 82 (half-up: [81.5, 82.5))",
    [a("815"), b("1000"), r("82")],
    {},
    halfUp,
    "pass",
  ],
  [
    "815 ÷ 1000, stated 81 with its own mode truncate",
    [a("815"), b("1000"), r("81", { rounding: "truncate" })],
    {},
    halfUp,
    "pass",
  ],
  [
    "815 ÷ 1000, stated 81, the report assumed truncated",
    [a("815"), b("1000"), r("81")],
    {},
    truncate,
    "pass",
  ],
  [
    "815 ÷ 1000, stated 81 half-up by its own mode, the report truncated",
    [a("815"), b("1000"), r("81", { rounding: "halfUp" })],
    {},
    truncate,
    "passOtherMode",
  ],
  ["99 ÷ 100, stated 98%以上", [a("99"), b("100"), r("98", { qualifier: "atLeast" })], {}, halfUp, "pass"],
  ["99 ÷ 100, stated 98", [a("99"), b("100"), r("98")], {}, halfUp, "fail"],
  // 8余 is [7.5, +∞): the rate is at least 75%.
  ["8余 ÷ 10, stated 85", [a("8", { qualifier: "atLeast" }), b("10"), r("85")], {}, halfUp, "pass"],
  ["8余 ÷ 10, stated 70", [a("8", { qualifier: "atLeast" }), b("10"), r("70")], {}, halfUp, "fail"],
  // 约10 is [9, 11) (±5%): 8 ÷ 约10 is in (72.72…, 88.88…].
  ["8 ÷ 约10, stated 85", [a("8"), b("10", { qualifier: "approx" }), r("85")], {}, halfUp, "pass"],
  ["8 ÷ 约10, stated 90", [a("8"), b("10", { qualifier: "approx" }), r("90")], {}, halfUp, "fail"],
  // 1.2万余 is [11500, +∞), so 1.2万余 ÷ 1.5万 is at least 76.66…%.
  [
    "1.2万余 ÷ 1.5万, stated 77",
    [a("1.2", { magnitude: "万", qualifier: "atLeast" }), b("1.5", { magnitude: "万" }), r("77")],
    {},
    halfUp,
    "pass",
  ],
  [
    "1.2万余 ÷ 1.5万, stated 76 (truncated only)",
    [a("1.2", { magnitude: "万", qualifier: "atLeast" }), b("1.5", { magnitude: "万" }), r("76")],
    {},
    halfUp,
    "passOtherMode",
  ],
  [
    "1.2万余 ÷ 1.5万, stated 70",
    [a("1.2", { magnitude: "万", qualifier: "atLeast" }), b("1.5", { magnitude: "万" }), r("70")],
    {},
    halfUp,
    "fail",
  ],
  // 1.5万余 is [14500, +∞), so 12000 ÷ 1.5万余 is at most 82.75…%.
  [
    "12000 ÷ 1.5万余, stated 83",
    [a("12000"), b("1.5", { magnitude: "万", qualifier: "atLeast" }), r("83")],
    {},
    halfUp,
    "pass",
  ],
  [
    "12000 ÷ 1.5万余, stated 84",
    [a("12000"), b("1.5", { magnitude: "万", qualifier: "atLeast" }), r("84")],
    {},
    halfUp,
    "fail",
  ],
  // Several numerators: their exact total (8 + 2), not the first one's interval.
  [
    "(8余 + 2) ÷ 20, stated 60",
    [a("8", { qualifier: "atLeast" }), c("2"), b("20"), r("60")],
    { numerator: ["a", "c"] },
    halfUp,
    "fail",
  ],
  ["(8 + 2) ÷ 20, stated 50", [a("8"), c("2"), b("20"), r("50")], { numerator: ["a", "c"] }, halfUp, "pass"],
  // With exclusions every input is its exact total: 8 ÷ (12 − 2) = 80%.
  [
    "8 ÷ (12 − 2), stated 80",
    [a("8"), b("12"), c("2"), r("80")],
    { denominatorExcludes: ["c"] },
    halfUp,
    "pass",
  ],
  [
    "8余 ÷ (12 − 2), stated 85",
    [a("8", { qualifier: "atLeast" }), b("12"), c("2"), r("85")],
    { denominatorExcludes: ["c"] },
    halfUp,
    "fail",
  ],
  // 复议纠错率: the rejected cases leave the denominator unless the options keep them.
  ["纠错 2 ÷ (12 − 2 rejected), stated 20", [a("2"), b("12"), c("2"), r("20")], recon, halfUp, "pass"],
  [
    "纠错 2 ÷ (12 − 2 rejected), stated 20, rejection excluded",
    [a("2"), b("12"), c("2"), r("20")],
    recon,
    excludeRejected,
    "pass",
  ],
  ["纠错 2 ÷ 12 rejected kept, stated 20", [a("2"), b("12"), c("2"), r("20")], recon, keepRejected, "fail"],
  ["纠错 2 ÷ 12 rejected kept, stated 17", [a("2"), b("12"), c("2"), r("17")], recon, keepRejected, "pass"],
  [
    "another rate keeps its exclusions when rejected cases are kept",
    [a("2"), b("12"), c("2"), r("20")],
    { denominatorExcludes: ["c"] },
    keepRejected,
    "pass",
  ],
  [
    "a rejected-cases id that is missing does not matter when they are kept",
    [a("2"), b("12"), r("17")],
    recon,
    keepRejected,
    "pass",
  ],
  ["a missing numerator", [b("10"), r("80")], {}, halfUp, "notApplicable"],
  ["a missing denominator", [a("8"), r("80")], {}, halfUp, "notApplicable"],
  [
    "a missing exclusion",
    [a("8"), b("10"), r("80")],
    { denominatorExcludes: ["c"] },
    halfUp,
    "notApplicable",
  ],
  ["a missing rate", [a("8"), b("10")], {}, halfUp, "notApplicable"],
  ["0 ÷ 0", [a("0"), b("0"), r("0")], {}, halfUp, "notApplicable"],
  [
    "0 ÷ (10 − 10)",
    [a("0"), b("10"), c("10"), r("0")],
    { denominatorExcludes: ["c"] },
    halfUp,
    "notApplicable",
  ],
  ["0 ÷ 10, stated 0", [a("0"), b("10"), r("0")], {}, halfUp, "pass"],
];

describe("holdsUnderStatedMode (the rates FZ-RATE-001/002 pass without the full derivation)", () => {
  test.each(cases)("%s: %s", (_name, indicators, rel, context, expected) => {
    expect(verdicts(reportOf(indicators, [rel]), context)).toEqual([expected === "pass", expected]);
  });

  // A report that did not come through parseReport (values are not decimals): not certain, and no throw.
  test.each([
    ["the numerator", "a"],
    ["the second numerator", "c"],
    ["the denominator", "b"],
    ["the stated rate", "r"],
  ])("a value that is not a number in %s", (_name, id) => {
    const parsed = reportOf([a("8"), b("10"), c("2"), r("80")], [{ numerator: ["a", "c"] }]);
    const report = {
      ...parsed,
      indicators: parsed.indicators.map((x) => (x.id === id ? { ...x, value: "八" } : x)),
    } as Report;
    expect(verdicts(report, halfUp)).toEqual([false, "notApplicable"]);
  });
});

describe("rateVerdicts", () => {
  const report = reportOf(
    [
      a("815"),
      b("1000"),
      r("82"),
      { id: "r2", value: "81", kind: "rate" },
      { id: "r3", value: "70", kind: "rate" },
    ],
    [{ rate: "r2" }, {}, { rate: "r3" }],
  );
  // A sum relation first, so that a rate's path is its index among all relations, not among the rates.
  const withSum = {
    ...report,
    relations: [{ id: "s", type: "sum", whole: "b", parts: ["a"] }, ...report.relations],
  } as Report;

  test("passes a rate that holds, and gives every other its full derivation at its own path", () => {
    const out = rateVerdicts(withSum, halfUp).map((v) =>
      v === "pass" ? v : [v.path, v.relationId, v.check?.status],
    );
    expect(out).toEqual([["/relations/1", "q0", "passOtherMode"], "pass", ["/relations/3", "q2", "fail"]]);
  });

  test("is computed once per report and options", () => {
    const first = rateVerdicts(report, halfUp);
    expect(rateVerdicts(report, { ...halfUp })).toBe(first);
    // Other options are other verdicts: under truncation 81.5% is stated as 81, not 82.
    const truncated = rateVerdicts(report, truncate).map((v) => (v === "pass" ? v : v.check?.status));
    expect(truncated).toEqual(["pass", "passOtherMode", "fail"]);
    const kept = rateVerdicts(report, keepRejected);
    expect(kept).not.toBe(first);
    expect(kept).toEqual(first);
  });
});

import { describe, expect, test } from "vitest";
import { type Indicator, type Relation, type Report, safeParseReport } from "../../src/model";
import type { RoundingMode } from "../../src/numbers";
import { fixtureBase, type Rule, type RuleContext, type RuleOutcome, validateReport } from "../../src/rules";
import { rateVerdicts } from "../../src/rules/rates/derived";
import { rateInRange } from "../../src/rules/rates/rateInRange";
import { rateMatches } from "../../src/rules/rates/rateMatches";
import { rateOtherRounding } from "../../src/rules/rates/rateOtherRounding";

const halfUp: RuleContext = { referenceDate: "2025-01-01", roundingMode: "halfUp", denominators: {} };

type Ind = Partial<Indicator> & { id: string; value: string };
const count = (i: Ind): Indicator => ({ label: i.id, unit: "件", kind: "count", ...i }) as Indicator;
const pct = (i: Ind): Ind => ({ unit: "%", kind: "rate", ...i });

function run(rule: Rule, indicators: Ind[], relations: Relation[], context = halfUp): readonly RuleOutcome[] {
  const parsed = safeParseReport({ ...fixtureBase(), indicators: indicators.map(count), relations });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return rule.check(parsed.value, context);
}
const statusOf = (outcomes: readonly RuleOutcome[]) => outcomes.map((o) => o.status);
const rateOf = (extra: Partial<Extract<Relation, { type: "rate" }>> = {}): Relation => ({
  id: "r",
  type: "rate",
  rate: "rate",
  numerator: ["n"],
  denominator: ["d"],
  ...extra,
});
/** numerator, denominator and the stated rate, as indicators n, d and rate. */
const figures = (n: Omit<Ind, "id">, d: Omit<Ind, "id">, stated: Omit<Ind, "id">): Ind[] => [
  { id: "n", ...n },
  { id: "d", ...d },
  pct({ id: "rate", ...stated }),
];

describe("rateMatches (FZ-RATE-001)", () => {
  test.each([
    ["12000 ÷ 15000 = 80%, stated 75%", { value: "15000" }, "75", "fail"],
    ["12000 ÷ 15000余 ≤ 80.0027%, stated 75%", { value: "15000", qualifier: "atLeast" }, "75", "pass"],
    ["12000 ÷ 1.5万 = 80%, stated 75%", { value: "1.5", magnitude: "万" }, "75", "fail"],
    ["12000 ÷ 1.5万 = 80%, stated 80%", { value: "1.5", magnitude: "万" }, "80", "pass"],
    // bug: the magnitude dropped the qualifier, so 1.5万余 was read as exactly 15000
    [
      "12000 ÷ 1.5万余 ≤ 82.76%, stated 75%",
      { value: "1.5", magnitude: "万", qualifier: "atLeast" },
      "75",
      "pass",
    ],
    [
      "12000 ÷ 1.5万余 ≤ 82.76%, stated 83% ([82.5, 83.5))",
      { value: "1.5", magnitude: "万", qualifier: "atLeast" },
      "83",
      "pass",
    ],
    [
      "12000 ÷ 1.5万余 ≤ 82.76%, stated 84%",
      { value: "1.5", magnitude: "万", qualifier: "atLeast" },
      "84",
      "fail",
    ],
  ] as const)("%s: %s", (_name, denominator, stated, status) => {
    const outcomes = run(rateMatches, figures({ value: "12000" }, denominator, { value: stated }), [
      rateOf(),
    ]);
    expect(statusOf(outcomes)).toEqual([status]);
  });

  test.each([
    ["815/1000 = 81.5% stated 82", "815", "82", "pass", "pass", []],
    [
      "815/1000 = 81.5% stated 81 (81.5 rounds half-up to 82; only truncation gives 81)",
      "815",
      "81",
      "pass",
      "fail",
      ["truncate"],
    ],
    ["805/1000 = 80.5% stated 81", "805", "81", "pass", "pass", []],
    [
      "805/1000 = 80.5% stated 80 (half-even keeps the even 80; truncation too)",
      "805",
      "80",
      "pass",
      "fail",
      ["halfEven", "truncate"],
    ],
    ["826/1000 = 82.6% stated 81 (no mode gives 81)", "826", "81", "fail", "notApplicable", undefined],
  ] as const)("%s", (_name, n, stated, first, second, modes) => {
    const inds = figures({ value: n }, { value: "1000" }, { value: stated });
    expect(statusOf(run(rateMatches, inds, [rateOf()]))).toEqual([first]);
    const other = run(rateOtherRounding, inds, [rateOf()]);
    expect(statusOf(other)).toEqual([second]);
    if (modes && modes.length > 0) expect(other[0]).toMatchObject({ params: { modes } });
  });

  test("a failure names stated, computed, interval, rounding, delta, formula and the paths of the inputs", () => {
    const outcomes = run(rateMatches, figures({ value: "826" }, { value: "1000" }, { value: "81" }), [
      rateOf(),
    ]);
    expect(outcomes).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: {
          stated: "81",
          computed: "82.60",
          interval: "[80.5, 81.5)",
          rounding: "halfUp",
          delta: "1.60",
          formula: "826 ÷ 1000 × 100",
        },
        related: ["/indicators/0", "/indicators/1"],
      },
    ]);
  });

  test("the report's rounding of a figure overrides the assumed mode", () => {
    const truncated = figures({ value: "683" }, { value: "904" }, { value: "75.5", rounding: "truncate" });
    expect(statusOf(run(rateMatches, truncated, [rateOf()]))).toEqual(["pass"]);
    expect(statusOf(run(rateOtherRounding, truncated, [rateOf()]))).toEqual(["pass"]);
  });

  test.each([
    ["no rate relations", [], "no rate relations"],
    ["a missing indicator", [rateOf({ denominator: ["zz"] })], "unknown indicator: zz"],
  ] as const)("is not applicable with %s", (_name, relations, reason) => {
    const outcomes = run(rateMatches, figures({ value: "1" }, { value: "2" }, { value: "50" }), [
      ...relations,
    ]);
    expect(outcomes).toEqual([{ status: "notApplicable", reason }]);
    expect(
      run(rateOtherRounding, figures({ value: "1" }, { value: "2" }, { value: "50" }), [...relations]),
    ).toEqual([{ status: "notApplicable", reason }]);
  });

  test("is not applicable for a zero denominator", () => {
    const outcomes = run(rateMatches, figures({ value: "0" }, { value: "0" }, { value: "0" }), [rateOf()]);
    expect(outcomes).toEqual([{ status: "notApplicable", reason: "zeroDenominator" }]);
  });
});

describe("the rates rules on one report under several options", () => {
  test("derive the rates again for another rounding mode or denominator choice", () => {
    const parsed = safeParseReport({
      ...fixtureBase(),
      indicators: figures({ value: "683" }, { value: "904" }, { value: "75.5" }).map(count),
      relations: [rateOf()],
    });
    if (!parsed.success) throw new Error("fixture");
    expect(statusOf(rateOtherRounding.check(parsed.value, halfUp))).toEqual(["fail"]);
    expect(statusOf(rateOtherRounding.check(parsed.value, { ...halfUp, roundingMode: "truncate" }))).toEqual([
      "pass",
    ]);
    expect(statusOf(rateOtherRounding.check(parsed.value, halfUp))).toEqual(["fail"]);
  });

  test("derive the rates once per report and options, however many rules ask", () => {
    const parsed = safeParseReport(fixtureBase());
    if (!parsed.success) throw new Error("fixture");
    const first = rateVerdicts(parsed.value, halfUp);
    expect(rateVerdicts(parsed.value, { ...halfUp })).toBe(first);
    const truncate = rateVerdicts(parsed.value, { ...halfUp, roundingMode: "truncate" });
    expect(truncate).not.toBe(first);
    expect(rateVerdicts(parsed.value, { ...halfUp, roundingMode: "truncate" })).toBe(truncate);
    expect(rateVerdicts(parsed.value, halfUp)).toBe(first);
    const kept = { ...halfUp, denominators: { reconsiderationCorrection: { excludeRejected: false } } };
    expect(rateVerdicts(parsed.value, kept)).not.toBe(first);
    const other = safeParseReport(fixtureBase());
    if (!other.success) throw new Error("fixture");
    expect(rateVerdicts(other.value, halfUp)).not.toBe(first);
  });

  test("derive again when the denominator choice differs", () => {
    const inds: Ind[] = [
      { id: "n", value: "7" },
      { id: "d", value: "22" },
      { id: "x", value: "4" },
      pct({ id: "rate", value: "39", rateKind: "reconsiderationCorrection" }),
    ];
    const parsed = safeParseReport({
      ...fixtureBase(),
      indicators: inds.map(count),
      relations: [rateOf({ denominatorExcludes: ["x"], rateKind: "reconsiderationCorrection" })],
    });
    if (!parsed.success) throw new Error("fixture");
    const kept = { ...halfUp, denominators: { reconsiderationCorrection: { excludeRejected: false } } };
    expect(statusOf(rateMatches.check(parsed.value, halfUp))).toEqual(["pass"]);
    expect(statusOf(rateMatches.check(parsed.value, kept))).toEqual(["fail"]);
  });

  test("are not applicable, not throwing, when a stated rate is not a number (an unparsed report)", () => {
    const parsed = safeParseReport({
      ...fixtureBase(),
      indicators: figures({ value: "8" }, { value: "10" }, { value: "80" }).map(count),
      relations: [rateOf()],
    });
    if (!parsed.success) throw new Error("fixture");
    const report: Report = {
      ...parsed.value,
      indicators: parsed.value.indicators.map((i) => (i.id === "rate" ? { ...i, value: "abc" } : i)),
    };
    const reason = { status: "notApplicable", reason: "rate could not be computed" };
    expect(rateMatches.check(report, halfUp)).toEqual([reason]);
    expect(rateOtherRounding.check(report, halfUp)).toEqual([reason]);
    expect(rateInRange.check(report, halfUp)).toEqual([
      { status: "notApplicable", reason: "no named rates" },
    ]);
  });
});

describe("rateOtherRounding (FZ-RATE-002)", () => {
  test("flags a rate that holds only when truncated (惠安 683/904 = 75.553% stated 75.5%)", () => {
    const outcomes = run(rateOtherRounding, figures({ value: "683" }, { value: "904" }, { value: "75.5" }), [
      rateOf(),
    ]);
    expect(outcomes).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: {
          stated: "75.5",
          computed: "75.553",
          interval: "[75.45, 75.55)",
          rounding: "halfUp",
          modes: ["truncate"],
        },
        related: ["/indicators/0", "/indicators/1"],
      },
    ]);
    expect(
      statusOf(run(rateMatches, figures({ value: "683" }, { value: "904" }, { value: "75.5" }), [rateOf()])),
    ).toEqual(["pass"]);
  });

  test("passes a rate that holds under the assumed mode, and under truncation when that is assumed", () => {
    const inds = figures({ value: "683" }, { value: "904" }, { value: "75.5" });
    expect(
      statusOf(run(rateOtherRounding, inds, [rateOf()], { ...halfUp, roundingMode: "truncate" })),
    ).toEqual(["pass"]);
    expect(
      statusOf(run(rateOtherRounding, figures({ value: "8" }, { value: "10" }, { value: "80" }), [rateOf()])),
    ).toEqual(["pass"]);
  });

  test("leaves a rate that no mode fits to FZ-RATE-001", () => {
    const outcomes = run(rateOtherRounding, figures({ value: "8" }, { value: "10" }, { value: "85" }), [
      rateOf(),
    ]);
    expect(outcomes).toEqual([{ status: "notApplicable", reason: "no rounding mode fits (FZ-RATE-001)" }]);
  });
});

describe("rateInRange (FZ-RATE-003)", () => {
  test.each([
    ["a named rate of 100%", "mediationSuccess", "100", ["pass"]],
    ["a named rate of 100.0%", "mediationSuccess", "100.0", ["pass"]],
    ["a named rate of 0%", "mediationSuccess", "0", ["pass"]],
    ["a named rate of 100.01%", "mediationSuccess", "100.01", ["fail"]],
    ["a share of 150%", "share", "150", ["fail"]],
    ["another rate of 150% (增长150%)", "other", "150", ["notApplicable"]],
  ] as const)("%s: %j", (_name, rateKind, value, statuses) => {
    expect(statusOf(run(rateInRange, [pct({ id: "x", value, rateKind })], []))).toEqual(statuses);
  });

  test("a failure names the indicator and the stated value", () => {
    expect(run(rateInRange, [pct({ id: "x", value: "100.01", rateKind: "examPass" })], [])).toEqual([
      { status: "fail", path: "/indicators/0/value", params: { id: "x", stated: "100.01" } },
    ]);
  });

  test("is not applicable without a named rate", () => {
    expect(
      run(rateInRange, [pct({ id: "x", value: "150" }), { id: "c", value: "150", rateKind: "share" }], []),
    ).toEqual([{ status: "notApplicable", reason: "no named rates" }]);
  });
});

describe("validateReport and the rates rules at any precision", () => {
  const opts = { referenceDate: "2025-01-01" } as const;
  const withRate = (value: string) => {
    const r = fixtureBase();
    return { ...r, indicators: r.indicators.map((x) => (x.id === "mediation-rate" ? { ...x, value } : x)) };
  };
  const rateFindings = (value: string) =>
    validateReport(withRate(value), opts).findings.filter((f) => f.ruleId === "FZ-RATE-001");

  test.each([
    ["81.09", 1],
    [`85.${"0".repeat(29)}`, 1],
    [`80.${"0".repeat(29)}1`, 1],
    [`80.${"0".repeat(35)}`, 0],
    [`80.${"0".repeat(28)}`, 0],
  ] as const)("FZ-RATE-001 on 8 of 10 stated %s: %i finding(s)", (value, n) => {
    expect(rateFindings(value)).toHaveLength(n);
  });

  test("names the figure with all its decimals", () => {
    expect(rateFindings(`85.${"0".repeat(29)}`)[0]?.params).toMatchObject({
      stated: `85.${"0".repeat(29)}`,
      computed: `80.${"0".repeat(31)}`,
    });
  });

  test("takes null options as absent", () => {
    expect(validateReport(fixtureBase(), null).valid).toBe(validateReport(fixtureBase()).valid);
    expect(validateReport(withRate("85"), null).findings.some((f) => f.ruleId === "FZ-RATE-001")).toBe(true);
  });

  test("refuses an unknown rounding mode with a FazhiError that names it", () => {
    expect(() => validateReport(fixtureBase(), { roundingMode: "HALF_UP" as RoundingMode })).toThrow(
      /^\/options\/roundingMode: unknown rounding mode "HALF_UP"/,
    );
  });
});

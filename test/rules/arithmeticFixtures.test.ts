import { describe, expect, test } from "vitest";
import { parseReport, type ReportInput } from "../../src/model";
import { fixtureBase, type Rule, type RuleContext } from "../../src/rules";
import { countIsWhole } from "../../src/rules/arithmetic/countIsWhole";
import { listCountMatches } from "../../src/rules/arithmetic/listCountMatches";
import { subsetWithinWhole } from "../../src/rules/arithmetic/subsetWithinWhole";
import { sumHolds } from "../../src/rules/arithmetic/sumHolds";
import { rateInRange } from "../../src/rules/rates/rateInRange";
import { rateMatches } from "../../src/rules/rates/rateMatches";
import { rateOtherRounding } from "../../src/rules/rates/rateOtherRounding";

// Each rule's fixtures are its worked examples (the catalogue test only asks that they pass, fail and are not
// applicable). Here each one is pinned: what it changes in the fixture base (调解纠纷10件, 调解成功8件, 成功率80%) and
// every outcome the rule gives on it, figures and paths included, made by hand.

const context: RuleContext = { referenceDate: "2025-01-01", roundingMode: "halfUp", denominators: {} };
type Fixture = keyof Rule["fixtures"];

const patched = (rule: Rule, fixture: Fixture): ReportInput => rule.fixtures[fixture](fixtureBase());
const outcomes = (rule: Rule, fixture: Fixture) => rule.check(parseReport(patched(rule, fixture)), context);
/** The ids and values of the fixture's indicators. */
const values = (rule: Rule, fixture: Fixture) =>
  patched(rule, fixture).indicators.map((x) => `${x.id} ${x.value}`);
const base = ["mediated 10", "mediated-ok 8", "mediation-rate 80"];

describe("the fixtures of the arithmetic and rate rules", () => {
  test("FZ-ARITH-001: 10 = 5 + 5 passes, 10 = 8 + 8 fails, no sum is not applicable", () => {
    expect(values(sumHolds, "pass")).toEqual(["mediated 10", "mediated-ok 5", "mediation-rate 80"]);
    expect(outcomes(sumHolds, "pass")).toEqual([{ status: "pass" }]);
    expect(values(sumHolds, "fail")).toEqual(base);
    expect(outcomes(sumHolds, "fail")).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: { stated: "10", computed: "16", delta: "6", formula: "8 + 8" },
        related: ["/indicators/0", "/indicators/1", "/indicators/1"],
      },
    ]);
    expect(outcomes(sumHolds, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no sum relations" },
    ]);
  });

  test("FZ-ARITH-002: 其中 8 of 10 passes, 其中 10 of 8 fails, no subset is not applicable", () => {
    expect(outcomes(subsetWithinWhole, "pass")).toEqual([{ status: "pass" }]);
    expect(outcomes(subsetWithinWhole, "fail")).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: { stated: "8", computed: "10", delta: "2" },
        related: ["/indicators/1", "/indicators/0"],
      },
    ]);
    expect(outcomes(subsetWithinWhole, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no subset relations" },
    ]);
  });

  test("FZ-ARITH-003: 调解纠纷10.5件 is the one count that fails; a report of rates only is not applicable", () => {
    expect(outcomes(countIsWhole, "pass")).toEqual([{ status: "pass" }, { status: "pass" }]);
    expect(values(countIsWhole, "fail")).toEqual(["mediated 10.5", "mediated-ok 8", "mediation-rate 80"]);
    expect(outcomes(countIsWhole, "fail")).toEqual([
      { status: "fail", path: "/indicators/0/value", params: { id: "mediated", stated: "10.5件" } },
      { status: "pass" },
    ]);
    expect(values(countIsWhole, "notApplicable")).toEqual(["mediation-rate 80"]);
    expect(outcomes(countIsWhole, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no exact counts" },
    ]);
  });

  test("FZ-ARITH-004: 示范村2个 with two names passes, 3个 fails", () => {
    expect(outcomes(listCountMatches, "pass")).toEqual([{ status: "pass" }]);
    expect(outcomes(listCountMatches, "fail")).toEqual([
      {
        status: "fail",
        path: "/relations/0/items",
        params: { stated: "3", computed: "2" },
        related: ["/indicators/3"],
      },
    ]);
    expect(outcomes(listCountMatches, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no counted lists" },
    ]);
  });

  test("FZ-RATE-001: 8 ÷ 10 stated as 85% fails", () => {
    expect(outcomes(rateMatches, "pass")).toEqual([{ status: "pass" }]);
    expect(values(rateMatches, "fail")).toEqual(["mediated 10", "mediated-ok 8", "mediation-rate 85"]);
    expect(outcomes(rateMatches, "fail")).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: {
          stated: "85",
          computed: "80.00",
          interval: "[84.5, 85.5)",
          rounding: "halfUp",
          delta: "-5.00",
          formula: "8 ÷ 10 × 100",
        },
        related: ["/indicators/1", "/indicators/0"],
      },
    ]);
    expect(outcomes(rateMatches, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no rate relations" },
    ]);
  });

  test("FZ-RATE-002: 683 ÷ 904 = 75.553…% stated as 75.5 holds only truncated", () => {
    expect(outcomes(rateOtherRounding, "pass")).toEqual([{ status: "pass" }]);
    expect(outcomes(rateOtherRounding, "fail")).toEqual([
      {
        status: "fail",
        path: "/relations/0",
        params: {
          stated: "75.5",
          computed: "75.553",
          rounding: "halfUp",
          modes: ["truncate"],
          interval: "[75.45, 75.55)",
        },
        related: ["/indicators/0", "/indicators/1"],
      },
    ]);
    expect(outcomes(rateOtherRounding, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no rate relations" },
    ]);
  });

  test("FZ-RATE-003: 成功率180% is the one rate that fails; a report of counts only is not applicable", () => {
    expect(outcomes(rateInRange, "pass")).toEqual([{ status: "pass" }]);
    expect(values(rateInRange, "fail")).toEqual(["mediated 10", "mediated-ok 8", "mediation-rate 180"]);
    expect(outcomes(rateInRange, "fail")).toEqual([
      { status: "fail", path: "/indicators/2/value", params: { id: "mediation-rate", stated: "180" } },
    ]);
    expect(values(rateInRange, "notApplicable")).toEqual(["mediated 10", "mediated-ok 8"]);
    expect(outcomes(rateInRange, "notApplicable")).toEqual([
      { status: "notApplicable", reason: "no named rates" },
    ]);
  });
});

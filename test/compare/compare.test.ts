import { describe, expect, test } from "vitest";
import { compareReports, PAIR_RULES } from "../../src/compare";
import { example } from "../tables/examples";
import { constructedCurrent, constructedPrevious } from "./constructed";

const pair = compareReports(constructedPrevious(), constructedCurrent(), { locale: "en" });
const concept = (code: string) => pair.concepts.find((c) => c.concept === code);
const claim = (id: string) => pair.claims.find((c) => c.indicatorId === id);

describe("compareReports on the constructed 临河 2022/2023 pair", () => {
  test.each([
    // concept, 2022, 2023, difference, % change (by hand: 952/10000, 1081/7800 = 13.858…, 8/60 = 13.333…, 28/120,
    // 25460/200000 = 12.73)
    ["mediationCases", "10000", "10952", "952", "9.52"],
    ["mediationSucceeded", "7800", "8881", "1081", "13.86"],
    ["reconsiderationReceived", "60", "68", "8", "13.33"],
    ["litigationCases", "120", "148", "28", "23.33"],
    ["onlineHandledItems", "200000", "225460", "25460", "12.73"],
  ])("gives %s %s → %s: +%s, +%s%%", (code, before, after, difference, percent) => {
    expect(concept(code)).toMatchObject({
      previous: { value: before },
      current: { value: after },
      change: { difference, percent, direction: "increase" },
      approximate: false,
    });
  });

  test.each([
    // rates change in percentage points, exactly: 81 − 78, 92.98 − 90.5, 39 − 32
    ["mediationSuccessRate", "3"],
    ["onlineHandledRate", "2.48"],
    ["reconsiderationCorrectionRate", "7"],
  ])("gives %s a change of %s percentage points", (code, points) => {
    expect(concept(code)?.change).toMatchObject({ percentagePoints: points, direction: "increase" });
    expect(concept(code)?.change?.percent).toBeUndefined();
  });

  test.each([
    // claim, kind, concept, computed, interval of the stated claim, verdict
    ["c-mediation-yoy", "yoy", "mediationCases", "9.520", "[9.45, 9.55)", "pass"], // 952/10000 = 9.52% in [9.45, 9.55)
    ["c-litigation-yoy", "yoy", "litigationCases", "23.33", "[19.5, 20.5)", "fail"], // 28/120 = 23.33%, stated 20%
    ["c-mediation-pp", "percentagePoints", "mediationSuccessRate", "3", "[2.5, 3.5)", "pass"],
    ["c-online-pp", "percentagePoints", "onlineHandledRate", "2.48", "[3.45, 3.55)", "fail"],
    ["c-recon-diff", "difference", "reconsiderationReceived", "8", "[7.5, 8.5)", "pass"], // 68 − 60
  ])("checks claim %s (%s of %s): %s against %s, %s", (id, kind, code, computed, interval, verdict) => {
    expect(claim(id)).toMatchObject({ kind, concept: code, computed, interval, verdict });
  });

  test("checks a last-year figure the report states against last year's report", () => {
    expect(claim("c-recon-last-year")).toMatchObject({
      kind: "lastYearFigure",
      concept: "reconsiderationReceived",
      stated: "62",
      previous: { value: "60" },
      verdict: "fail",
    });
  });

  test("lists last year's plans with and without visible follow-up", () => {
    expect(pair.plans.map((p) => [p.planId, p.followedUp, p.sectionId])).toEqual([
      ["n1", true, "s2.2"],
      ["n2", false, "s2.3"],
      ["n3", true, "s4.1"],
    ]);
    expect(pair.plans[0]?.matched).toContain("一网");
  });

  test("flags the correction rate whose denominator changed (不予受理 left out only this year)", () => {
    expect(pair.definitionChanges).toEqual([
      {
        concept: "reconsiderationCorrectionRate",
        what: "excludes",
        previous: "—",
        current: "不予受理",
        pointer: "/indicators/38",
      },
    ]);
  });

  test("gives each problem as a finding of a pair rule, with a message", () => {
    expect(pair.findings.map((f) => [f.ruleId, f.report, f.path])).toEqual([
      ["FZ-PAIR-002", "current", "/indicators/21"],
      ["FZ-PAIR-003", "current", "/indicators/29"],
      ["FZ-PAIR-002", "current", "/indicators/55"],
      ["FZ-PAIR-004", "previous", "/plans/1"],
      ["FZ-PAIR-005", "current", "/indicators/38"],
    ]);
    expect(pair.findings[2]?.message).toBe(
      `"同比增长20%": from last year's 120件 and this year's 148件 it is 23.33; the stated 20 is not in [19.5, 20.5)`,
    );
    const zh = compareReports(constructedPrevious(), constructedCurrent()).findings[3]?.message;
    expect(zh).toBe("上年工作安排“建设智慧停车执法平台”在本年举措中未见落实");
    expect(PAIR_RULES.map((r) => r.id)).toContain("FZ-PAIR-005");
  });

  test("says nothing about the pair itself when it is one jurisdiction in consecutive years", () => {
    expect(pair.findings.some((f) => f.ruleId === "FZ-PAIR-001")).toBe(false);
  });
});

describe("compareReports on two real examples of different governments", () => {
  const mixed = compareReports(example("2022-huian-county"), example("2023-linhe-district"), {
    locale: "en",
  });

  test("flags that the reports are not one jurisdiction in consecutive years", () => {
    expect(mixed.findings[0]).toMatchObject({ ruleId: "FZ-PAIR-001", severity: "error" });
  });

  test("still compares the shared concepts exactly (惠安 2022 → 临河 2023)", () => {
    const get = (code: string) => mixed.concepts.find((c) => c.concept === code)?.change;
    expect(get("mediationSuccessRate")).toMatchObject({ percentagePoints: "19", direction: "decrease" }); // 100 → 81
    expect(get("reconsiderationCorrectionRate")).toMatchObject({
      percentagePoints: "10.2",
      direction: "increase",
    }); // 28.8 → 39
    expect(get("mediationCases")).toMatchObject({ difference: "7640", percent: "230.68" }); // 3312 → 10952: 7640/3312
  });
});

import { describe, expect, test } from "vitest";
import { validateReport } from "../../src/rules";
import { flattenReport, flattenReports, TABLE_NAMES, TABLES } from "../../src/tables";
import { example, examples } from "./examples";

const tables = flattenReports(examples());
const row = <T extends { reportId: string }>(rows: T[], reportId: string, pick: (r: T) => boolean) =>
  rows.find((r) => r.reportId === reportId && pick(r));

describe("flattenReports", () => {
  // Counted by hand in the example files: indicators 2 + 11 + 80 + 24 + 60, relations 0 + 0 + 15 + 2 + 11,
  // problems 3 + 3 + 2 + 3 + 0, plans 5 + 5 + 4 + 3 + 3; rates are the rate relations (huian 5, linhe 3).
  test.each([
    ["reports", 5],
    ["indicators", 177],
    ["relations", 28],
    ["rates", 8],
    ["problems", 11],
    ["plans", 20],
  ] as const)("gives %s %i rows", (name, n) => {
    expect(tables[name]).toHaveLength(n);
  });

  test("keys every row by report id and JSON Pointer, once", () => {
    for (const name of TABLE_NAMES) {
      if (name === "findings") continue; // one pointer may have several findings
      const keys = tables[name].map((r) => `${r.reportId}#${r.pointer}`);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  test("gives every row exactly the columns of TABLES, in order", () => {
    for (const name of TABLE_NAMES)
      for (const r of tables[name]) expect(Object.keys(r)).toEqual(Object.keys(TABLES[name]));
  });

  test.each([
    // report, indicator, printed value, magnitude, number (value × 万 or 亿, by hand)
    ["2023-linhe-district", "one-go-items", "15.2", "万", 152_000],
    ["2023-linhe-district", "leaflets", "7", "万", 70_000],
    ["2022-huian-county", "subsidies-paid", "4.4", "亿", 440_000_000],
    ["2022-huian-county", "tax-relief", "6.34", "亿", 634_000_000],
    ["2022-huian-county", "rent-relief", "1010", "万", 10_100_000],
    ["2023-linhe-district", "online-rate", "92.98", null, 92.98],
  ])("reads %s %s as %s %s = %d", (reportId, id, value, magnitude, number) => {
    const r = row(tables.indicators, reportId, (x) => x.indicatorId === id);
    expect(r).toMatchObject({ value, magnitude, number });
  });

  test("keeps qualifier, unit, concept and the quote of an indicator", () => {
    expect(
      row(tables.indicators, "2023-gongchuan-town", (x) => x.indicatorId === "mediation-success-rate"),
    ).toMatchObject({
      pointer: "/indicators/22",
      jurisdiction: "永安市贡川镇",
      reportYear: 2023,
      value: "98",
      unit: "%",
      qualifier: "atLeast",
      concept: "mediationSuccessRate",
      year: 2023,
    });
    expect(
      row(tables.indicators, "2023-linhe-district", (x) => x.indicatorId === "online-rate"),
    ).toMatchObject({
      pointer: "/indicators/20",
      quote: "网上办件率92.98%",
      line: 20,
      sectionId: "s2.2",
    });
  });

  test.each([
    // stated, computed (by hand), verdict: 8881/10952 = 81.089…; (6+1)/(22−4) = 7/18 = 38.888…;
    // 225460/242474 = 92.9832…; 683/904 = 75.553… (holds truncated, not half-up); 19/66 = 28.787…
    ["2023-linhe-district", "r-mediation-rate", "mediationSuccessRate", "81", "81.09", "pass"],
    [
      "2023-linhe-district",
      "r-recon-correction-rate",
      "reconsiderationCorrectionRate",
      "39",
      "38.89",
      "pass",
    ],
    ["2023-linhe-district", "r-online-rate", "onlineHandledRate", "92.98", "92.9832", "pass"],
    ["2022-huian-county", "r-instant-share", null, "75.5", "75.553", "passOtherMode"],
    [
      "2022-huian-county",
      "r-recon-correction-rate",
      "reconsiderationCorrectionRate",
      "28.8",
      "28.788",
      "pass",
    ],
  ])(
    "recomputes %s %s (%s): stated %s, computed %s, %s",
    (reportId, id, concept, stated, computed, verdict) => {
      expect(row(tables.rates, reportId, (x) => x.relationId === id)).toMatchObject({
        concept,
        stated,
        computed,
        verdict,
      });
    },
  );

  test("says which rounding modes a stated rate holds under", () => {
    const r = row(tables.rates, "2022-huian-county", (x) => x.relationId === "r-instant-share");
    expect(r?.modesThatPass).toContain("truncate");
    expect(r?.interval).toBe("[75.45, 75.55)");
  });

  test("codes none of 惠安's two exam pass rates: neither is said to be of enforcement officers", () => {
    const exam = tables.rates.filter((r) => r.reportId === "2022-huian-county" && r.rateKind === "examPass");
    expect(exam.map((r) => r.concept)).toEqual([null, null]);
  });

  test("lists the findings of validateReport, with pointer and message", () => {
    const report = example("2023-gongchuan-town");
    const expected = validateReport(report).findings;
    const rows = flattenReport(report).findings;
    expect(rows.map((r) => r.ruleId)).toEqual(expected.map((f) => f.ruleId));
    expect(rows.find((r) => r.ruleId === "FZ-DATE-001")).toMatchObject({
      pointer: "/dates/document",
      severity: "warning",
    });
    expect(flattenReport(report).reports[0]?.warnings).toBe(
      expected.filter((f) => f.severity === "warning").length,
    );
  });

  test("skips the rules when findings: false", () => {
    const rows = flattenReport(example("2023-gongchuan-town"), { findings: false });
    expect(rows.findings).toEqual([]);
    expect(rows.reports[0]?.warnings).toBe(0);
  });

  test("gives sections their parent and plans their year", () => {
    expect(row(tables.sections, "2023-linhe-district", (x) => x.sectionId === "s1.1")).toMatchObject({
      pointer: "/sections/1/children/0",
      parentId: "s1",
      level: 2,
      title: "加强组织领导",
    });
    expect(row(tables.plans, "2023-linhe-district", (x) => x.planId === "n1")).toMatchObject({
      pointer: "/plans/0",
      year: 2024,
      text: "提升领导干部法治思维和依法行政能力",
    });
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CONCEPTS, type ConceptInput, conceptEntry, conceptOf } from "../../src/codelists";
import { parseReport } from "../../src/model";
import { assignConcepts, conceptsOf } from "../../src/tables/assignConcepts";

const rate = (label: string, domain: string, rateKind?: string): ConceptInput => ({
  label,
  unit: "%",
  kind: "rate",
  domain,
  ...(rateKind ? { rateKind } : {}),
});
const count = (label: string, unit: string, domain: string): ConceptInput => ({
  label,
  unit,
  kind: "count",
  domain,
});

describe("conceptOf", () => {
  test.each([
    [rate("调解成功率", "mediation", "mediationSuccess"), "mediationSuccessRate"],
    [rate("纠错率", "reconsideration", "reconsiderationCorrection"), "reconsiderationCorrectionRate"],
    [rate("应诉率", "litigation", "courtAppearance"), "courtAppearanceRate"],
    [rate("行政机关负责人出庭率", "litigation", "courtAppearance"), "courtAppearanceRate"],
    [rate("网上办件率", "governmentServices", "onlineHandling"), "onlineHandledRate"],
    [rate("全流程网办占比", "governmentServices", "onlineHandling"), "onlineAvailableRate"],
    [rate("“一网通办”事项覆盖率", "governmentServices", "coverage"), "oneNetworkCoverage"],
    [rate("规范性文件报备率", "normativeDocuments", "filing"), "normativeDocumentsFilingRate"],
    [count("受理行政复议案件", "件", "reconsideration"), "reconsiderationReceived"],
    [count("行政复议结案", "件", "reconsideration"), "reconsiderationConcluded"],
    [count("新收及旧存结案", "件", "reconsideration"), "reconsiderationConcluded"],
    [count("承办行政应诉案件", "件", "litigation"), "litigationCases"],
    [count("调解成功", "起", "mediation"), "mediationSucceeded"],
    [count("受理调处各类矛盾纠纷", "起", "mediation"), "mediationCases"],
    [count("县镇两级党政机关聘任法律顾问", "人", "legalAdvice"), "legalAdvisers"],
    [count("发放宣传资料", "份", "legalPublicity"), "legalPublicityMaterials"],
  ])("codes %o as %s", (figure, code) => {
    expect(conceptOf(figure)).toBe(code);
  });

  test.each([
    ["a quoted programme", rate("“公调对接”调解成功率", "mediation", "mediationSuccess")],
    [
      "a rate that is not the concept's (及时率)",
      rate("规范性文件报备及时率", "normativeDocuments", "other"),
    ],
    ["a share", rate("即办占比", "governmentServices", "share")],
    ["an exam not said to be of enforcement officers", rate("综合法律考试通过率", "training", "examPass")],
    ["a unit of another sort (项 is not 件)", count("行政处罚赋权事项清单", "项", "enforcement")],
    ["a part (依托平台)", count("依托行政执法一体化平台开展行政检查", "件", "enforcement")],
    ["a running total (累计)", count("区政府网站累计公开信息", "条", "transparency")],
    ["villages, not advisers", count("实现法律顾问全覆盖的村(社区)", "个", "legalAdvice")],
    ["another field", count("修改审核法律文书", "件", "legalAdvice")],
    ["new officers, not the stock", count("新增具有执法资格人员", "名", "enforcement")],
  ])("gives no code to %s", (_what, figure) => {
    expect(conceptOf(figure)).toBeUndefined();
  });

  test("reads the field from the section title when the indicator has none", () => {
    const figure = { label: "成功率", unit: "%", kind: "rate" };
    expect(conceptOf(figure)).toBeUndefined();
    expect(conceptOf(figure, { sectionTitle: "依法化解矛盾纠纷 人民调解" })).toBe("mediationSuccessRate");
  });

  test("every concept has a unique code, both labels, a definition, and a denominator when it is a rate", () => {
    expect(new Set(CONCEPTS.map((c) => c.code)).size).toBe(CONCEPTS.length);
    for (const c of CONCEPTS) {
      expect(c.zh && c.en && c.definitionZh && c.definitionEn).toBeTruthy();
      if (c.kind === "rate") expect("denominatorZh" in c && "denominatorEn" in c).toBe(true);
      else expect("units" in c && c.units.length > 0).toBe(true);
    }
    expect(conceptEntry("mediationSuccessRate")?.zh).toBe("调解成功率");
  });
});

describe("conceptsOf", () => {
  const example = (name: string) => parseReport(JSON.parse(readFileSync(`examples/${name}.json`, "utf8")));

  test("gives a code given to two figures of one report to neither", () => {
    const report = example("2022-anding-town");
    const twice = {
      ...report,
      indicators: [
        ...report.indicators.map(({ concept: _c, ...i }) => i),
        {
          id: "again",
          label: "调解成功率",
          value: "90",
          unit: "%",
          kind: "rate" as const,
          domain: "mediation" as const,
        },
      ],
    };
    const codes = conceptsOf(twice);
    expect(codes.get("mediation-success-rate")).toBeUndefined();
    expect(codes.get("again")).toBeUndefined();
    expect(codes.get("filing-rate")).toBe("normativeDocumentsFilingRate");
  });

  test("the examples carry exactly the codes conceptOf gives them (npx tsx scripts/assign-concepts.ts)", () => {
    for (const name of readdirSync("examples").filter((f) => f.endsWith(".json"))) {
      const report = example(name.replace(/\.json$/, ""));
      const stripped = { ...report, indicators: report.indicators.map(({ concept: _c, ...i }) => i) };
      expect(assignConcepts(stripped).indicators.map((i) => i.concept)).toEqual(
        report.indicators.map((i) => i.concept),
      );
    }
  });

  test("codes 调解成功率 of 惠安 once: the quoted “公调对接” rate keeps none", () => {
    const codes = conceptsOf(example("2022-huian-county"));
    expect(codes.get("mediation-success-rate")).toBe("mediationSuccessRate");
    expect(codes.get("police-mediation-rate")).toBeUndefined();
  });
});

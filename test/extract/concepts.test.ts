import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractReport } from "../../src/extract";
import { parseReport } from "../../src/model";

const text = readFileSync("examples/text/2023-linhe-district.txt", "utf8");
const hand = parseReport(JSON.parse(readFileSync("examples/2023-linhe-district.json", "utf8")));
const draft = extractReport(text).report;

describe("extractReport assigns shared concept codes", () => {
  test("codes the figures of 临河 2023 whose words name a concept", () => {
    expect(draft.indicators.filter((i) => i.concept).map((i) => [i.evidence?.[0]?.quote, i.concept])).toEqual(
      [
        ["网上办件率92.98%", "onlineHandledRate"],
        ["2023年以来办理行政复议案件68件", "reconsiderationReceived"],
        ["新收及旧存结案22件", "reconsiderationConcluded"],
        ["纠错率达39%", "reconsiderationCorrectionRate"],
        ["全区共调解案件10952件", "mediationCases"],
        ["调解成功8881件", "mediationSucceeded"],
        ["成功率81%", "mediationSuccessRate"],
        ["在活动中发放宣传资料7万余份", "legalPublicityMaterials"],
        ["组织全区大型主题法治宣传活动6次", "legalPublicityEvents"],
      ],
    );
  });

  test("gives each coded figure the code the hand-encoded example gives the figure it overlaps", () => {
    for (const ind of draft.indicators.filter((i) => i.concept)) {
      const at = ind.evidence?.[0];
      const same = hand.indicators.find((h) =>
        h.evidence?.some((e) => (e.start ?? -1) < (at?.end ?? 0) && (at?.start ?? 0) < (e.end ?? -1)),
      );
      expect(same?.concept, at?.quote).toBe(ind.concept);
    }
  });

  test("leaves a figure that matches no concept without one, and puts the code after rateKind", () => {
    const notice = draft.indicators.find((i) => i.evidence?.[0]?.quote === "发放行政复议建议书4份");
    expect(notice).toBeDefined();
    expect(notice?.concept).toBeUndefined();
    const rate = draft.indicators.find((i) => i.concept === "mediationSuccessRate") ?? {};
    expect(Object.keys(rate).slice(5, 8)).toEqual(["domain", "rateKind", "concept"]);
  });

  test("gives a code two figures of one year would share to neither (纠错率24.2% and 纠错率约为24% of 通州 2023)", () => {
    const tongzhou = extractReport(
      readFileSync("examples/pairs/text/2023-tongzhou-reconsideration.txt", "utf8"),
    ).report;
    const rates = tongzhou.indicators.filter((i) => i.label === "纠错率");
    expect(rates.map((i) => i.value)).toEqual(["24.2", "24"]);
    expect(rates.map((i) => i.concept)).toEqual([undefined, undefined]);
  });
});

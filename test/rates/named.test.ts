import { describe, expect, test } from "vitest";
import {
  courtAppearanceRate,
  examPassRate,
  filingRate,
  litigationLossRate,
  mediationSuccessRate,
  onlineHandlingRate,
  reconsiderationCorrectionRate,
} from "../../src/rates";
import { thrown } from "./thrown";

describe("reconsiderationCorrectionRate", () => {
  test.each([
    [
      "临河: (6 + 1) ÷ (22 − 4)",
      { annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4 },
      { precision: 0 },
      "39",
    ],
    [
      "临河 with 不予受理 kept: (6 + 1) ÷ 22",
      { annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4, excludeRejected: false },
      { precision: 0 },
      "32",
    ],
    [
      "临河 with excludeRejected true",
      { annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4, excludeRejected: true },
      { precision: 0 },
      "39",
    ],
    [
      "all four corrections: (1 + 2 + 3 + 4) ÷ 20",
      { annulled: 1, varied: 2, declaredUnlawful: 3, orderedToPerform: 4, decided: 20 },
      {},
      "50.00",
    ],
    ["惠安: 19 ÷ 66", { annulled: 19, decided: 66 }, { precision: 1 }, "28.8"],
    ["no corrections", { decided: 5 }, {}, "0.00"],
    ["every decided case corrected", { varied: 18, decided: 22, rejected: 4 }, {}, "100.00"],
  ] as const)("%s is %s", (_name, input, options, value) => {
    expect(reconsiderationCorrectionRate(input, options).value).toBe(value);
  });

  test("names its formula before the computation", () => {
    const r = reconsiderationCorrectionRate(
      { annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4 },
      { precision: 0 },
    );
    expect(r.explanation).toEqual({
      formula: "7 ÷ 18 × 100",
      inputs: { numerator: "7", denominator: "18" },
      rounding: "halfUp to 0 decimals",
      zh: "行政复议纠错率 = (撤销 + 变更 + 确认违法 + 责令履行) ÷ 审结案件数（常不含不予受理）：7 ÷ 18 × 100 = 39%（四舍五入，保留0位小数）",
      en: "reconsideration correction rate = (annulled + varied + declared unlawful + ordered to perform) ÷ cases decided (often excluding rejections): 7 ÷ 18 × 100 = 39% (halfUp to 0 decimals)",
    });
  });

  test.each([
    [
      "rejected exceeds decided (it gave -50.00)",
      { annulled: 1, decided: 2, rejected: 4 },
      ["outOfRange", ["/rejected"]],
    ],
    [
      "rejected exceeds decided, kept in the denominator",
      { annulled: 1, decided: 2, rejected: 4, excludeRejected: false },
      ["outOfRange", ["/rejected"]],
    ],
    [
      "every decided case rejected",
      { annulled: 1, decided: 4, rejected: 4 },
      ["zeroDenominator", ["/decided"]],
    ],
    ["no decided case", { decided: 0 }, ["zeroDenominator", ["/decided"]]],
    ["more corrections than cases", { annulled: 19, decided: 22, rejected: 4 }, ["outOfRange", [""]]],
    ["a negative count", { annulled: -1, decided: 22 }, ["outOfRange", [""]]],
    [
      "counts that are not numbers",
      { annulled: "x", varied: Number.NaN, decided: 22 },
      ["invalidInput", ["/annulled", "/varied"]],
    ],
  ] as const)("throws a FazhiError when %s", (_name, input, expected) => {
    expect(thrown(() => reconsiderationCorrectionRate(input))).toEqual(expected);
  });

  test("takes null options as absent", () => {
    expect(reconsiderationCorrectionRate({ annulled: 1, decided: 3 }, null).value).toBe("33.33");
  });
});

describe("the rates of a part in its whole", () => {
  test.each([
    [
      "litigationLossRate",
      () => litigationLossRate({ lost: 3, concluded: 40 }),
      "7.50",
      "行政诉讼败诉率 = 败诉案件数 ÷ 审结案件数：3 ÷ 40 × 100 = 7.50%（四舍五入，保留2位小数）",
      "administrative litigation loss rate = cases lost ÷ cases concluded: 3 ÷ 40 × 100 = 7.50% (halfUp to 2 decimals)",
    ],
    [
      "courtAppearanceRate",
      () => courtAppearanceRate({ attended: 148, hearings: 148 }),
      "100.00",
      "行政机关负责人出庭应诉率 = 负责人出庭应诉案件数 ÷ 开庭审理案件数：148 ÷ 148 × 100 = 100.00%（四舍五入，保留2位小数）",
      "heads' court appearance rate = hearings attended by an agency head ÷ hearings held: 148 ÷ 148 × 100 = 100.00% (halfUp to 2 decimals)",
    ],
    [
      "mediationSuccessRate",
      () => mediationSuccessRate({ successful: 8881, mediated: 10952 }, { precision: 0 }),
      "81",
      "调解成功率 = 调解成功件数 ÷ 调解件数：8881 ÷ 10952 × 100 = 81%（四舍五入，保留0位小数）",
      "mediation success rate = successful mediations ÷ mediations: 8881 ÷ 10952 × 100 = 81% (halfUp to 0 decimals)",
    ],
    [
      "onlineHandlingRate",
      () => onlineHandlingRate({ online: 225460, total: 242474 }),
      "92.98",
      "网上办理率 = 网上办件量 ÷ 办件总量：225460 ÷ 242474 × 100 = 92.98%（四舍五入，保留2位小数）",
      "online handling rate = items handled online ÷ all items handled: 225460 ÷ 242474 × 100 = 92.98% (halfUp to 2 decimals)",
    ],
    [
      "examPassRate",
      () => examPassRate({ passed: 683, sat: 904 }, { precision: 1, mode: "truncate" }),
      "75.5",
      "执法人员考试合格率 = 合格人数 ÷ 参考人数：683 ÷ 904 × 100 = 75.5%（截尾，保留1位小数）",
      "exam pass rate = passed ÷ sat: 683 ÷ 904 × 100 = 75.5% (truncate to 1 decimal)",
    ],
    [
      "filingRate",
      () => filingRate({ filed: 14, due: 14 }),
      "100.00",
      "规范性文件备案率 = 报备文件数 ÷ 应报备文件数：14 ÷ 14 × 100 = 100.00%（四舍五入，保留2位小数）",
      "normative document filing rate = documents filed ÷ documents due for filing: 14 ÷ 14 × 100 = 100.00% (halfUp to 2 decimals)",
    ],
  ] as const)("%s is %s and names its formula", (_name, compute, value, zh, en) => {
    const result = compute();
    expect([result.value, result.explanation.zh, result.explanation.en]).toEqual([value, zh, en]);
  });

  test.each([
    [
      "a part over its whole",
      () => litigationLossRate({ lost: 41, concluded: 40 }),
      ["outOfRange", ["/lost"]],
    ],
    ["a negative part", () => examPassRate({ passed: -1, sat: 40 }), ["outOfRange", ["/passed"]]],
    ["a zero whole", () => filingRate({ filed: 0, due: 0 }), ["zeroDenominator", ["/due"]]],
    [
      "a figure that is not a number",
      () => courtAppearanceRate({ attended: "x", hearings: 4 }),
      ["invalidInput", ["/attended"]],
    ],
  ] as const)("throws a FazhiError naming the field for %s", (_name, compute, expected) => {
    expect(thrown(compute)).toEqual(expected);
  });

  test("takes null options as absent", () => {
    expect(mediationSuccessRate({ successful: 1, mediated: 3 }, null).value).toBe("33.33");
  });
});

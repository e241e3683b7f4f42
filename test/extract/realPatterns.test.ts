import { describe, expect, test } from "vitest";
import { extractReport } from "../../src/extract";
import type { ReportInput } from "../../src/model";
import { validateReport } from "../../src/rules";

// Patterns met in the labelled corpus of real texts (test/corpus/), here with made-up figures. Every expected
// relation and verdict below was worked out by hand.

const valuesOf = (report: ReportInput) => (id: string) => report.indicators.find((i) => i.id === id)?.value;

/** Each relation as "numerator/denominator basis" (rates) or "whole = parts type basis". */
function relations(report: ReportInput): string[] {
  const v = valuesOf(report);
  return report.relations.map((r) => {
    if (r.type === "rate")
      return `${v(r.rate)}% = ${r.numerator.map(v).join("+")}/${r.denominator.map(v).join("+")} ${r.basis}`;
    if (r.type === "listCount") return `list ${v(r.count)}`;
    return `${v(r.whole)} ${r.type}${r.type === "subset" && r.disjoint ? " disjoint" : ""} ${r.parts.map(v).join("+")} ${r.basis}`;
  });
}

const errors = (text: string) => {
  const { report } = extractReport(text);
  return validateReport(report, { referenceDate: "2026-11-29", documentText: text })
    .findings.filter((f) => f.severity === "error")
    .map((f) => f.ruleId);
};

const HEAD = "某县2024年行政复议工作情况报告\n一、案件办理情况\n";

describe("a table printed one cell a line", () => {
  // 60/120 = 50%, 30/120 = 25%, 18/120 = 15%, 12/120 = 10%, 120/120 = 100%
  const cells = [
    "表1 审结情况(件)",
    "序号",
    "处理方式",
    "数量",
    "比例",
    "1",
    "维持",
    "60",
    "50%",
    "2",
    "驳回",
    "30",
    "25%",
    "3",
    "撤销",
    "18",
    "15%",
    "4",
    "其他",
    "12",
    "10%",
    "5",
    "合计",
    "120",
    "100%",
  ];

  test("relates each share to its row's count over the 合计 row, and names the counts by their rows", () => {
    const { report } = extractReport(`${HEAD}${cells.join("\n\n")}\n`);
    expect(relations(report)).toEqual([
      "50% = 60/120 table",
      "25% = 30/120 table",
      "15% = 18/120 table",
      "10% = 12/120 table",
      "100% = 120/120 table",
    ]);
    // row numbers are not figures; the counts are named by their row
    expect(report.indicators.filter((i) => i.unit !== "%").map((i) => [i.label, i.value])).toEqual([
      ["维持", "60"],
      ["驳回", "30"],
      ["撤销", "18"],
      ["其他", "12"],
      ["合计", "120"],
    ]);
  });

  test("a share its row does not give is an error (18/120 = 15%, stated 16%)", () => {
    const text = `${HEAD}${cells.map((c) => (c === "15%" ? "16%" : c)).join("\n")}\n`;
    expect(errors(text)).toEqual(["FZ-RATE-001"]);
  });

  test("lines that only look like cells make no table", () => {
    const { report } = extractReport(`${HEAD}比例\n很高\n60\n50%\n`);
    expect(report.relations).toEqual([]);
  });
});

describe("shares of one base", () => {
  test("whose parts add up to a figure stated before them are shares of that figure, not of a nearer total", () => {
    // 20 + 25 + 5 = 50 = 受理; 20/50 = 40%, 25/50 = 50%, 5/50 = 10% (全年结案70件 is another figure)
    const { report } = extractReport(
      `${HEAD}全年新收案件88件,受理50件。全年结案70件。今年受理治安类20件,占案件总数的40%;投诉类25件,占总数的50%;其他5件,占总数的10%。\n`,
    );
    expect(relations(report)).toEqual([
      "40% = 20/50 enumeration",
      "50% = 25/50 enumeration",
      "10% = 5/50 enumeration",
      "50 subset 20 enumeration",
      "50 subset 25 enumeration",
      "50 subset 5 enumeration",
    ]);
  });

  test("under a scope (在…的80件案件中) are shares of the scope's figure over all the clauses of the sentence", () => {
    // 20/80 = 25%, 60/80 = 75%; the 占被申请人总数 siblings are not each other's base
    const { report } = extractReport(
      `${HEAD}2.被申请人情况。在受理的80件案件中,县政府部门作为被申请人的案件20件,占被申请人总数的25%;县政府作为被申请人的案件60件,占被申请人总数的75%。\n`,
    );
    expect(relations(report)).toEqual([
      "25% = 20/80 phrase",
      "75% = 60/80 phrase",
      "80 subset 20 phrase",
      "80 subset 60 phrase",
    ]);
  });
});

describe("其中 lists", () => {
  test("with a category and its complement (诉讼 / 非诉讼) are disjoint: together they may not pass the whole", () => {
    // 60 + 30 + 20 = 110 > 100
    const text = `${HEAD}全年共办理各类法律事务100件,其中诉讼案件60件,非诉讼案件30件,公益法律服务20件。\n`;
    expect(relations(extractReport(text).report)).toEqual(["100 subset disjoint 60+30+20 qizhong"]);
    expect(errors(text)).toEqual(["FZ-ARITH-002"]);
  });

  test("closed by 其他 are the whole, and may go on in the next sentence", () => {
    // 40 + 30 + 15 + 5 + 8 = 98, not the 100 accepted
    const text = `${HEAD}共收到申请110件,受理100件,不予受理10件。受理的案件中,主要集中在行政处罚等领域,其中行政处罚类案件40件,占案件总数的40%,行政确权类案件30件,占案件总数的30%。信息公开类案件15件,行政许可5件,其他类案件8件。\n`;
    expect(relations(extractReport(text).report)).toContain("100 sum 40+30+15+5+8 qizhong");
    expect(errors(text)).toEqual(["FZ-ARITH-001"]);
  });

  test("a list closed by 其他 in its own sentence does not take in the next one", () => {
    const { report } = extractReport(
      `${HEAD}全市办件数量为300件,其中许可200件、其他事项100件;市本级办件数量为90件,其中许可80件、其他事项10件。\n`,
    );
    expect(relations(report)).toEqual(["300 sum 200+100 qizhong", "90 sum 80+10 qizhong"]);
  });
});

describe("rounding", () => {
  test("a share that holds only when rounded up is an inconsistency (6/63 = 9.52%, stated 9.6%)", () => {
    expect(
      errors(`${HEAD}收到申请63件,其中受理57件,占收到申请的90.5%;其他处理6件,占收到申请的9.6%。\n`),
    ).toEqual(["FZ-RATE-001"]);
  });
});

describe("rates named after their part", () => {
  test("are not related when a figure between the base and the part could be the base as well", () => {
    // 受理200件 … 派单60件, 结案58件: 结案率 may be over 60 or 200; the text does not say
    const { report } = extractReport(
      `${HEAD}共受理群众诉求200件,自行处理140件,派单60件,结案58件,结案率96.7%。\n`,
    );
    expect(relations(report)).toEqual([]);
  });

  test("are not related to a part a word narrows (按时结案 is not the 结案 of 结案率)", () => {
    const { report } = extractReport(`${HEAD}受理诉求60件,按时结案58件,结案率100%。\n`);
    expect(relations(report)).toEqual([]);
  });

  test("are related when the base is the nearest figure that could be it (受理120件, 办结114件: 95%)", () => {
    const { report } = extractReport(`${HEAD}收到申请130件,受理120件,办结114件,办结率95%。\n`);
    expect(relations(report)).toEqual(["95% = 114/120 labels", "120 subset 114 labels"]);
  });
});

describe("a rate named after its part, with its base two clauses back", () => {
  // 受理率 = 受理400 / 新收500 = 80% (the base's sentence ends at a semicolon before a clause about people)
  const text = `${HEAD}全年新收行政复议申请500件,比上年增加40件,增幅为8.7%;涉及申请人300人。受理行政复议案件400件,受理率为80%。\n`;

  test("is over the base named as a total, across the semicolon", () => {
    expect(relations(extractReport(text).report)).toContain("80% = 400/500 labels");
  });

  test("a stated rate its counts do not give is an error (400/500 = 80%, stated 85%)", () => {
    expect(errors(text.replace("受理率为80%", "受理率为85%"))).toContain("FZ-RATE-001");
  });

  test("a figure between base and part that could be the base leaves the rate unrelated", () => {
    const between = text.replace("涉及申请人300人", "办结450件");
    expect(relations(extractReport(between).report).filter((r) => r.startsWith("80%"))).toEqual([]);
  });
});

describe("a change written with 了 (增加了, 减少了)", () => {
  // 100 / (300 − 100) = 50%; 50 / (200 + 50) = 20%
  const up = `${HEAD}全年收到行政复议申请300件,与上年相比增加了100件,增幅为50%。\n`;
  const down = `${HEAD}全年收到行政复议申请200件,与上年相比减少了50件,降幅为20%。\n`;

  test("an increase is over this year's figure less the increase", () => {
    expect(relations(extractReport(up).report)).toContain("50% = 100/300 change");
    expect(extractReport(up).report.relations.find((r) => r.type === "rate")).toMatchObject({
      denominatorExcludes: [expect.any(String)],
    });
  });

  test("a decrease is over this year's figure plus the decrease", () => {
    expect(relations(extractReport(down).report)).toContain("20% = 50/200+50 change");
  });

  test("a change its counts do not give is an error (100/200 = 50%, stated 40%)", () => {
    expect(errors(up.replace("增幅为50%", "增幅为40%"))).toContain("FZ-RATE-001");
  });
});

describe("a bare 占 after a count, with one figure before it that could be its base", () => {
  // 27/40 = 67.5%
  const text = `${HEAD}区司法局代理行政诉讼案件40宗,审结27宗,占67.5%。\n`;

  test("is a share of that figure", () => {
    expect(relations(extractReport(text).report)).toContain("67.5% = 27/40 enumeration");
  });

  test("a share its counts do not give is an error (27/40 = 67.5%, stated 70%)", () => {
    expect(errors(text.replace("占67.5%", "占70%"))).toContain("FZ-RATE-001");
  });

  test("two figures that could be the base leave it unrelated", () => {
    const two = text.replace("审结27宗", "受理35宗,审结27宗");
    expect(relations(extractReport(two).report).filter((r) => r.startsWith("67.5%"))).toEqual([]);
  });

  test("a change or last year's figure is not a base", () => {
    const delta = `${HEAD}区司法局代理行政诉讼案件40宗,比上年增加30宗,审结27宗,占67.5%。\n`;
    expect(relations(extractReport(delta).report)).toContain("67.5% = 27/40 enumeration");
  });
});

describe("a share of the year's total with another figure between them that could be its base", () => {
  // 90/120 = 75% or 90/100 = 90%: the text does not say which
  const text = `${HEAD}全年收到行政复议申请120件,受理100件,办结90件,占90%。\n`;

  test("is left unrelated rather than checked against the total", () => {
    expect(relations(extractReport(text).report).filter((r) => r.startsWith("90%"))).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});

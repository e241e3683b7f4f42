import { readdirSync, readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, expect, test } from "vitest";
import { extractReport, hasTraditional } from "../../src/extract";
import { readDate } from "../../src/extract/header";
import { readHeading } from "../../src/extract/headings";
import { mentionsIn } from "../../src/extract/mentions";
import { type Evidence, type ReportInput, type Section, safeParseReport } from "../../src/model";
import { validateReport } from "../../src/rules";
import { scoreExamples, scoreTable } from "./quality";

const root = new URL("../../", import.meta.url);
const texts = readdirSync(new URL("examples/text/", root)).filter((f) => f.endsWith(".txt"));
const read = (f: string) => readFileSync(new URL(`examples/text/${f}`, root), "utf8");

function allEvidence(r: ReportInput): Evidence[] {
  const flat = (ss: readonly Section[]): Section[] => ss.flatMap((s) => [s, ...flat(s.children)]);
  return [
    ...flat(r.sections).flatMap((x) => x.evidence ?? []),
    ...r.indicators.flatMap((x) => x.evidence ?? []),
    ...r.relations.flatMap((x) => x.evidence ?? []),
    ...r.problems.flatMap((x) => x.evidence ?? []),
    ...r.plans.flatMap((x) => x.evidence ?? []),
  ];
}

describe("extractReport on the seed texts", () => {
  test.each(texts)("%s gives a valid draft whose evidence points at the exact characters", (file) => {
    const text = read(file);
    const { report, warnings } = extractReport(text, { fileName: file });
    expect(safeParseReport(report).issues).toBeUndefined();
    for (const e of allEvidence(report)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(warnings.filter((w) => w.code === "noTitle" || w.code === "noHeadings")).toEqual([]);
  });

  test("meets the quality floors against the hand-encoded examples", () => {
    const rows = scoreExamples(root);
    console.log(scoreTable(rows));
    const sum = (k: "sections" | "indicators" | "relations", f: "gold" | "found" | "matched") =>
      rows.reduce((a, r) => a + r[k][f], 0);
    expect(sum("indicators", "matched") / sum("indicators", "gold")).toBeGreaterThanOrEqual(0.95);
    expect(sum("indicators", "matched") / sum("indicators", "found")).toBeGreaterThanOrEqual(0.95);
    expect(sum("sections", "matched") / sum("sections", "gold")).toBeGreaterThanOrEqual(0.9);
    expect(sum("relations", "matched") / sum("relations", "found")).toBeGreaterThanOrEqual(0.9);
  });

  test("reads the header and tail of 惠安 (garbled 文号 and date kept raw, flagged)", () => {
    const { report, warnings } = extractReport(read("2022-huian-county.txt"));
    expect(report).toMatchObject({
      reportYear: 2022,
      jurisdiction: { name: "惠安县", level: "county" },
      docNumber: { raw: "惠政文20238" },
      signer: "庄稼祥",
      addressees: ["中共惠安县委"],
      copyTo: ["市委依法治市办", "市司法局"],
      dates: { document: { date: "2023-02-07", text: "202327日" }, publication: { date: "2023-02-08" } },
    });
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["garbledDocNumber", "garbledDate"]));
  });

  test("sets page noise aside instead of reading it as text", () => {
    const { report, provenance } = extractReport(read("2023-linhe-district.txt"));
    expect(provenance.noise.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(report.sections)).not.toMatch(/ICP备|当前位置|网站地图/);
  });
});

describe("page furniture of sites other than the seeds", () => {
  const page = [
    "某市某区人民政府 2019年12月3日星期二",
    "无障碍 简体| 繁体",
    "今天是:2019年10月31日 星期三 农历十月初七",
    "您所在的位置:政务公开 > 工作报告",
    "某区2020年法治政府建设情况报告",
    "文章来源:司法局 更新时间:2021/03/29 11:30:01",
    "某区2020年法治政府建设情况报告",
    "2020年,某区坚持依法全面履行政府职能。",
    "一、2020年推进法治政府建设的主要举措和成效",
    "（一）加强组织领导",
    "1.强化考核评价。全年开展督查3次。",
  ].join("\n");

  test("is set aside, and the page date is read as the publication date", () => {
    const { report, provenance } = extractReport(page);
    const noise = provenance.noise.map((n) => page.slice(n.start, n.end));
    expect(noise).toEqual([
      "某市某区人民政府 2019年12月3日星期二",
      "无障碍 简体| 繁体",
      "今天是:2019年10月31日 星期三 农历十月初七",
      "您所在的位置:政务公开 > 工作报告",
      "文章来源:司法局 更新时间:2021/03/29 11:30:01",
    ]);
    expect(report.dates?.publication).toEqual({ date: "2021-03-29", text: "2021/03/29 11:30:01" });
    expect(report.sections[0]?.paragraphs).toEqual(["2020年,某区坚持依法全面履行政府职能。"]);
    expect(report.indicators.map((i) => `${i.value}${i.unit}`)).toEqual(["3次"]);
  });

  test("index tables, other breadcrumbs and dates in 年月日 are recognized too", () => {
    const text = [
      "您现在所在的位置: 网站首页> 政府信息公开首页> 统计分析报告",
      "索引号: 1134/202303-00026 组配分类: 统计分析报告",
      "名称: 某市2022年法治政府建设年度报告 文号:",
      "生成日期: 2023-03-01 发布日期: 2023-03-01",
      "文号:",
      "某市2022年法治政府建设年度报告",
      "来源:某市人民政府  发布时间:2023年3月1日 浏览次数: 字体:[]",
      "一、主要举措和工作成效",
      "全年办理行政复议案件35件，同比上升3%。",
    ].join("\n");
    const { report, provenance } = extractReport(text);
    expect(provenance.noise.map((n) => n.line)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(report.title).toBe("某市2022年法治政府建设年度报告");
    expect(report.dates?.publication).toEqual({ date: "2023-03-01", text: "2023-03-01" });
    expect(report.indicators.map((i) => `${i.value}${i.unit}`)).toEqual(["35件", "3%"]);
  });
});

describe("Traditional characters", () => {
  const simplified = read("2022-huian-county.txt");
  const traditional = OpenCC.Converter({ from: "cn", to: "hk" })(simplified);
  const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

  test("are detected; without a converter the draft is flagged, with one it reads as the Simplified text", () => {
    expect(hasTraditional(traditional)).toBe(true);
    expect(hasTraditional(simplified)).toBe(false);
    const bare = extractReport(traditional);
    expect(bare.warnings.map((w) => w.code)).toContain("traditional");
    const read = extractReport(traditional, { toSimplified });
    expect(read.warnings.map((w) => w.code)).toContain("traditionalConverted");
    expect(read.report.language).toBe("zh-Hant");
    const base = extractReport(simplified);
    expect(read.report.indicators.map((i) => [i.value, i.unit, i.kind])).toEqual(
      base.report.indicators.map((i) => [i.value, i.unit, i.kind]),
    );
    expect(read.report.relations.length).toBe(base.report.relations.length);
  });

  test("quotes and offsets stay those of the original Traditional text", () => {
    const { report } = extractReport(traditional, { toSimplified });
    const evidence = allEvidence(report);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) expect(traditional.slice(e.start, e.end)).toBe(e.quote);
    expect(evidence.some((e) => /[縣鎮調處]/.test(e.quote))).toBe(true);
  });

  test("a converter that changes lengths is applied character by character, never shifting offsets", () => {
    const text = "某縣2023年法治政府建設工作報告\n一、主要成效\n全年調解糾紛10件，調解成功8件，成功率80%。\n";
    const widening = (s: string) => toSimplified(s).replace(/调/g, "调和");
    const r = extractReport(text, { toSimplified: widening });
    expect(safeParseReport(r.report).success).toBe(true);
    for (const e of allEvidence(r.report)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(r.report.indicators.map((i) => i.value)).toEqual(["10", "8", "80"]);
  });
});

describe("a report without its title", () => {
  test.each([
    ["says what it reports", "现将2023年法治政府建设情况报告如下：\n一、主要举措\n全年调解纠纷10件。"],
    [
      "has a report's parts",
      "2023年，我镇扎实推进法治政府建设。\n一、主要举措\n全年调解纠纷10件。\n二、存在的问题\n队伍力量不足。\n三、下一步工作打算\n加强培训。",
    ],
  ])("is still read as a report when it %s", (_name, text) => {
    expect(extractReport(text).warnings.map((w) => w.code)).not.toContain("notAReport");
  });
});

describe("extractReport on bad input", () => {
  test.each([
    ["empty", "", "empty"],
    ["binary", "\u0000\u0001\u0002PNG\u0000", "binary"],
    ["html", "<html><body><p>某县2023年法治政府建设情况报告</p></body></html>", "html"],
    ["no headings", "某镇2023年法治政府建设工作报告\n全年调解纠纷10件，调解成功8件。", "noHeadings"],
    ["not a report", "今天天气很好，我们去公园散步。", "notAReport"],
    ["a news item on the topic", "今天执法大队在街上巡查，发现问题3处。", "mayNotBeReport"],
    [
      "an article on the subject",
      "浅析乡镇法治政府的制度建设\n一、乡镇法治政府制度建设的现状\n近年来，乡镇依法行政观念逐步被认可。\n二、对策\n完善行政决策程序。",
      "mayNotBeReport",
    ],
    [
      "a government's work rules",
      "某县人民政府工作规则\n第一章 总则\n一、根据宪法和组织法，结合本县实际，制定本规则。\n二、努力建设人民满意的法治政府。",
      "mayNotBeReport",
    ],
  ])("%s gives a valid draft with a %s warning", (_name, text, code) => {
    const r = extractReport(text);
    expect(safeParseReport(r.report).success).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain(code);
  });

  test("finishes a 1 MB adversarial input (all digits and brackets) and returns a valid draft", () => {
    const text = `${"((((1234567890,".repeat(30_000)}\n${"一是二是三是、、、".repeat(20_000)}`;
    const r = extractReport(text);
    expect(safeParseReport(r.report).success).toBe(true);
  });

  test("reads N项…中的M项 as a subset", () => {
    const r = extractReport(
      "某镇2023年法治政府建设工作报告\n一、主要成效\n将下放的97项行政权力中的80项下放乡镇。\n",
    );
    const v = new Map(r.report.indicators.map((i) => [i.id, i.value]));
    expect(
      r.report.relations.map((x) =>
        x.type === "subset" ? `${v.get(x.whole)}⊇${x.parts.map((p) => v.get(p))}` : x.type,
      ),
    ).toEqual(["97⊇80"]);
  });

  test("reads a 纠错率 from the corrections, the concluded cases and the cases not accepted in its sentence", () => {
    const r = extractReport(
      "某县2023年法治政府建设情况报告\n一、主要成效\n全年审结行政复议案件30件，其中撤销5件、变更1件、维持20件、不予受理4件，纠错率23%。\n",
    );
    const v = new Map(r.report.indicators.map((i) => [i.id, i.value]));
    const rate = r.report.relations.find((x) => x.type === "rate");
    expect(rate).toMatchObject({ type: "rate", rateKind: "reconsiderationCorrection" });
    if (rate?.type !== "rate") return;
    expect([rate.numerator.map((id) => v.get(id)), rate.denominator.map((id) => v.get(id))]).toEqual([
      ["5", "1"],
      ["30"],
    ]);
    expect(rate.denominatorExcludes?.map((id) => v.get(id))).toEqual(["4"]);
    // (5 + 1) ÷ (30 − 4) = 23.08%: the stated 23% holds.
    expect(
      validateReport(r.report, { referenceDate: "2026-11-25" }).findings.filter((f) =>
        f.ruleId.startsWith("FZ-RATE"),
      ),
    ).toEqual([]);
  });

  test("never alters the text: offsets of a CRLF, full-width copy still point into it", () => {
    const text =
      "某镇２０２３年法治政府建设工作报告\r\n一、主要成效\r\n全年调解纠纷１０件，调解成功８件，成功率８０％。\r\n";
    const r = extractReport(text);
    for (const e of allEvidence(r.report)) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(r.report.indicators.map((i) => i.value)).toEqual(["10", "8", "80"]);
    // The rate, and the subset it implies (调解成功 within 调解纠纷).
    expect(r.report.relations.map((x) => x.type)).toEqual(["rate", "subset"]);
  });
});

describe("pieces", () => {
  test.each([
    ["2023年12月26日", "2023-12-26"],
    ["二〇二三年二月七日", "2023-02-07"],
    ["2024-01-23", "2024-01-23"],
    ["202327日", undefined],
    ["2023年2月30日", undefined],
  ])("readDate(%s) is %s", (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  test.each([
    ["一、夯实法治政府建设基础", "chineseComma", 1, "夯实法治政府建设基础"],
    ["（二）推进示范创建。通过以创建促提升", "chineseParen", 2, "推进示范创建"],
    ["(三)完善信用体系建设。", "chineseParen", 3, "完善信用体系建设"],
    ["3. 加强队伍建设", "arabicDot", 3, "加强队伍建设"],
    ["（1）规范执法", "arabicParen", 1, "规范执法"],
    ["、严格规范公正文明执法", "lost", undefined, "严格规范公正文明执法"],
    ["### 一、强化组织领导", "chineseComma", 1, "强化组织领导"],
    ["下一步工作思路", "none", undefined, "下一步工作思路"],
  ] as const)("readHeading(%s) is %s %s %s", (line, style, number, title) => {
    expect(readHeading(line)).toMatchObject({ style, title, ...(number ? { number } : {}) });
  });

  test.each([
    "一是规范行政执法程序。健全完善",
    "2023年,临河区深入学习贯彻习近平新时代中国特色社会主义思想,坚持",
  ])("readHeading(%s) is not a heading", (line) => {
    expect(readHeading(line)).toBeUndefined();
  });

  test.each([
    ["发放宣传资料7万余份", [["7", "万", "份", "atLeast"]]],
    ["约8000余份", [["8000", "", "份", "approxAtLeast"]]],
    ["点赞量达万余人次", [["1", "万", "人次", "atLeast"]]],
    ["开展为期两天的培训", [["2", "", "天", "exact"]]],
    ["近500人参训", [["500", "", "人", "nearly"]]],
    ["参加人员 120 多人次", [["120", "", "人次", "atLeast"]]],
    ["在0.5个工作日内办结", [["0.5", "", "个工作日", "atMost"]]],
    ["一是落实三项制度，惠委办明电〔2021〕13号，“12345”热线，2023年", []],
  ] as const)("mentionsIn(%s)", (text, expected) => {
    expect(mentionsIn(text, 0).map((m) => [m.value, m.magnitude ?? "", m.unit, m.qualifier])).toEqual(
      expected,
    );
  });
});

describe("findings on relations read from a text", () => {
  test("say how the text relates the figures and quote every figure involved", () => {
    const text = "某镇2023年法治政府建设工作报告\n一、主要成效\n全年调解纠纷10件，调解成功8件，成功率90%。\n";
    const { report } = extractReport(text);
    expect(report.relations.find((r) => r.type === "rate")?.basis).toBe("labels");
    const [f] = validateReport(report, { referenceDate: "2026-11-29", documentText: text }).findings.filter(
      (x) => x.ruleId === "FZ-RATE-001",
    );
    expect(f?.params).toMatchObject({
      basis: "basis.labels",
      quotes: ["「成功率90%」", "「调解成功8件」", "「全年调解纠纷10件」"],
    });
    expect(f?.message).toBe(
      "所述比率 90%，按 8 ÷ 10 × 100 算得 80.00%，不在四舍五入区间 [89.5, 90.5) 内（相差 -10.00）；关系依据：比率名称与分子、分母名称相互对应；所涉数字：「成功率90%」、「调解成功8件」、「全年调解纠纷10件」",
    );
  });

  test("a rate the text gives no base for is left unrelated", () => {
    const { report } = extractReport(
      "某镇2023年法治政府建设工作报告\n一、主要成效\n共梳理事项1200项,其中1150项进驻中心,进驻率95.8%,承诺时限压缩比达到60%。\n",
    );
    const rates = report.relations.filter((r) => r.type === "rate");
    const value = (id: string) => report.indicators.find((i) => i.id === id)?.value;
    expect(rates.map((r) => (r.type === "rate" ? [value(r.rate), r.basis] : []))).toEqual([
      ["95.8", "labels"],
    ]);
  });
});

describe("tables flattened to text", () => {
  const rateOf = (report: ReportInput, value: string) => {
    const v = (id: string) => report.indicators.find((i) => i.id === id)?.value;
    const r = report.relations.find((x) => x.type === "rate" && v(x.rate) === value);
    return r?.type === "rate"
      ? `${r.numerator.map(v).join("+")}/${r.denominator.map(v).join("+")} ${r.basis}`
      : undefined;
  };

  test("reads a 占比 column over the count column before it and the 合计 row", () => {
    const text = [
      "某区2023年法治政府建设情况报告",
      "一、行政复议",
      "单位 | 上年 | 本年 | 占比 |",
      "市场监管局 | 30 | 21 | 35% |",
      "公安分局 | 6 | 39 | 65% |",
      "合计 | 36 | 60 | 100% |",
    ].join("\n");
    const { report } = extractReport(text);
    // 21/60 = 35%, 39/60 = 65%, 60/60 = 100% (by hand)
    expect([rateOf(report, "35"), rateOf(report, "65"), rateOf(report, "100")]).toEqual([
      "21/60 table",
      "39/60 table",
      "60/60 table",
    ]);
  });

  test("reads a table on its side over the figure its share row names", () => {
    const text = [
      "某县2024年行政复议工作报告",
      "一、案件办理情况",
      "2024年新受理行政复议案件200件。",
      "事项 | 行政处罚 | 信息公开 | 其他 |",
      "数量 | 100件 | 50件 | 50件 |",
      "占新受理数比例 | 50% | 25% | 25% |",
    ].join("\n");
    const { report } = extractReport(text);
    expect(rateOf(report, "50")).toBe("100/200 phrase");
  });

  test("gives nothing for a table without a total", () => {
    const text = [
      "某区2023年法治政府建设情况报告",
      "一、复议",
      "单位 | 本年 | 占比 |",
      "甲 | 2 | 40% |",
      "乙 | 3 | 60% |",
    ].join("\n");
    expect(extractReport(text).report.relations.filter((r) => r.type === "rate")).toEqual([]);
  });
});

describe("a line of very many figures", () => {
  test("is read without overflowing the call stack (150,000 percentages on one line)", () => {
    const { report } = extractReport(`某镇2023年法治政府建设工作报告\n${"1%".repeat(150_000)}`);
    expect(report.indicators.length).toBe(150_000);
  });
});

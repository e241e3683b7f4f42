import type { ReportInput } from "../../model";
import type { FixturePatch } from "./types";

/**
 * A minimal valid report that rule fixtures patch: one measures section, one rate relation (8 of 10 = 80%), a
 * problem with its cause, a plan for the next year, and dates inside the deadlines.
 *
 * @example
 * fixtureBase().reportYear //=> 2023
 */
export function fixtureBase(): ReportInput {
  return {
    schemaVersion: "1.0",
    id: "fixture",
    title: "某镇2023年法治政府建设工作报告",
    reportYear: 2023,
    jurisdiction: { name: "某镇", level: "township" },
    issuers: [{ name: "某镇人民政府", role: "government" }],
    docNumber: { raw: "某政〔2024〕1号", agencyCode: "某政", year: 2024, serial: 1 },
    dates: { document: { date: "2024-02-20" }, publication: { date: "2024-03-10" } },
    sections: [
      {
        id: "s1",
        level: 1,
        ordinal: "一、",
        ordinalStyle: "chineseComma",
        number: 1,
        title: "主要举措和成效",
        paragraphs: [
          "镇党委书记履行推进法治建设第一责任人职责。全年共调解纠纷10件，调解成功8件，成功率80%。",
        ],
        roles: ["measures", "leadership"],
        themes: ["2021:7", "2021:10"],
        children: [],
      },
      {
        id: "s2",
        level: 1,
        ordinal: "二、",
        ordinalStyle: "chineseComma",
        number: 2,
        title: "存在的不足和原因",
        paragraphs: ["执法队伍力量不足，原因是编制有限。"],
        roles: ["problems"],
        themes: ["2021:5"],
        children: [],
      },
      {
        id: "s3",
        level: 1,
        ordinal: "三、",
        ordinalStyle: "chineseComma",
        number: 3,
        title: "2024年工作打算",
        paragraphs: ["加强执法队伍建设。"],
        roles: ["plans"],
        themes: ["2021:5"],
        children: [],
      },
    ],
    indicators: [
      {
        id: "mediated",
        label: "调解纠纷",
        value: "10",
        unit: "件",
        kind: "count",
        domain: "mediation",
        evidence: [{ quote: "调解纠纷10件" }],
      },
      { id: "mediated-ok", label: "调解成功", value: "8", unit: "件", kind: "count", domain: "mediation" },
      {
        id: "mediation-rate",
        label: "调解成功率",
        value: "80",
        unit: "%",
        kind: "rate",
        rateKind: "mediationSuccess",
        domain: "mediation",
      },
    ],
    relations: [
      {
        id: "r-rate",
        type: "rate",
        rate: "mediation-rate",
        numerator: ["mediated-ok"],
        denominator: ["mediated"],
      },
    ],
    problems: [{ id: "p1", text: "执法队伍力量不足", cause: "编制有限", themes: ["2021:5"] }],
    plans: [{ id: "n1", year: 2024, text: "加强执法队伍建设", themes: ["2021:5"] }],
  };
}

/**
 * A fixture patch that gives the indicator `id` a new value (the other indicators unchanged).
 * @example
 * const fail = withValue("mediation-rate", "180"); // the fixture base's 80% becomes 180%
 */
export function withValue(id: string, value: string): FixturePatch {
  return (r) => ({ ...r, indicators: r.indicators.map((x) => (x.id === id ? { ...x, value } : x)) });
}

/**
 * A fixture patch that drops every indicator of one kind, and every relation with it.
 * @example
 * const notApplicable = withoutKind("rate");
 */
export function withoutKind(kind: string): FixturePatch {
  return (r) => ({ ...r, indicators: r.indicators.filter((x) => x.kind !== kind), relations: [] });
}

/**
 * A CONSTRUCTED pair of reports for the compare tests, made from the 临河 2023 example: the real pairs
 * (examples/pairs/, 通州区 2021–2023, tested in pairs.test.ts) state no change in percentage points, no plans and no
 * changed denominator, so this pair covers those.
 *
 * - `constructedPrevious()`: 临河区 "2022", the 2023 example with these figures changed by hand: 调解案件 10000,
 *   调解成功 7800, 调解成功率 78%, 行政复议案件 60, 行政应诉案件 120, 汇聚受理 221000, 网上办件 200000, 网上办件率 90.5%,
 *   纠错率 32% computed over all 22 concluded cases (不予受理 not left out: a definition change), and three plans for 2023.
 * - `constructedCurrent()`: the real 临河 2023 example plus six claims about 2022 inserted after the figure they
 *   are about (their quotes are made up, without offsets).
 */
import type { Indicator, Report } from "../../src/model";
import { example } from "../tables/examples";

const set = (r: Report, id: string, value: string): void => {
  const ind = r.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(id);
  ind.value = value;
};

export function constructedPrevious(): Report {
  const r = structuredClone(example("2023-linhe-district"));
  r.id = "2022-linhe-district-constructed";
  r.title = "临河区2022年法治政府建设情况报告（构造的测试数据）";
  r.reportYear = 2022;
  delete r.dates;
  for (const [id, v] of [
    ["mediation-cases", "10000"],
    ["mediation-success", "7800"],
    ["mediation-success-rate", "78"],
    ["recon-cases", "60"],
    ["litigation-cases", "120"],
    ["items-received", "221000"],
    ["items-online", "200000"],
    ["online-rate", "90.5"],
    ["recon-correction-rate", "32"],
  ] as const)
    set(r, id, v);
  r.relations = r.relations.map((rel) => {
    if (rel.type !== "rate" || rel.rate !== "recon-correction-rate") return rel;
    const { denominatorExcludes: _dropped, ...rest } = rel;
    return rest;
  });
  r.plans = [
    { id: "n1", year: 2023, text: "推进“一网通办”改革，提高网上办件率", themes: ["2021:9"] },
    { id: "n2", year: 2023, text: "建设智慧停车执法平台", themes: ["2021:5"] },
    { id: "n3", year: 2023, text: "深化行政复议案前调解", themes: ["2021:8"] },
  ];
  return r;
}

function claim(after: string, ind: Omit<Indicator, "evidence">, quote: string) {
  return { after, ind, quote };
}

/** The claims, each with the id of the figure it follows. */
export const CLAIMS = [
  claim(
    "mediation-cases",
    {
      id: "c-mediation-yoy",
      label: "调解案件同比增长",
      value: "9.5",
      unit: "%",
      kind: "change",
      direction: "increase",
    },
    "同比增长9.5%",
  ),
  claim(
    "litigation-cases",
    {
      id: "c-litigation-yoy",
      label: "行政应诉案件同比增长",
      value: "20",
      unit: "%",
      kind: "change",
      direction: "increase",
    },
    "同比增长20%",
  ),
  claim(
    "mediation-success-rate",
    {
      id: "c-mediation-pp",
      label: "调解成功率较上年提高",
      value: "3",
      unit: "个百分点",
      kind: "percentagePoints",
      direction: "increase",
    },
    "较上年提高3个百分点",
  ),
  claim(
    "online-rate",
    {
      id: "c-online-pp",
      label: "网上办件率较上年提高",
      value: "3.5",
      unit: "个百分点",
      kind: "percentagePoints",
      direction: "increase",
    },
    "较上年提高3.5个百分点",
  ),
  claim(
    "recon-cases",
    {
      id: "c-recon-last-year",
      label: "行政复议案件",
      value: "62",
      unit: "件",
      kind: "count",
      domain: "reconsideration",
      year: 2022,
    },
    "上年的62件",
  ),
  claim(
    "c-recon-last-year",
    { id: "c-recon-diff", label: "比上年增加", value: "8", unit: "件", kind: "count", direction: "increase" },
    "比上年增加8件",
  ),
] as const;

export function constructedCurrent(): Report {
  const r = structuredClone(example("2023-linhe-district"));
  r.id = "2023-linhe-district-claims-constructed";
  for (const { after, ind, quote } of CLAIMS) {
    const at = r.indicators.findIndex((i) => i.id === after);
    const sectionId = r.indicators[at]?.evidence?.[0]?.sectionId;
    r.indicators.splice(at + 1, 0, {
      ...ind,
      evidence: [{ quote, ...(sectionId ? { sectionId } : {}) }],
    } as Indicator);
  }
  return r;
}

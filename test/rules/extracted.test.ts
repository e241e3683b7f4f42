import { describe, expect, test } from "vitest";
import type { ReportInput } from "../../src/model";
import { fixtureBase, validateReport } from "../../src/rules";

// Findings on relations read from a text name how they were read (basis) and quote each figure; hand-encoded
// relations add neither. Two relations, the second failing, so that the finding must name its own relation.
function withRelations(): ReportInput {
  const r = fixtureBase();
  const quote = (id: string, q: string) => ({ id, q });
  const quotes = [
    quote("mediated", "调解纠纷10件"),
    quote("mediated-ok", "调解成功8件"),
    quote("mediation-rate", "成功率90%"),
  ];
  return {
    ...r,
    indicators: [
      ...r.indicators.map((x) => {
        const q = quotes.find((y) => y.id === x.id)?.q;
        return {
          ...x,
          ...(x.id === "mediation-rate" ? { value: "90" } : {}),
          ...(q ? { evidence: [{ quote: q }] } : {}),
        };
      }),
      {
        id: "whole",
        label: "受理",
        value: "20",
        unit: "件",
        kind: "count",
        evidence: [{ quote: "受理20件" }],
      },
    ],
    relations: [
      { id: "first", type: "subset", whole: "whole", parts: ["mediated"], basis: "qizhong" },
      {
        id: "second",
        type: "rate",
        rate: "mediation-rate",
        numerator: ["mediated-ok"],
        denominator: ["mediated"],
        basis: "labels",
      },
      { id: "third", type: "sum", whole: "whole", parts: ["mediated", "mediated-ok"], basis: "brackets" },
      { id: "fourth", type: "subset", whole: "mediated-ok", parts: ["whole"], basis: "partOf" },
    ],
  };
}

describe("findings on extracted relations", () => {
  // Validated inside each test (not while the tests are collected), so that a mutation test sees the rules run.
  const of = (ruleId: string) =>
    validateReport(withRelations(), { referenceDate: "2026-11-29", locale: "en" }).findings.filter(
      (f) => f.ruleId === ruleId,
    );

  test("FZ-RATE-001 names the basis of its own relation and quotes its figures", () => {
    expect(of("FZ-RATE-001").map((f) => [f.path, f.params.basis, f.params.quotes])).toEqual([
      ["/relations/1", "basis.labels", ["「成功率90%」", "「调解成功8件」", "「调解纠纷10件」"]],
    ]);
    expect(of("FZ-RATE-001")[0]?.message).toContain(
      "; read from the text (the rate's name matches its numerator's and denominator's), figures: 「成功率90%」, 「调解成功8件」, 「调解纠纷10件」",
    );
  });

  test("FZ-ARITH-001 and FZ-ARITH-002 do the same for sums and subsets", () => {
    expect(of("FZ-ARITH-001").map((f) => [f.path, f.params.basis, f.params.quotes])).toEqual([
      ["/relations/2", "basis.brackets", ["「受理20件」", "「调解纠纷10件」", "「调解成功8件」"]],
    ]);
    expect(of("FZ-ARITH-002").map((f) => [f.path, f.params.basis, f.params.quotes])).toEqual([
      ["/relations/3", "basis.partOf", ["「调解成功8件」", "「受理20件」"]],
    ]);
  });

  test("hand-encoded relations add no basis and no quotes", () => {
    const r = withRelations();
    const plain = { ...r, relations: r.relations.map(({ basis: _b, ...x }) => x) } as ReportInput;
    const f = validateReport(plain, { referenceDate: "2026-11-29" }).findings.filter(
      (x) => x.ruleId === "FZ-RATE-001",
    );
    expect(f[0]?.params.basis).toBeUndefined();
    expect(f[0]?.params.quotes).toBeUndefined();
  });
});

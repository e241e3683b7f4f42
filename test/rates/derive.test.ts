import { describe, expect, test } from "vitest";
import { type Indicator, parseReport, type Relation, type Report } from "../../src/model";
import type { RoundingMode } from "../../src/numbers";
import { deriveRates } from "../../src/rates";
import { fixtureBase } from "../../src/rules";
import { thrown } from "./thrown";

type Ind = Partial<Indicator> & { id: string; value: string };
const count = (i: Ind): Indicator => ({ label: i.id, unit: "件", kind: "count", ...i }) as Indicator;
const pct = (i: Ind): Ind => ({ unit: "%", kind: "rate", ...i });
const report = (indicators: Ind[], relations: Relation[]): Report =>
  parseReport({ ...fixtureBase(), indicators: indicators.map(count), relations });
const rateOf = (extra: Partial<Extract<Relation, { type: "rate" }>> = {}): Relation => ({
  id: "r",
  type: "rate",
  rate: "rate",
  numerator: ["n"],
  denominator: ["d"],
  ...extra,
});
const figures = (n: Omit<Ind, "id">, d: Omit<Ind, "id">, stated: Omit<Ind, "id">): Ind[] => [
  { id: "n", ...n },
  { id: "d", ...d },
  pct({ id: "rate", ...stated }),
];
const zeros = (k: number) => "0".repeat(k);

describe("deriveRates", () => {
  test("computes a rate, checks it and lists its inputs", () => {
    expect(
      deriveRates(report(figures({ value: "8" }, { value: "10" }, { value: "80" }), [rateOf()])),
    ).toEqual([
      {
        relationId: "r",
        path: "/relations/0",
        rateIndicatorId: "rate",
        stated: "80",
        computed: expect.objectContaining({ value: "80", precision: 0, mode: "halfUp" }),
        check: expect.objectContaining({ status: "pass", computed: "80.00", interval: "[79.5, 80.5)" }),
        inputs: [
          { id: "n", role: "numerator", value: "8", path: "/indicators/0" },
          { id: "d", role: "denominator", value: "10", path: "/indicators/1" },
        ],
      },
    ]);
  });

  test.each([
    [
      "1.2万 ÷ 1.5万 stated 80",
      { value: "1.2", magnitude: "万" },
      { value: "1.5", magnitude: "万" },
      "80",
      "pass",
    ],
    [
      "12000 ÷ 1.5万 stated 80 (not 12000 ÷ 1.5)",
      { value: "12000" },
      { value: "1.5", magnitude: "万" },
      "80",
      "pass",
    ],
    ["12000 ÷ 1.5万 stated 75", { value: "12000" }, { value: "1.5", magnitude: "万" }, "75", "fail"],
    [
      "12000 ÷ 1.5万余 stated 75",
      { value: "12000" },
      { value: "1.5", magnitude: "万", qualifier: "atLeast" },
      "75",
      "pass",
    ],
    ["1.2万 ÷ 15000 stated 80", { value: "1.2", magnitude: "万" }, { value: "15000" }, "80", "pass"],
    ["约8000 ÷ 10000 stated 83", { value: "8000", qualifier: "approx" }, { value: "10000" }, "83", "pass"],
  ] as const)("%s: %s", (_name, n, d, stated, status) => {
    const [derived] = deriveRates(report(figures(n, d, { value: stated }), [rateOf()]));
    expect(derived?.check?.status).toBe(status);
  });

  test("shows the scaled figures in the formula and the printed ones as inputs", () => {
    const [d] = deriveRates(
      report(figures({ value: "1.2", magnitude: "万" }, { value: "1.5", magnitude: "万" }, { value: "80" }), [
        rateOf(),
      ]),
    );
    expect(d?.check?.explanation.formula).toBe("12000 ÷ 15000 × 100");
    expect(d?.computed?.explanation.formula).toBe("12000 ÷ 15000 × 100");
    expect(d?.inputs.map((i) => i.value)).toEqual(["1.2", "1.5"]);
  });

  test("sums several numerators and leaves excluded figures out of the denominator (临河 纠错率)", () => {
    const inds: Ind[] = [
      { id: "annulled", value: "6" },
      { id: "ordered", value: "1" },
      { id: "decided", value: "22" },
      { id: "rejected", value: "4" },
      pct({ id: "rate", value: "39", rateKind: "reconsiderationCorrection" }),
    ];
    const rel = rateOf({
      numerator: ["annulled", "ordered"],
      denominator: ["decided"],
      denominatorExcludes: ["rejected"],
      rateKind: "reconsiderationCorrection",
    });
    const [d] = deriveRates(report(inds, [rel]));
    expect(d).toMatchObject({
      rateKind: "reconsiderationCorrection",
      computed: { value: "39" },
      check: { status: "pass" },
    });
    expect(d?.computed?.explanation.formula).toBe("7 ÷ 18 × 100");
    expect(d?.inputs.map((i) => [i.role, i.id, i.path])).toEqual([
      ["numerator", "annulled", "/indicators/0"],
      ["numerator", "ordered", "/indicators/1"],
      ["denominator", "decided", "/indicators/2"],
      ["excluded", "rejected", "/indicators/3"],
    ]);
    const kept = deriveRates(report(inds, [rel]), {
      denominators: { reconsiderationCorrection: { excludeRejected: false } },
    });
    expect(kept[0]).toMatchObject({ computed: { value: "32" }, check: { status: "fail" } });
    expect(kept[0]?.inputs.map((i) => i.role)).toEqual(["numerator", "numerator", "denominator"]);
    const other = deriveRates(report(inds, [{ ...rel, rateKind: "other" } as Relation]), {
      denominators: { reconsiderationCorrection: { excludeRejected: false } },
    });
    expect(other[0]).toMatchObject({ rateKind: "other", computed: { value: "39" } });
  });

  test("keeps the qualifier of a single numerator or denominator, not of a sum or of a figure less exclusions", () => {
    const approx = { value: "8000", qualifier: "approxAtLeast" } as const;
    const single = deriveRates(report(figures(approx, { value: "10000" }, { value: "90" }), [rateOf()]));
    expect(single[0]?.check?.status).toBe("pass");
    const summed = deriveRates(
      report(
        [...figures(approx, { value: "10000" }, { value: "90" }), { id: "zero", value: "0" }],
        [rateOf({ numerator: ["n", "zero"] })],
      ),
    );
    expect(summed[0]?.check?.status).toBe("fail");
    const atLeast = { value: "15000", qualifier: "atLeast" } as const;
    expect(
      deriveRates(report(figures({ value: "12000" }, atLeast, { value: "75" }), [rateOf()]))[0]?.check
        ?.status,
    ).toBe("pass");
    const less = deriveRates(
      report(
        [...figures({ value: "12000" }, atLeast, { value: "75" }), { id: "zero", value: "0" }],
        [rateOf({ denominatorExcludes: ["zero"] })],
      ),
    );
    expect(less[0]?.check?.status).toBe("fail");
  });

  test("uses the mode asked for, and a figure's own rounding before it", () => {
    const inds = figures({ value: "683" }, { value: "904" }, { value: "75.5" });
    expect(deriveRates(report(inds, [rateOf()]))[0]).toMatchObject({
      computed: { value: "75.6", mode: "halfUp" },
      check: { status: "passOtherMode", mode: "halfUp" },
    });
    expect(deriveRates(report(inds, [rateOf()]), { mode: "truncate" })[0]).toMatchObject({
      computed: { value: "75.5", mode: "truncate" },
      check: { status: "pass", mode: "truncate" },
    });
    const own = figures({ value: "683" }, { value: "904" }, { value: "75.5", rounding: "truncate" });
    expect(deriveRates(report(own, [rateOf()]))[0]?.check).toMatchObject({
      status: "pass",
      mode: "truncate",
    });
  });

  test("keeps the qualifier of the stated rate (98%以上)", () => {
    const inds = figures({ value: "320" }, { value: "320" }, { value: "98", qualifier: "atLeast" });
    expect(deriveRates(report(inds, [rateOf()]))[0]?.check).toMatchObject({
      status: "pass",
      interval: "[97.5, +∞)",
    });
  });

  test("checks a stated rate with more than 28 decimals", () => {
    const right = deriveRates(
      report(figures({ value: "1" }, { value: "8" }, { value: `12.5${zeros(28)}` }), [rateOf()]),
    );
    expect(right[0]).toMatchObject({ computed: { value: `12.5${zeros(28)}` }, check: { status: "pass" } });
    const wrong = deriveRates(
      report(figures({ value: "1" }, { value: "8" }, { value: `12.5${zeros(28)}1` }), [rateOf()]),
    );
    expect(wrong[0]?.check?.status).toBe("fail");
  });

  test("counts relations by their place among all relations and skips the others", () => {
    const inds = figures({ value: "8" }, { value: "10" }, { value: "80" });
    const sum: Relation = { id: "s", type: "sum", whole: "d", parts: ["n", "n"] };
    const derived = deriveRates(report(inds, [sum, rateOf()]));
    expect(derived.map((d) => [d.relationId, d.path])).toEqual([["r", "/relations/1"]]);
    expect(derived[0]).not.toHaveProperty("rateKind");
  });

  test.each([
    ["a missing denominator", rateOf({ denominator: ["x", "y"] }), "unknown indicator: x, y"],
    ["a missing rate", rateOf({ rate: "nowhere" }), "unknown indicator: nowhere"],
  ] as const)("is not applicable with %s", (_name, rel, reason) => {
    const [d] = deriveRates(report(figures({ value: "8" }, { value: "10" }, { value: "80" }), [rel]));
    expect(d).toMatchObject({ inputs: [], notApplicable: reason });
    expect(d).not.toHaveProperty("check");
  });

  test("is not applicable for a zero denominator, naming the stated rate", () => {
    const [d] = deriveRates(
      report(figures({ value: "4" }, { value: "4" }, { value: "0" }), [
        rateOf({ denominatorExcludes: ["d"] }),
      ]),
    );
    expect(d).toMatchObject({ stated: "0", notApplicable: "zeroDenominator" });
    expect(d).not.toHaveProperty("check");
  });

  test("is not applicable, not throwing, for a figure that is not a number (an unparsed report)", () => {
    const parsed = report(figures({ value: "8" }, { value: "10" }, { value: "80" }), [rateOf()]);
    const broken = {
      ...parsed,
      indicators: parsed.indicators.map((i) => (i.id === "d" ? { ...i, value: "abc" } : i)),
    };
    expect(deriveRates(broken)[0]).toMatchObject({ notApplicable: "an input is not a number" });
    const second = report(
      [...figures({ value: "8" }, { value: "10" }, { value: "80" }), { id: "m", value: "1" }],
      [rateOf({ numerator: ["n", "m"] })],
    );
    const oneOfTwo = {
      ...second,
      indicators: second.indicators.map((i) => (i.id === "m" ? { ...i, value: "abc" } : i)),
    };
    expect(deriveRates(oneOfTwo)[0]).toMatchObject({ notApplicable: "an input is not a number" });
    const stated = {
      ...parsed,
      indicators: parsed.indicators.map((i) => (i.id === "rate" ? { ...i, value: "abc" } : i)),
    };
    expect(deriveRates(stated)[0]).not.toHaveProperty("check");
  });

  test("takes null options as absent and refuses an unknown mode by name", () => {
    const r = report(figures({ value: "8" }, { value: "10" }, { value: "80" }), [rateOf()]);
    expect(deriveRates(r, null)[0]?.check?.status).toBe("pass");
    expect(() => deriveRates(r, { mode: "HALF_UP" as RoundingMode })).toThrow(
      /unknown rounding mode "HALF_UP"/,
    );
    expect(thrown(() => deriveRates(r, { mode: "HALF_UP" as RoundingMode }))).toEqual([
      "invalidOptions",
      ["/options/mode"],
    ]);
  });
});

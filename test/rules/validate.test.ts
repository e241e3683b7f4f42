import { describe, expect, test } from "vitest";
import { FazhiError } from "../../src/error";
import { fixtureBase, type Rule, sha256Hex, validateReport } from "../../src/rules";

const opts = { referenceDate: "2025-01-01" } as const;
const withRate = (value: string) => {
  const r = fixtureBase();
  return { ...r, indicators: r.indicators.map((x) => (x.id === "mediation-rate" ? { ...x, value } : x)) };
};

describe("validateReport", () => {
  test.each([null, 42, "x", [], { schemaVersion: "1.0" }, JSON.parse('{"__proto__": {"a": 1}}')])(
    "turns the structurally invalid %j into FZ-SCHEMA-001 findings without throwing",
    (input) => {
      const result = validateReport(input, opts);
      expect(result.valid).toBe(false);
      expect(result.findings.length).toBeGreaterThan(0);
      expect(result.findings.every((f) => f.ruleId === "FZ-SCHEMA-001" && f.severity === "error")).toBe(true);
      expect(result.report).toBeUndefined();
    },
  );

  test("reports a wrong rate with stated, computed, interval, rounding and delta", () => {
    const result = validateReport(withRate("85"), opts);
    const f = result.findings.find((x) => x.ruleId === "FZ-RATE-001");
    expect(f).toMatchObject({
      severity: "error",
      path: "/relations/0",
      params: {
        stated: "85",
        computed: "80.00",
        interval: "[84.5, 85.5)",
        rounding: "halfUp",
        delta: "-5.00",
      },
      related: ["/indicators/1", "/indicators/0"],
    });
    expect(f?.message).toContain("85%");
    expect(result.valid).toBe(false);
  });

  test("renders messages in zh-CN by default and in en on request", () => {
    const zh = validateReport(withRate("85"), opts).findings.find((x) => x.ruleId === "FZ-RATE-001");
    const en = validateReport(withRate("85"), { ...opts, locale: "en" }).findings.find(
      (x) => x.ruleId === "FZ-RATE-001",
    );
    expect(zh?.message).toMatch(/所述比率 85%.*四舍五入/);
    expect(en?.message).toMatch(/^Stated 85%, but 8 ÷ 10 × 100 = 80.00%/);
  });

  test("applies severity overrides and disabled rules", () => {
    const overridden = validateReport(withRate("85"), {
      ...opts,
      severityOverrides: { "FZ-RATE-001": "warning" },
    });
    expect(overridden.findings.find((f) => f.ruleId === "FZ-RATE-001")?.severity).toBe("warning");
    expect(overridden.valid).toBe(true);
    const off = validateReport(withRate("85"), { ...opts, severityOverrides: { "FZ-RATE-001": "off" } });
    expect(off.findings.some((f) => f.ruleId === "FZ-RATE-001")).toBe(false);
    const disabled = validateReport(withRate("85"), { ...opts, disabledRules: ["FZ-RATE-001"] });
    expect(disabled.findings.some((f) => f.ruleId === "FZ-RATE-001")).toBe(false);
  });

  test("a rounding-mode option changes which stated rates hold", () => {
    const r = withRate("80.0");
    expect(
      validateReport(r, { ...opts, roundingMode: "truncate" }).findings.some((f) =>
        f.ruleId.startsWith("FZ-RATE"),
      ),
    ).toBe(false);
  });

  test("a throwing rule pack becomes FZ-INTERNAL-001 instead of a crash", () => {
    const broken: Rule = {
      id: "X-THROW-001",
      category: "structure",
      severity: "warning",
      version: "1.0.0",
      check() {
        throw new Error("boom");
      },
      fixtures: { pass: (r) => r, fail: (r) => r, notApplicable: (r) => r },
    };
    const result = validateReport(fixtureBase(), { ...opts, rulePacks: [[broken]] });
    expect(result.findings.find((f) => f.ruleId === "FZ-INTERNAL-001")?.params).toMatchObject({
      rule: "X-THROW-001",
    });
  });

  test("rejects a rule pack that reuses a base id", () => {
    const clash = { ...({} as Rule), id: "FZ-RATE-001" } as Rule;
    expect(() => validateReport(fixtureBase(), { rulePacks: [[clash]] })).toThrow(FazhiError);
    expect(() => validateReport(fixtureBase(), { rulePacks: [[clash]] })).toThrow(
      "/options/rulePacks: rule id FZ-RATE-001 is defined twice",
    );
  });

  test("refuses an unknown locale with a FazhiError that names it", () => {
    expect(() => validateReport(fixtureBase(), { locale: "fr" as "en" })).toThrow(
      '/options/locale: unknown locale "fr" (expected zh-CN or en)',
    );
  });

  test("states its provenance, hashing the source text when given", () => {
    const text = JSON.stringify(fixtureBase());
    const result = validateReport(JSON.parse(text), { ...opts, sourceText: text });
    expect(result.provenance).toMatchObject({
      library: "fazhi-report",
      rulesetVersion: "1.0.0",
      schemaId: "https://fazhi-report.dev/schemas/1.1/report.schema.json",
      inputSha256: sha256Hex(text),
    });
    const a = validateReport({ b: 1, a: 2 }).provenance.inputSha256;
    expect(validateReport({ a: 2, b: 1 }).provenance.inputSha256).toBe(a);
  });

  test("counts passes, failures and non-applicable rules", () => {
    const s = validateReport(withRate("85"), opts).summary;
    expect(s.failed).toBeGreaterThan(0);
    expect(s.passed).toBeGreaterThan(0);
    expect(s.error + s.warning + s.info).toBe(s.failed);
  });
});

describe("FZ-EVID-001 reads the value as a whole number of its quote", () => {
  const withQuote = (value: string, quote: string) => {
    const r = fixtureBase();
    return {
      ...r,
      indicators: r.indicators.map((x, i) => (i === 0 ? { ...x, value, evidence: [{ quote }] } : x)),
      relations: [],
    };
  };
  test.each([
    ["8881", "调解成功8881件", true],
    ["881", "调解成功8881件", false],
    ["888", "调解成功8881件", false],
    ["1", "共1,234件", false],
    ["1234", "共1,234件", true],
    ["8881", "调解成功８8881件", false],
    ["8881", "调解成功８８８１件", true],
    ["92.98", "网上办件率92.98%", true],
    ["92", "网上办件率92.98%", false],
    ["32", "三十二件", true],
    ["10", "共10。", true],
  ] as const)("value %s in %s: %s", (value, quote, passes) => {
    const findings = validateReport(withQuote(value, quote), opts).findings.filter(
      (f) => f.ruleId === "FZ-EVID-001",
    );
    expect(findings.length === 0).toBe(passes);
  });
});

describe("FZ-EVID-002 ties each quote to the text it came from", () => {
  const text = "一、主要成效\n全年调解纠纷10件，调解成功8件，成功率80%。\n";
  const start = text.indexOf("调解纠纷10件");
  const withEvidence = (quote: string, at: number) => {
    const r = fixtureBase();
    return {
      ...r,
      indicators: r.indicators.map((x, i) =>
        i === 0
          ? {
              ...x,
              value: quote.replace(/\D/g, ""),
              evidence: [{ quote, start: at, end: at + quote.length }],
            }
          : x,
      ),
    };
  };
  const evid2 = (report: ReturnType<typeof fixtureBase>, documentText?: string) =>
    validateReport(report, {
      ...opts,
      ...(documentText === undefined ? {} : { documentText }),
    }).findings.filter((f) => f.ruleId === "FZ-EVID-002");

  test("passes when the quote stands at its offsets in the document text", () => {
    expect(evid2(withEvidence("调解纠纷10件", start), text)).toEqual([]);
  });

  test("fails when figure and quote were edited in the JSON but not in the text", () => {
    const [f] = evid2(withEvidence("调解纠纷12件", start), text);
    expect(f).toMatchObject({
      severity: "error",
      path: "/indicators/0/evidence/0/quote",
      params: { where: "offsets" },
    });
  });

  test("fails when the quote stands in the text but not at its offsets", () => {
    expect(evid2(withEvidence("调解纠纷10件", start + 1), text)).toHaveLength(1);
  });

  test("without the document text, looks for the quote in the report's narrative", () => {
    expect(evid2(withEvidence("调解纠纷10件", start))).toEqual([]);
    const [f] = evid2(withEvidence("调解纠纷12件", start));
    expect(f?.params).toMatchObject({ where: "narrative", quote: "调解纠纷12件" });
    expect(f?.message).toBe("指标“mediated”的引文“调解纠纷12件”不在报告正文中");
  });

  test("reads a quote of an HTML page as its text (character references and tags)", () => {
    const r = fixtureBase();
    const report = {
      ...r,
      indicators: r.indicators.map((x, i) =>
        i === 2 ? { ...x, evidence: [{ quote: "成功率80&#37;" }] } : x,
      ),
    };
    expect(evid2(report)).toEqual([]);
  });
});

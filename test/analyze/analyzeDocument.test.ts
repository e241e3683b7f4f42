import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyzeDocument, type DocumentAnalysis, documentLocator } from "../../src/analyze";
import { htmlToText } from "../../src/html/index";
import { reportishText } from "../property/arbitraries";

const root = new URL("../../", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), "utf8");
const linhe = read("examples/text/2023-linhe-district.txt");
const slice = (text: string, at: { offset: number; end: number } | undefined) =>
  at && text.slice(at.offset, at.end);

describe("analyzeDocument on JSON", () => {
  test("gives invalid JSON as an FZ-JSON-001 error finding where the parser stopped", () => {
    const text = '{\n  "title": }';
    const a = analyzeDocument(text, { locale: "en" });
    expect(a).toMatchObject({ format: "json", valid: false, rates: [], warnings: [] });
    expect(a.report).toBeUndefined();
    expect(a.findings).toEqual([
      {
        ruleId: "FZ-JSON-001",
        severity: "error",
        path: "",
        params: { message: "a value was expected here", code: "ValueExpected", line: 2, column: 12 },
        message: "JSON syntax error: a value was expected here (line 2, column 12)",
        location: { line: 2, column: 12, offset: 13, end: 14 },
      },
    ]);
    expect(a.summary).toEqual({ error: 1, warning: 0, info: 0, passed: 0, failed: 1, notApplicable: 0 });
    expect(analyzeDocument(text).findings[0]?.message).toBe(
      "JSON 语法错误：此处应为一个值（第 2 行第 12 列）",
    );
  });

  test("keeps FZ-JSON-001 an error whatever the overrides say: broken input never passes", () => {
    const a = analyzeDocument("{", {
      severityOverrides: { "FZ-JSON-001": "off" },
      disabledRules: ["FZ-JSON-001"],
    });
    expect(a.findings.map((f) => [f.ruleId, f.severity])).toEqual([["FZ-JSON-001", "error"]]);
    expect(a.valid).toBe(false);
  });

  test("counts lines of an NDJSON record in its file (startLine), offsets in the record", () => {
    const a = analyzeDocument('{"a": }', { format: "json", startLine: 3 });
    expect(a.findings[0]?.location).toEqual({ line: 3, column: 7, offset: 6, end: 7 });
    expect(a.findings[0]?.params).toMatchObject({ line: 3, column: 7 });
  });

  test("gives each repeated key an FZ-JSON-002 warning at the key's value, first among the findings", () => {
    const text = read("test/fixtures/cli/duplicate-key.json");
    const a = analyzeDocument(text, { referenceDate: "2026-11-29" });
    expect(a.findings[0]).toMatchObject({ ruleId: "FZ-JSON-002", severity: "warning", path: "/id" });
    expect(a.findings[0]?.location?.line).toBe(4);
    expect(slice(text, a.findings[0]?.location)).toBe('"minimal"');
    expect(a.summary.warning).toBe(a.findings.filter((f) => f.severity === "warning").length);
    const strict = analyzeDocument(text, { severityOverrides: { "FZ-JSON-002": "error" } });
    expect(strict.findings[0]?.severity).toBe("error");
    expect(strict.valid).toBe(false);
  });

  test("puts FZ-JSON-002 after the structural findings of a report that does not match the model", () => {
    const a = analyzeDocument('{"a": 1, "a": 2}');
    expect(a.report).toBeUndefined();
    expect(a.findings.at(-1)).toMatchObject({ ruleId: "FZ-JSON-002", path: "/a" });
    expect(a.findings.slice(0, -1).every((f) => f.ruleId === "FZ-SCHEMA-001")).toBe(true);
  });

  test("says JSON nested deeper than maxDepth was not read (tooDeep), with where", () => {
    const a = analyzeDocument("[".repeat(600));
    expect(a).toMatchObject({
      format: "json",
      valid: false,
      findings: [],
      problem: {
        code: "tooDeep",
        location: { line: 1, column: 513, offset: 512, end: 513 },
        params: { maxDepth: 512 },
      },
    });
    expect(analyzeDocument("[[[1]]]", { maxDepth: 2 }).problem?.params).toEqual({ maxDepth: 2 });
  });

  test("locates findings of a valid report at the JSON value their pointer names", () => {
    const text = read("examples/2023-gongchuan-town.json");
    const a = analyzeDocument(text, { referenceDate: "2026-11-29" });
    expect(a.report?.title).toContain("2023");
    const located = a.findings.filter((f) => f.location);
    expect(located.length).toBe(a.findings.length);
    for (const f of located) expect(text.slice(f.location?.offset, f.location?.end)).toMatch(/^[[{"\d tfn-]/);
  });
});

describe("analyzeDocument on a text", () => {
  const a = analyzeDocument(linhe, { fileName: "linhe.txt", referenceDate: "2026-11-29" });

  test("extracts the report, with the extractor's provenance and warnings", () => {
    expect(a.format).toBe("text");
    expect(a.report?.indicators.length).toBeGreaterThan(5);
    expect(a.extraction?.extractorVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Array.isArray(a.warnings)).toBe(true);
  });

  test("locates a finding at the line of the text its evidence quotes", () => {
    const f = a.findings.find((x) => x.ruleId === "FZ-STRUCT-001");
    expect(f?.location?.line).toBe(44);
    expect(slice(linhe, f?.location)).toBe("七、完善普法依法治理模式");
  });

  test("recomputes the 81% mediation rate exactly: 8881 ÷ 10952 × 100 = 222025/2738", () => {
    const r = a.rates.find((x) => x.inputs.some((i) => i.value === "8881"));
    expect(r?.check?.status).toBe("pass");
    expect(r?.computed?.exact).toBe("222025/2738");
    expect(r?.inputs.map((i) => [i.role, i.value])).toEqual([
      ["numerator", "8881"],
      ["denominator", "10952"],
    ]);
    expect(slice(linhe, documentLocator(linhe, a)(r?.path ?? ""))).toBe("成功率81%");
  });

  test("leaves the rates out when told so (rates: false), the findings the same", () => {
    const lean = analyzeDocument(linhe, { fileName: "linhe.txt", referenceDate: "2026-11-29", rates: false });
    expect(lean.rates).toEqual([]);
    expect(lean.findings).toEqual(a.findings);
  });

  test("reads an HTML page through the converter passed in, quoting the page", () => {
    const page = `<!DOCTYPE html><html><body>\n${linhe
      .split("\n")
      .map((l) => `<p>${l}</p>`)
      .join("\n")}\n</body></html>`;
    const withReader = analyzeDocument(page, { htmlToText });
    expect(withReader.format).toBe("html");
    const r = withReader.rates.find((x) => x.inputs.some((i) => i.value === "8881"));
    expect(slice(page, documentLocator(page, withReader)(r?.path ?? ""))).toBe("成功率81%");
    expect(analyzeDocument(page).warnings.map((w) => w.code)).toContain("html");
  });

  test("reads a text that starts with a bracket as text when told so", () => {
    expect(analyzeDocument("[通知] 某镇2023年法治政府建设工作报告").format).toBe("json");
    expect(analyzeDocument("[通知] 某镇2023年法治政府建设工作报告", { format: "text" }).format).toBe("text");
  });
});

/** Whether a value is plain JSON data: no bigint, Map, Set, class instance, function or undefined in an array. */
function plainPath(value: unknown, path = ""): string | undefined {
  if (value === null || ["string", "boolean"].includes(typeof value)) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = v === undefined ? `${path}/${i}` : plainPath(v, `${path}/${i}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return path;
  for (const [k, v] of Object.entries(value)) {
    const bad = v === undefined ? undefined : plainPath(v, `${path}/${k}`);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

describe("DocumentAnalysis is plain JSON data", () => {
  const html = `<html><body><p>${linhe.replaceAll("\n", "</p>\n<p>")}</p></body></html>`;
  const cases: ReadonlyArray<readonly [string, DocumentAnalysis]> = [
    ["a valid JSON report", analyzeDocument(read("examples/2023-linhe-district.json"))],
    ["a JSON report with duplicate keys", analyzeDocument(read("test/fixtures/cli/duplicate-key.json"))],
    ["invalid JSON", analyzeDocument("{\n  ")],
    ["JSON nested too deep", analyzeDocument("[".repeat(600))],
    ["JSON that is no report", analyzeDocument('{"x": [1, 2]}')],
    ["a report's text", analyzeDocument(linhe)],
    ["an HTML page", analyzeDocument(html, { htmlToText })],
    ["a text that is no report", analyzeDocument("今天天气很好。")],
    ["an empty text", analyzeDocument("", { format: "text" })],
  ];

  test.each(cases)("%s: survives JSON.stringify and structuredClone unchanged", (_name, a) => {
    expect(plainPath(a)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(structuredClone(a)).toEqual(a);
  });

  test("the rates of a report hold exact values as strings", () => {
    const [, a] = cases[0] ?? [];
    expect(a?.rates.length).toBeGreaterThan(0);
    for (const r of a?.rates ?? []) if (r.computed) expect(r.computed.exact).toMatch(/^-?\d+(\/\d+)?$/);
  });
});

describe("analyzeDocument on any input (property)", () => {
  test("never throws, gives plain JSON data, and locates every finding inside the input", () => {
    const input = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.json({ maxDepth: 4 }),
      reportishText,
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v, null, 1)),
    );
    fc.assert(
      fc.property(
        input,
        fc.constantFrom("auto", "json", "text") as fc.Arbitrary<"auto" | "json" | "text">,
        (text, format) => {
          const a = analyzeDocument(text, { format, referenceDate: "2026-11-29" });
          expect(plainPath(a)).toBeUndefined();
          expect(JSON.parse(JSON.stringify(a))).toEqual(a);
          for (const f of a.findings) {
            if (!f.location) continue;
            expect(f.location.offset).toBeGreaterThanOrEqual(0);
            expect(f.location.end).toBeGreaterThanOrEqual(f.location.offset);
            expect(f.location.end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

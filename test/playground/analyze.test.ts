import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { analyze } from "../../playground/src/analyze";
import type { AnalyzeRequest } from "../../playground/src/protocol";

// The worker's side of the playground, without a browser: what the page is given to render.
const root = new URL("../../", import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), "utf8");
const request = (input: string, more: Partial<AnalyzeRequest> = {}): AnalyzeRequest => ({
  id: 1,
  input,
  fileName: "report.txt",
  locale: "zh-CN",
  roundingMode: "halfUp",
  ...more,
});
const slice = (text: string, at: { offset: number; end: number } | undefined) =>
  at && text.slice(at.offset, at.end);

describe("playground analyze", () => {
  test("a report's text: the 81% row shows 8881/10952, matches, and points at its quote", () => {
    const text = read("examples/text/2023-linhe-district.txt");
    const { response } = analyze(request(text));
    const row = response.rates.find((r) => r.numerator === "8881");
    expect(row).toMatchObject({ denominator: "10952", status: "pass", stated: "81" });
    expect(slice(text, row?.location)).toBe("成功率81%");
    expect(response.findings.length).toBe(
      response.counts.error + response.counts.warning + response.counts.info,
    );
    expect(response.problem).toBeUndefined();
    expect(response.indicators.length).toBeGreaterThan(0);
  });

  test("a JSON report: a finding points at the JSON it is about", () => {
    const text = read("examples/2023-gongchuan-town.json");
    const { response } = analyze(request(text, { fileName: "gongchuan.json" }));
    const date = response.findings.find((f) => f.ruleId === "FZ-DATE-001");
    expect(slice(text, date?.location)).toContain('"date": "2023-12-26"');
  });

  test("invalid JSON: the FZ-JSON-001 finding, and a problem with its line and column", () => {
    const { response } = analyze(request('{\n  "title": "x",\n  "reportYear": \n}'));
    expect(response.problem?.code).toBe("invalidJson");
    expect(response.problem?.message).toMatch(/第 4 行第 1 列/);
    expect(response.findings.map((f) => f.ruleId)).toEqual(["FZ-JSON-001"]);
  });

  test.each([
    ["binary data", request("%PDF\u0000"), "binary"],
    ["a file whose bytes are no text", request("", { binary: true }), "binary"],
    ["nothing", request("  \n"), "empty"],
    ["a text that is no report", request("今天天气很好，我们去公园散步。"), "notAReport"],
    ["JSON nested too deep", request("[".repeat(600)), "tooDeep"],
  ])("%s: a problem the page shows", (_name, req, code) => {
    expect(analyze(req).response.problem?.code).toBe(code);
  });

  test("renders the downloads on request", () => {
    const a = analyze(request(read("examples/text/2022-huian-county.txt"), { locale: "en" }));
    const sarif = JSON.parse(a.render?.("sarif") ?? "");
    expect(sarif.runs[0].results.length).toBe(a.response.findings.length);
    expect(JSON.parse(a.render?.("model") ?? "").title).toBe(a.response.title);
    expect(JSON.parse(a.render?.("findings") ?? "").files[0].findings.length).toBe(
      a.response.findings.length,
    );
  });
});

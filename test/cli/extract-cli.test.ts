import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, test } from "vitest";
import { safeParseReport } from "../../src/model";
import { root, run } from "./run";

const dir = mkdtempSync(join(tmpdir(), "fazhi-extract-"));

describe("fazhi extract", () => {
  test("prints a draft that passes the schema, with evidence into the text", () => {
    const r = run(["extract", "examples/text/2023-linhe-district.txt"]);
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.out);
    expect(safeParseReport(draft).success).toBe(true);
    const text = readFileSync(join(root, "examples/text/2023-linhe-district.txt"), "utf8");
    for (const i of draft.indicators)
      for (const e of i.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  test("reads standard input with -, and writes --output", () => {
    const out = join(dir, "draft.json");
    const text = readFileSync(join(root, "examples/text/2022-anding-town.txt"), "utf8");
    const r = run(["extract", "-", "--output", out], text);
    expect(r.code).toBe(0);
    expect(safeParseReport(JSON.parse(readFileSync(out, "utf8"))).success).toBe(true);
  });

  test("exits 2 with warnings on stderr for a text that is not a report", () => {
    const file = join(dir, "weather.txt");
    writeFileSync(file, "今天天气很好，我们去公园散步。\n");
    const r = run(["extract", file, "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/notAReport: the text does not look like/);
  });
});

describe("fazhi check", () => {
  test("recomputes 临河's rates and shows each figure's line and quote", () => {
    const r = run(["check", "examples/text/2023-linhe-district.txt", "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Rates recomputed");
    expect(r.out).toMatch(
      /✓ 8881 ÷ 10952 × 100 = 81\.09%; under halfUp the stated 81% accepts \[80\.5, 81\.5\)/,
    );
    expect(r.out).toMatch(/\n\s+32: 调解成功8881件\n/);
    expect(r.out).toMatch(/\n\s+20: 网上办件率92\.98%\n/);
    // Findings on headings point at their line in the text.
    expect(r.out).toMatch(/44:1\s+warning \/sections\/7\/number/);
  });

  test.each(["2021-pengbao-town", "2022-anding-town", "2022-huian-county", "2023-gongchuan-town"])(
    "%s checks with exit 0 and findings in zh-CN",
    (name) => {
      const r = run(["check", `examples/text/${name}.txt`]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/1 个文件: \d+ 错误/);
    },
  );

  test("fails with exit 1 when a finding reaches --fail-on", () => {
    expect(run(["check", "examples/text/2023-linhe-district.txt", "--fail-on", "warning"]).code).toBe(1);
  });

  test("gives SARIF whose results carry the line of the text", () => {
    const r = run(["check", "examples/text/2023-linhe-district.txt", "--format", "sarif"]);
    const sarif = JSON.parse(r.out);
    const lines = sarif.runs[0].results.map(
      (x: { locations?: Array<{ physicalLocation?: { region?: { startLine?: number } } }> }) =>
        x.locations?.[0]?.physicalLocation?.region?.startLine,
    );
    expect(lines).toContain(44);
  });

  test("reads an HTML page through fazhi-report/html, quoting the page", () => {
    const text = readFileSync(join(root, "examples/text/2023-linhe-district.txt"), "utf8");
    const file = join(dir, "linhe.html");
    const body = text
      .split("\n")
      .map((l) => `<p>${l.replace(/%/g, "&#37;")}</p>`)
      .join("\n");
    writeFileSync(
      file,
      `<!DOCTYPE html><html><head><script>var a = 1;</script></head><body>\n${body}\n</body></html>`,
    );
    const r = run(["check", file, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("htmlRead");
    expect(r.out).toMatch(/✓ 8881 ÷ 10952 × 100 = 81\.09%/);
    expect(r.out).toContain("成功率81&#37;");
  });

  test("reads a Traditional-character report through opencc-js, quoting the original", () => {
    const text = readFileSync(join(root, "examples/text/2022-huian-county.txt"), "utf8");
    const file = join(dir, "huian-hant.txt");
    writeFileSync(file, OpenCC.Converter({ from: "cn", to: "hk" })(text));
    const r = run(["check", file, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("traditionalConverted");
    expect(r.out).toMatch(/✓ 19 ÷ 66 × 100 = 28\.788%/);
    expect(r.out).toContain("糾錯率28.8%");
  });

  test.each([
    ["not a report", "weather.txt", "今天天气很好，我们去公园散步。\n"],
    ["empty", "empty.txt", ""],
    ["binary", "binary.bin", "\u0000\u0001PNG\u0000"],
  ])("exits 2 when nothing could be extracted (%s)", (_name, base, content) => {
    const file = join(dir, base);
    writeFileSync(file, content);
    expect(run(["check", file]).code).toBe(2);
  });

  test("refuses a file over --max-size without reading it, like validate", () => {
    const r = run(["check", "examples/text/2023-linhe-district.txt", "--max-size", "100", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toMatch(/larger than the 100-byte limit/);
  });

  test("exits 2 for a missing file", () => {
    expect(run(["check", join(dir, "missing.txt")]).code).toBe(2);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { cli, root, run } from "./run";

const fx = (name: string) => join(root, "test/fixtures/cli", name);

describe("fazhi (built binary)", () => {
  test("exists (npm test builds before running the tests)", () => {
    expect(existsSync(cli)).toBe(true);
  });

  test("validates the bundled examples with exit 0 and real findings (npm start)", () => {
    const r = run(["validate", "examples/*.json"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("FZ-DATE-001");
    expect(r.out).toContain("FZ-RATE-002");
    expect(r.out).toMatch(/5 个文件/);
  });

  test("exits 1 when a finding reaches --fail-on, 0 when it does not", () => {
    expect(run(["validate", fx("wrong-rate.json"), "--locale", "en"]).code).toBe(1);
    expect(run(["validate", "examples/2022-anding-town.json", "--fail-on", "warning"]).code).toBe(0);
    expect(run(["validate", "examples/2022-anding-town.json", "--fail-on", "info"]).code).toBe(1);
  });

  test("applies a --config file, and rejects an invalid one with exit 2", () => {
    const r = run(["validate", fx("wrong-rate.json"), "--config", fx("config.json"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].findings).toContainEqual(
      expect.objectContaining({ ruleId: "FZ-RATE-001", severity: "warning" }),
    );
    const bad = run(["validate", fx("wrong-rate.json"), "--config", fx("bad-config.json")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad-config.json: \/roundingMode/);
  });

  test("reports invalid JSON as an FZ-JSON-001 finding with its line and column, and goes on", () => {
    const r = run(["validate", fx("invalid-json.json"), "examples/2022-anding-town.json", "--locale", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /FZ-JSON-001 JSON text parses\n {4}1:7 +error +\/ +JSON syntax error: a value was expected here \(line 1, column 7\)/,
    );
    expect(r.out).toContain("examples/2022-anding-town.json");
    const json = JSON.parse(run(["validate", fx("invalid-json.json"), "--format", "json"]).out);
    expect(json.files[0]).toMatchObject({
      valid: false,
      findings: [{ ruleId: "FZ-JSON-001", severity: "error", path: "", line: 1, column: 7 }],
    });
    expect(json.files[0].error).toBeUndefined();
  });

  test("names an unreadable file by its own problem, never by a rule: SARIF, JUnit, GitHub", () => {
    const files = [fx("missing.json"), fx("binary.json")];
    const sarif = JSON.parse(run(["validate", ...files, "--format", "sarif"]).out);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(["notFound", "binary"]);
    expect(run(["validate", ...files, "--format", "junit"]).out).toMatch(/name="notFound"><failure/);
    expect(run(["validate", ...files, "--format", "github"]).out).toMatch(
      /^::error file=.*missing.json,title=notFound::/m,
    );
  });

  test.each([
    ["empty.json", /empty file/],
    ["binary.json", /not a text file/],
    ["missing.json", /file not found/],
  ])("reports %s on one line with exit 2 and goes on with the other files", (file, pattern) => {
    const r = run(["validate", fx(file), "examples/2022-anding-town.json", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(pattern);
    expect(r.out).toContain("examples/2022-anding-town.json");
    expect(r.err).not.toMatch(/at .*\.js:\d+/);
  });

  test("skips a file over --max-size without reading it", () => {
    const r = run(["validate", "examples/2022-huian-county.json", "--max-size", "1000", "--locale", "en"]);
    expect([r.code, r.out]).toEqual([2, expect.stringMatching(/larger than the 1000-byte limit/)]);
  });

  test("reports duplicate keys (JSON.parse would silently drop one) with their line", () => {
    const r = run(["validate", fx("duplicate-key.json"), "--format", "json"]);
    expect(JSON.parse(r.out).files[0].findings).toContainEqual(
      expect.objectContaining({ ruleId: "FZ-JSON-002", path: "/id", line: 4 }),
    );
  });

  test("validates NDJSON line by line and reads stdin", () => {
    const r = run(["validate", fx("batch.ndjson"), "--format", "json"]);
    const files = JSON.parse(r.out).files;
    expect(
      files.map((f: { file: string; valid: boolean }) => [f.file.replace(/^.*\//, ""), f.valid]),
    ).toEqual([
      ["batch.ndjson:1", true],
      ["batch.ndjson:2", false],
    ]);
    expect(files[1].findings[0]).toMatchObject({ path: "/reportYear", line: 2 });
    const stdin = run(
      ["validate", "-", "--format", "json"],
      readFileSync(join(root, "examples/2022-anding-town.json"), "utf8"),
    );
    expect(JSON.parse(stdin.out).files[0]).toMatchObject({ file: "-", valid: true });
  });

  test("gives the same results with --jobs 2 as with one job, in input order", () => {
    const one = JSON.parse(run(["validate", "examples/*.json", "--format", "json"]).out);
    const two = JSON.parse(run(["validate", "examples/*.json", "--format", "json", "--jobs", "2"]).out);
    expect(two).toEqual(one);
  });

  test("writes --output atomically and prints nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-"));
    const out = join(dir, "out.json");
    const r = run(["validate", "examples/*.json", "--format", "json", "--output", out]);
    expect(r.out).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.files).toBe(5);
  });

  test("emits SARIF 2.1.0 that validates against the official schema, with 1-based lines", () => {
    const schema = JSON.parse(
      readFileSync(
        join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"),
        "utf8",
      ),
    );
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(
      run(["validate", "examples/*.json", fx("invalid-json.json"), "--format", "sarif"]).out,
    );
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "FZ-RATE-002");
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(25);
  });

  test("emits JUnit XML with one test case per file × rule", () => {
    const xml = run([
      "validate",
      "examples/2022-huian-county.json",
      fx("wrong-rate.json"),
      "--format",
      "junit",
    ]).out;
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(2);
    expect(Number(suites[0]["@_tests"])).toBe(suites[0].testcase.length);
    expect(Number(suites[1]["@_failures"])).toBe(1);
  });

  test("emits GitHub annotations with file, line and title", () => {
    const r = run(["validate", "examples/2022-huian-county.json", "--format", "github", "--locale", "en"]);
    expect(r.out).toMatch(
      /^::notice file=examples\/2022-huian-county.json,line=\d+,col=\d+,title=FZ-RATE-002::/m,
    );
  });

  test("validates its JSON output against its own output schema", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas/validate-output.schema.json"), "utf8"));
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    const out = JSON.parse(
      run(["validate", "examples/*.json", fx("invalid-json.json"), "--format", "json"]).out,
    );
    expect(ajv.validate(schema, out), JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
    expect(out.$schema).toBe(schema.$id);
  });

  test("computes a one-off rate with its explanation", () => {
    const r = run(["rate", "8881", "10952", "--precision", "0", "--locale", "en"]);
    expect([r.code, r.out]).toEqual([0, "81%\n8881 ÷ 10952 × 100 = 81% (halfUp to 0 decimals)\n"]);
    expect(run(["rate", "1", "0"]).code).toBe(2);
  });

  test("lists the rates of a report", () => {
    const r = run(["rates", "examples/2023-linhe-district.json", "--locale", "en"]);
    expect(r.out).toMatch(/r-mediation-rate .*8881 ÷ 10952 × 100 = 81.09%/);
  });

  test("lists and explains rules, and prints the schema", () => {
    expect(JSON.parse(run(["rules", "--format", "json"]).out).length).toBeGreaterThan(25);
    expect(run(["explain", "FZ-RATE-002", "--locale", "en"]).out).toMatch(/^FZ-RATE-002 A rate holds only/);
    expect(run(["explain", "FZ-NOPE-1"]).code).toBe(2);
    expect(JSON.parse(run(["schema", "--draft", "07"]).out).$schema).toBe(
      "http://json-schema.org/draft-07/schema#",
    );
  });

  test("answers usage errors with one line and exit 2", () => {
    for (const args of [
      ["validate", "--bogus"],
      ["frobnicate"],
      ["validate"],
      ["validate", "x", "--format", "pdf"],
    ]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(/^fazhi: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  test("prints its version and help", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(execFileSync(process.execPath, [cli, "--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
    expect(run(["--help"]).out).toContain("fazhi validate");
  });

  test("handles a 100 MB file with one clear line and without reading it", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-"));
    const big = join(dir, "big.json");
    writeFileSync(big, "");
    const fd = spawnSync("truncate", ["-s", "100M", big]);
    expect(fd.status).toBe(0);
    const r = run(["validate", big, "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/larger than the 52428800-byte limit/);
  });
});

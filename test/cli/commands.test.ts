/** Every command takes what validate takes (issue 15): many inputs, folders, globs, NDJSON, stdin; its own help. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { root, run } from "./run";

const fx = (name: string) => join(root, "test/fixtures/cli", name);
const linhe = "examples/2023-linhe-district.json";
const anding = "examples/2022-anding-town.json";

describe("fazhi rates", () => {
  test("prints the rates of every file it is given, each under its name", () => {
    const r = run(["rates", linhe, anding, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^examples\/2023-linhe-district.json\n {2}✓ r-online-rate /);
    expect(r.out).toContain("  ✓ r-mediation-rate (mediationSuccess): 8881 ÷ 10952 × 100 = 81.09%");
    expect(r.out).toContain("examples/2022-anding-town.json\n  no rate relations\n");
  });

  test("walks a folder, reads NDJSON record by record and standard input", () => {
    const folder = JSON.parse(run(["rates", "examples/", "--format", "json"]).out).files;
    expect(folder.map((f: { file: string }) => f.file)).toEqual([
      "examples/2021-pengbao-town.json",
      "examples/2022-anding-town.json",
      "examples/2022-huian-county.json",
      "examples/2023-gongchuan-town.json",
      "examples/2023-linhe-district.json",
    ]);
    const ndjson = run(["rates", fx("batch.ndjson"), "--format", "json", "--locale", "en"]);
    expect(ndjson.code).toBe(2);
    const records = JSON.parse(ndjson.out).files;
    expect(records.map((f: { file: string }) => f.file.replace(/^.*\//, ""))).toEqual([
      "batch.ndjson:1",
      "batch.ndjson:2",
    ]);
    expect(records[1].error).toMatchObject({
      code: "notAReport",
      message: expect.stringMatching(/^\/reportYear /),
    });
    const stdin = run(["rates", "-", "--format", "json"], readFileSync(join(root, linhe), "utf8"));
    expect(JSON.parse(stdin.out).files[0].rates.map((x: { relationId: string }) => x.relationId)).toContain(
      "r-mediation-rate",
    );
  });

  test("--format csv gives one row a rate, with a header; --format pdf is a usage error", () => {
    const r = run(["rates", linhe, "--format", "csv", "--locale", "en"]);
    const rows = r.out.trimEnd().split("\r\n");
    expect(rows[0]).toBe(
      "file,relationId,rateIndicatorId,rateKind,stated,computed,status,interval,mode,notApplicable,explanation,error",
    );
    expect(rows).toContain(
      'examples/2023-linhe-district.json,r-mediation-rate,mediation-success-rate,mediationSuccess,81,81.09,pass,"[80.5, 81.5)",halfUp,,"8881 ÷ 10952 × 100 = 81.09%; under halfUp the stated 81% accepts [80.5, 81.5)",',
    );
    const bad = run(["rates", linhe, "--format", "pdf"]);
    expect([bad.code, bad.err]).toEqual([
      2,
      expect.stringMatching(/^fazhi: --format must be one of text, json, csv/),
    ]);
  });

  test("refuses what it cannot read by name, with exit 2, and still prints the rest", () => {
    const r = run([
      "rates",
      fx("invalid-json.json"),
      "examples/text/2023-linhe-district.txt",
      "nope.json",
      linhe,
      "--locale",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("invalid-json.json:1:7  invalid JSON: a value was expected here\n");
    expect(r.out).toContain(
      "2023-linhe-district.txt  fazhi rates reads report JSON or NDJSON; for a text or web page use fazhi check",
    );
    expect(r.out).toContain("nope.json  file not found");
    expect(r.out).toContain("r-mediation-rate");
    expect(run(["rates"]).code).toBe(2);
  });
});

describe("fazhi extract and check", () => {
  test("extract gives one draft for one text, and one draft a line (NDJSON) for several", () => {
    const one = run(["extract", "examples/text/2023-linhe-district.txt"]);
    expect(JSON.parse(one.out).id).toBe("2023-linhe-district");
    const two = run([
      "extract",
      "examples/text/2023-linhe-district.txt",
      "examples/text/2022-anding-town.txt",
    ]);
    expect(
      two.out
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["2023-linhe-district", "2022-anding-town"]);
    const folder = run(["extract", "examples/text"]);
    expect(folder.out.trimEnd().split("\n")).toHaveLength(5);
  });

  test("extract and check refuse report JSON by name with exit 2", () => {
    const e = run(["extract", anding, "--locale", "en"]);
    expect([e.code, e.err]).toEqual([
      2,
      expect.stringContaining(
        `${anding}: fazhi extract reads a report's text or web page; for report JSON use fazhi validate`,
      ),
    ]);
    const c = run([
      "check",
      anding,
      "examples/text/2022-anding-town.txt",
      "--locale",
      "en",
      "--format",
      "json",
    ]);
    expect(c.code).toBe(2);
    const files = JSON.parse(c.out).files;
    expect(files.map((f: { file: string; error?: { code: string } }) => [f.file, f.error?.code])).toEqual([
      [anding, "wrongKind"],
      ["examples/text/2022-anding-town.txt", undefined],
    ]);
  });

  test("check takes a folder and a glob", () => {
    const r = run(["check", "examples/text/2022-*.txt", "--format", "json"]);
    expect(JSON.parse(r.out).files.map((f: { file: string }) => f.file)).toEqual([
      "examples/text/2022-anding-town.txt",
      "examples/text/2022-huian-county.txt",
    ]);
    const folder = JSON.parse(run(["check", "examples/text", "--format", "json"]).out);
    expect(folder.summary.files).toBe(5);
  });
});

describe("help and messages", () => {
  test.each(["validate", "rates", "extract", "check", "rate", "rules", "explain", "schema"])(
    "fazhi %s --help prints that command's help",
    (command) => {
      const r = run([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: fazhi ${command} `));
    },
  );

  test("invalid JSON is said in words with its line and column", () => {
    const en = run(["validate", fx("invalid-json.json"), "--locale", "en"]);
    expect(en.out).toContain("invalid-json.json:1:7  unreadable  invalid JSON: a value was expected here");
    const zh = run(["validate", fx("invalid-json.json")]);
    expect(zh.out).toContain("invalid-json.json:1:7  无法读取  JSON 语法错误: 此处应为一个值");
    expect(zh.out).not.toContain("ValueExpected");
  });
});

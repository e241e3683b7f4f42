import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { type Evidence, type Report, safeParseReport } from "../../src/model";

const dir = new URL("../../examples/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

function evidenceOf(report: Report): Array<[string, Evidence]> {
  const out: Array<[string, Evidence]> = [];
  const add = (path: string, list: readonly Evidence[] | undefined) => {
    list?.forEach((e, i) => {
      out.push([`${path}/evidence/${i}`, e]);
    });
  };
  for (const key of ["indicators", "relations", "problems", "plans"] as const) {
    for (const [i, x] of report[key].entries()) add(`/${key}/${i}`, x.evidence);
  }
  return out;
}

describe("examples", () => {
  test("there are the five seed reports", () => {
    expect(files.sort()).toEqual([
      "2021-pengbao-town.json",
      "2022-anding-town.json",
      "2022-huian-county.json",
      "2023-gongchuan-town.json",
      "2023-linhe-district.json",
    ]);
  });

  describe.each(files)("%s", (file) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    const parsed = safeParseReport(doc, { locale: "en" });

    test("is a valid report", () => {
      expect(parsed.issues).toBeUndefined();
    });

    test("points every evidence quote at its exact characters in the source text", () => {
      if (!parsed.success) return;
      const report = parsed.value;
      const sourceFile = report.source?.file;
      expect(sourceFile).toBeTruthy();
      const text = readFileSync(new URL(sourceFile ?? "", dir), "utf8");
      expect(report.source?.textSha256).toBe(createHash("sha256").update(text).digest("hex"));
      for (const [path, e] of evidenceOf(report)) {
        expect(e.start, path).toBeTypeOf("number");
        expect(text.slice(e.start, e.end), path).toBe(e.quote);
      }
    });
  });
});

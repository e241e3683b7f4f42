import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { validateReport } from "../../src/rules";

/** Each file in examples/broken is structurally valid with one rule category broken; these are its findings. */
const expected: Record<string, Array<[ruleId: string, path: string]>> = {
  "arithmetic.json": [["FZ-ARITH-001", "/relations/0"]],
  "completeness.json": [["FZ-COMP-004", "/sections"]],
  "dates.json": [["FZ-DATE-002", "/dates/publication"]],
  "evidence.json": [
    ["FZ-RATE-001", "/relations/0"],
    ["FZ-EVID-001", "/indicators/0/evidence/0/quote"],
  ],
  "privacy.json": [["FZ-PRIV-002", "/problems/1/text"]],
  "rates.json": [["FZ-RATE-001", "/relations/0"]],
  "references.json": [["FZ-REF-001", "/relations/0/parts/1"]],
  "structure.json": [["FZ-STRUCT-001", "/sections/2/number"]],
};

const dir = new URL("../../examples/broken/", import.meta.url);

describe("examples/broken", () => {
  test("every file has its expected findings in this table, and every entry a file", () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))(
    "%s produces exactly its findings (besides theme coverage)",
    (file, findings) => {
      const result = validateReport(JSON.parse(readFileSync(new URL(file, dir), "utf8")), {
        referenceDate: "2026-11-25",
      });
      const got = result.findings.filter((f) => f.ruleId !== "FZ-COMP-005").map((f) => [f.ruleId, f.path]);
      expect(got).toEqual(findings);
    },
  );
});

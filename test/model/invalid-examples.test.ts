import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { safeParseReport } from "../../src/model";

/** Each file in examples/invalid shows one structural mistake; this table is what it must produce. */
const expected: Record<string, Array<[code: string, path: string]>> = {
  "bad-date-feb-30.json": [["invalid_format", "/dates/document/date"]],
  "decimal-with-exponent.json": [["invalid_format", "/indicators/0/value"]],
  "empty-issuers.json": [["too_small", "/issuers"]],
  "empty-title.json": [["too_small", "/title"]],
  "missing-jurisdiction.json": [["invalid_type", "/jurisdiction"]],
  "negative-count.json": [["invalid_format", "/indicators/0/value"]],
  "proto-key.json": [["unrecognized_keys", "/__proto__"]],
  "relation-unknown-type.json": [["invalid_union", "/relations/0/type"]],
  "report-year-as-string.json": [["invalid_type", "/reportYear"]],
  "section-level-zero.json": [["too_small", "/sections/0/level"]],
  "unknown-key-typo.json": [["unrecognized_keys", "/titel"]],
  "unknown-level.json": [["invalid_value", "/jurisdiction/level"]],
  "unknown-theme-code.json": [["invalid_value", "/sections/0/themes/0"]],
  "value-as-number.json": [["invalid_type", "/indicators/1/value"]],
};

const dir = new URL("../../examples/invalid/", import.meta.url);

describe("examples/invalid", () => {
  test("every file has an expected verdict in this table, and every entry a file", () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))("%s fails with exactly the expected issues", (file, issues) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    const zh = safeParseReport(doc);
    const en = safeParseReport(doc, { locale: "en" });
    expect(zh.success).toBe(false);
    expect(zh.issues?.map((i) => [i.code, i.path])).toEqual(issues);
    for (const issue of [...(zh.issues ?? []), ...(en.issues ?? [])])
      expect(issue.message.length).toBeGreaterThan(0);
  });
});

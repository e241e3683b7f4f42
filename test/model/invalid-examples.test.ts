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

/** The sentences a person acts on, written by hand from each file. */
const messages: Record<string, [en: string, zh: string]> = {
  "bad-date-feb-30.json": ["2023-02-30 is not a calendar date", "2023-02-30 不是存在的日期"],
  "unknown-key-typo.json": [
    "unknown key 'titel' (did you mean 'title'?)",
    "未知的键“titel”（是否应为“title”？）",
  ],
  "relation-unknown-type.json": [
    "unknown type 'ratio': expected 'sum' | 'subset' | 'rate' | 'listCount'",
    "未知的类型“ratio”：应为 'sum' | 'subset' | 'rate' | 'listCount' 之一",
  ],
  "proto-key.json": [
    "unknown key '__proto__' (put your own data under 'extensions')",
    "未知的键“__proto__”（自定义数据请放在“extensions”下）",
  ],
};

describe("examples/invalid messages", () => {
  test.each(Object.entries(messages))("%s says what to fix, in English and Chinese", (file, [en, zh]) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    expect(safeParseReport(doc, { locale: "en" }).issues?.map((i) => i.message)).toEqual([en]);
    expect(safeParseReport(doc).issues?.map((i) => i.message)).toEqual([zh]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FazhiError, parseReport, safeParseReport, toJsonPointer } from "../../src/model";

const minimal = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL("../fixtures/minimal-report.json", import.meta.url), "utf8"));

describe("safeParseReport", () => {
  test("accepts the minimal valid report", () => {
    const result = safeParseReport(minimal());
    expect(result.issues).toBeUndefined();
    expect(result.success && result.value.reportYear).toBe(2023);
  });

  test.each([null, 42, "report", [], undefined, true, Symbol("x"), 10n, () => 1])(
    "returns an issue at the root for the non-object %s",
    (input) => {
      const result = safeParseReport(input);
      expect(result.success).toBe(false);
      expect(result.issues?.[0]?.path).toBe("");
    },
  );

  test.each([
    ["reportYear", Number.NaN, "/reportYear"],
    ["reportYear", Number.POSITIVE_INFINITY, "/reportYear"],
    ["reportYear", 1e300, "/reportYear"],
    ["reportYear", "2023", "/reportYear"],
    ["title", "", "/title"],
  ])("reports a bad %s (%s) at its path", (key, value, path) => {
    const result = safeParseReport({ ...minimal(), [key]: value });
    expect(result.issues?.map((i) => i.path)).toContain(path);
  });

  test("reports a __proto__ key at its own path and leaves Object.prototype alone", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    const result = safeParseReport({ ...minimal(), ...input });
    expect(result.issues?.map((i) => i.path)).toContain("/__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("reports a value given as a number instead of a decimal string", () => {
    const doc = minimal();
    (doc.indicators as Record<string, unknown>[])[0] = { ...(doc.indicators as object[])[0], value: 10 };
    const result = safeParseReport(doc, { locale: "en" });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "invalid_type", path: "/indicators/0/value" }),
    ]);
  });

  test("returns too_deep instead of throwing on sections nested beyond the stack", () => {
    const doc = minimal();
    let inner: Record<string, unknown> = {
      id: "d",
      level: 1,
      paragraphs: [],
      roles: ["other"],
      themes: [],
      children: [],
    };
    for (let i = 0; i < 20_000; i++) {
      inner = { id: "d", level: 1, paragraphs: [], roles: ["other"], themes: [], children: [inner] };
    }
    doc.sections = [inner];
    const result = safeParseReport(doc);
    expect(result.success).toBe(false);
  });

  test("writes messages in zh-CN by default and in en on request", () => {
    const zh = safeParseReport(42).issues?.[0]?.message ?? "";
    const en = safeParseReport(42, { locale: "en" }).issues?.[0]?.message ?? "";
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/expected object/i);
  });
});

describe("parseReport", () => {
  test("returns the typed report when valid", () => {
    expect(parseReport(minimal()).jurisdiction.level).toBe("township");
  });

  test("throws a FazhiError (invalidReport) listing every issue when invalid", () => {
    expect(() => parseReport({})).toThrow(FazhiError);
    let caught: unknown;
    try {
      parseReport({ ...minimal(), reportYear: "x", title: "" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FazhiError);
    const e = caught as FazhiError;
    expect([e.name, e.code, e.issues.map((i) => i.path)]).toEqual([
      "FazhiError",
      "invalidReport",
      ["/title", "/reportYear"],
    ]);
    expect(e.message).toMatch(/^\/title: .* \(\+1 more\)$/);
  });
});

describe("toJsonPointer", () => {
  test.each([
    [[], ""],
    [["sections", 0, "title"], "/sections/0/title"],
    [["a/b", "c~d"], "/a~1b/c~0d"],
  ] as const)("turns %j into %j", (path, pointer) => {
    expect(toJsonPointer(path)).toBe(pointer);
  });
});

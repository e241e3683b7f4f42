import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { documentFormatOf, isDocumentName, placeAt, readDocumentBytes, withPlaces } from "../../src/inputs";
import { FIXTURES } from "./sameness";

const missing = () =>
  Promise.reject(Object.assign(new Error("Cannot find package 'x'"), { code: "ERR_MODULE_NOT_FOUND" }));
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

describe("converters", () => {
  test.each([
    ["seed-000.docx", "mammoth", "mammoth", ".docx"],
    ["seed-000.doc", "wordExtractor", "word-extractor", ".doc"],
    ["seed-000.pdf", "pdfjs", "pdfjs-dist", "PDF"],
  ])("%s without its converter names the package to install", async (file, key, pkg, format) => {
    const r = await readDocumentBytes(bytesOf(file), file, { locale: "en", converters: { [key]: missing } });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          code: "missingConverter",
          params: { format, package: pkg },
          message: `reading a ${format} file needs the optional package ${pkg}: run npm install ${pkg}`,
        },
      ],
    });
  });

  test("a loader that fails otherwise is not taken for a missing package", async () => {
    const broken = () => Promise.reject(new Error("boom"));
    await expect(
      readDocumentBytes(bytesOf("seed-000.pdf"), "a.pdf", { converters: { pdfjs: broken } }),
    ).rejects.toThrow("boom");
  });

  test("a text file needs no converter at all", async () => {
    const r = await readDocumentBytes(bytesOf("seed-000.txt"), "seed-000.txt", {
      converters: { mammoth: missing, wordExtractor: missing, pdfjs: missing },
    });
    expect(r.success).toBe(true);
  });
});

describe("documentFormatOf", () => {
  test.each([
    ["seed-000.pdf", "x.bin", "pdf"],
    ["seed-000.docx", "x.bin", "docx"],
    ["seed-000.doc", "x.bin", "doc"],
    ["seed-000.html", "seed-000.html", "html"],
    ["seed-000.txt", "seed-000.txt", "text"],
    ["seed-000.doc", "sheet.xls", undefined],
  ])("reads %s named %s as %s", (file, name, format) => {
    expect(documentFormatOf(bytesOf(file), name)).toBe(format);
  });
});

describe("isDocumentName", () => {
  test.each([
    ["报告.PDF", true],
    ["a/b.docx", true],
    ["b.doc", true],
    ["page.htm", true],
    ["r.txt", true],
    ["t.xlsx", false],
    ["r.json", false],
  ])("%s → %s", (name, ok) => expect(isDocumentName(name)).toBe(ok));
});

describe("placeAt and withPlaces", () => {
  const places = { kind: "page", starts: [0, 100, 250] } as const;
  test.each([
    [0, 1],
    [99, 1],
    [100, 2],
    [249, 2],
    [250, 3],
    [10_000, 3],
  ])("offset %i is on page %i", (offset, page) => expect(placeAt(places, offset)).toBe(page));

  test("is undefined before the first place", () => {
    expect(placeAt({ kind: "paragraph", starts: [5] }, 4)).toBeUndefined();
  });

  test("gives every evidence with an offset its place, marks the draft 1.1, and leaves the draft as it was", () => {
    const draft = {
      schemaVersion: "1.0" as const,
      id: "r",
      title: "t",
      jurisdiction: { name: "j", level: "county" as const },
      issuers: [{ name: "i" }],
      sections: [
        {
          id: "s1",
          level: 1,
          paragraphs: [],
          roles: ["other" as const],
          themes: [],
          children: [],
          evidence: [{ quote: "a", start: 120 }],
        },
      ],
      indicators: [
        {
          id: "i1",
          label: "l",
          value: "1",
          kind: "count" as const,
          evidence: [{ quote: "b", start: 260 }, { quote: "c" }],
        },
      ],
      relations: [],
      problems: [],
      plans: [],
      extensions: { x: { evidence: [{ quote: "d", start: 0 }] } },
    };
    const copy = structuredClone(draft);
    const placed = withPlaces(draft, places);
    expect(placed.schemaVersion).toBe("1.1");
    expect(placed.sections[0]?.evidence).toEqual([{ quote: "a", start: 120, page: 2 }]);
    expect(placed.indicators[0]?.evidence).toEqual([{ quote: "b", start: 260, page: 3 }, { quote: "c" }]);
    expect(placed.extensions).toEqual(draft.extensions);
    expect(draft).toEqual(copy);
  });
});

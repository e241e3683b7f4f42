import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { analyze } from "../../playground/src/analyze";
import { type ReadConverted, readDroppedFile } from "../../playground/src/files";
import { readConverted } from "../../playground/src/reader";
import { runCheck, runExtract } from "../../src/cli/extract";
import { readText } from "../../src/cli/inputs";
import { readDocumentBytes } from "../../src/inputs";

// A file dropped on the playground, without a browser: its bytes → readDroppedFile → the worker's analyze, compared
// with what the CLI (`fazhi extract`, `fazhi check`) gives for the same file. The .docx goes through the page's own
// reader (playground/src/reader.ts: mammoth's browser build); the PDF through pdf.js's legacy build, as the CLI reads
// it (the browser build needs a DOM), by the same readDocumentBytes.
const FIXTURES = new URL("../fixtures/inputs/", import.meta.url);
const pathOf = (name: string) => new URL(name, FIXTURES).pathname;
const bytesOf = (name: string) => new Uint8Array(readFileSync(pathOf(name)));
const MAX = 50 * 1024 * 1024;

const nodeReader: ReadConverted = (bytes, name, locale) => readDocumentBytes(bytes, name, { locale });
const readerFor = (name: string) => async () => (name.endsWith(".pdf") ? nodeReader : readConverted);
const never = async (): Promise<ReadConverted> => {
  throw new Error("the reader is loaded only for a .docx or PDF");
};

/** The playground's analysis of a dropped file. */
async function dropped(name: string) {
  const file = await readDroppedFile(bytesOf(name), name, "en", readerFor(name));
  expect(file.problem).toBeUndefined();
  const { response } = analyze({
    id: 1,
    input: file.input,
    fileName: file.fileName,
    locale: "en",
    roundingMode: "halfUp",
    ...(file.places ? { places: file.places } : {}),
  });
  return { file, response };
}

/** What `fazhi extract` and `fazhi check` give for the file. */
async function cli(name: string) {
  const extracted = await runExtract(pathOf(name), "en", MAX);
  const checked = await runCheck(pathOf(name), "en", {}, MAX);
  const draft = JSON.parse(extracted.output) as {
    indicators: { id: string; evidence?: { quote: string; page?: number; paragraph?: number }[] }[];
  };
  return { draft, findings: checked.file.result?.findings ?? [] };
}

const findingsOf = (list: readonly { ruleId: string; severity: string; path: string; message: string }[]) =>
  list.map(({ ruleId, severity, path, message }) => ({ ruleId, severity, path, message }));

describe("readDroppedFile, then the worker's analysis", () => {
  test.each([
    ["seed-000.docx", "paragraph"],
    ["corpus-haikou.docx", "paragraph"],
    ["seed-004.pdf", "page"],
    ["header-footer.pdf", "page"],
  ] as const)(
    "%s: the quotes, their %s and the findings of fazhi extract / check",
    async (name, kind) => {
      const [{ file, response }, { draft, findings }] = await Promise.all([dropped(name), cli(name)]);
      expect(file.places?.kind).toBe(kind);
      expect(draft.indicators.length).toBeGreaterThan(0);
      expect(findings.length).toBeGreaterThan(0);
      expect(response.indicatorCount).toBe(draft.indicators.length);
      expect(response.indicators.map((r) => [r.id, r.quote, r.place?.kind, r.place?.n])).toEqual(
        draft.indicators.map((i) => [i.id, i.evidence?.[0]?.quote, kind, i.evidence?.[0]?.[kind]]),
      );
      expect(findingsOf(response.findings)).toEqual(findingsOf(findings));
    },
    120_000,
  );

  test("a PDF's running headers and page numbers are set aside, and the page says so", async () => {
    const { file } = await dropped("header-footer.pdf");
    expect(file.notices).toEqual(["set aside 12 lines of running headers, footers and page numbers"]);
    expect(file.input).not.toContain("某某县人民政府办公室");
  }, 120_000);

  test.each([
    ["seed-001.gbk.html", "GB18030"],
    ["seed-002.utf16.txt", "UTF-16LE"],
  ])(
    "%s is decoded as fazhi check decodes it (%s), with a notice",
    async (name, encoding) => {
      const file = await readDroppedFile(bytesOf(name), name, "en", never);
      const read = readText(pathOf(name), MAX);
      expect("text" in read && read.text).toBe(file.input);
      expect(file.notices).toEqual([`read as ${encoding}`]);
      expect(file.places).toBeUndefined();
      const { response } = analyze({
        id: 1,
        input: file.input,
        fileName: name,
        locale: "en",
        roundingMode: "halfUp",
      });
      expect(findingsOf(response.findings)).toEqual(findingsOf((await cli(name)).findings));
      expect(response.indicatorCount).toBeGreaterThan(0);
    },
    120_000,
  );

  test("a UTF-8 text needs no reader and tells nothing", async () => {
    const file = await readDroppedFile(bytesOf("seed-000.txt"), "seed-000.txt", "zh-CN", never);
    expect(file).toEqual({
      input: readFileSync(pathOf("seed-000.txt"), "utf8"),
      fileName: "seed-000.txt",
      binary: false,
      notices: [],
    });
  });

  test.each([
    ["seed-000.doc", "docNeedsCli", /command line only/],
    ["scanned.pdf", "noTextLayer", /^no text layer: needs OCR/],
  ])(
    "%s gives no text but a problem (%s)",
    async (name, code, message) => {
      const file = await readDroppedFile(bytesOf(name), name, "en", readerFor(name));
      expect(file.input).toBe("");
      expect(file.problem?.code).toBe(code);
      expect(file.problem?.message).toMatch(message);
    },
    120_000,
  );

  test("a reader that cannot be loaded (a page opened from file://) is a problem that says what to do", async () => {
    const file = await readDroppedFile(bytesOf("seed-000.docx"), "seed-000.docx", "zh-CN", async () => {
      throw new TypeError("Failed to fetch dynamically imported module: file:///x/lazy/reader.js");
    });
    expect(file.problem?.code).toBe("readerUnavailable");
    expect(file.problem?.message).toContain("Failed to fetch dynamically imported module");
    expect(file.problem?.message).toContain("http");
  });

  test("a zip that is no Word document, and bytes that are no text, are binary", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect((await readDroppedFile(zip, "table.xlsx", "en", never)).binary).toBe(true);
    expect((await readDroppedFile(new Uint8Array([0x7b, 0]), "a.txt", "en", never)).binary).toBe(true);
    expect((await readDroppedFile(new Uint8Array(), "a.txt", "en", never)).binary).toBe(false);
  });
});

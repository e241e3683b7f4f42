import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readDocumentBytes } from "../../src/inputs";
import { analyze, essence, FIXTURES, readFixture } from "./sameness";

const squeeze = (s: string) => s.replace(/\s+/g, "");

describe("readDocumentBytes on a PDF", () => {
  test("sets a running header of two lines and the page numbers aside, and reads as the text", async () => {
    const doc = await readFixture("header-footer.pdf");
    // Four pages (pdfinfo), each with the same two header lines and "- n -" in the footer (make-fodt.py).
    expect(doc.places?.starts).toHaveLength(4);
    expect(doc.furniture?.map((f) => `${f.page}:${squeeze(f.text)}`)).toEqual(
      [1, 2, 3, 4].flatMap((n) => [
        `${n}:某某县人民政府办公室`,
        `${n}:关于2022年度法治政府建设情况的报告`,
        `${n}:-${n}-`,
      ]),
    );
    expect(doc.notices.map((n) => n.code)).toEqual(["furniture"]);
    expect(doc.text).not.toContain("某某县");
    expect(essence(analyze(doc))).toEqual(essence(analyze(await readFixture("seed-004.txt"))));
  }, 120_000);

  test("gives each quote the page it is printed on", async () => {
    const { report } = analyze(await readFixture("header-footer.pdf"));
    const pageOf = (quote: string) =>
      report.indicators.find((i) => squeeze(i.evidence?.[0]?.quote ?? "").includes(quote))?.evidence?.[0]
        ?.page;
    // Read off the pages with pdftotext -f n -l n when the fixture was made.
    expect(pageOf("占比达75.5%")).toBe(2);
    expect(pageOf("占比82.2%")).toBe(2);
  }, 120_000);

  test("reads a page in two columns column by column, a title across the page first", async () => {
    const doc = await readFixture("two-columns.pdf");
    const t = squeeze(doc.text);
    const order = [
      "全市行政复议工作总结",
      "2019年全市各级行政复议机关共收到",
      "从被申请人情况看",
      "县政府130件",
      "(二)行政应诉情况",
      "(二)制度建设需进一步加强",
    ];
    const at = order.map((s) => t.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(essence(analyze(doc)).indicators).toEqual(
      essence(analyze(await readFixture("corpus-chifeng.txt"))).indicators,
    );
  }, 120_000);

  test("says a scan has no text layer and needs OCR, instead of giving an empty text", async () => {
    const r = await readDocumentBytes(
      new Uint8Array(readFileSync(new URL("scanned.pdf", FIXTURES))),
      "scan.pdf",
      {
        locale: "en",
      },
    );
    expect(r).toEqual({
      success: false,
      issues: [{ code: "noTextLayer", params: {}, message: "no text layer: needs OCR (the PDF is a scan)" }],
    });
  }, 120_000);

  test("reads a Node Buffer as well as a Uint8Array, and leaves it as it was", async () => {
    const buffer = readFileSync(new URL("two-columns.pdf", FIXTURES));
    const copy = Buffer.from(buffer);
    const r = await readDocumentBytes(buffer, "two-columns.pdf");
    expect(r.success && r.value.text).toBe((await readFixture("two-columns.pdf")).text);
    expect(buffer.equals(copy)).toBe(true);
  }, 120_000);

  test("says a broken PDF cannot be read", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");
    const r = await readDocumentBytes(bytes, "broken.pdf", { locale: "en" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.code).toBe("unreadable");
  }, 120_000);
});

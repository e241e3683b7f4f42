import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readDocumentBytes } from "../../src/inputs";
import { analyze, essence, FIXTURES, readFixture } from "./sameness";

const gbk = (hex: string) => new Uint8Array(hex.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);
// 法治 in GBK is B7 A8 D6 CE (GB 2312 code table).
const FAZHI_GBK = "b7a8d6ce";

describe("readDocumentBytes on text and web pages", () => {
  test("a GBK page gives the result of its UTF-8 version, and says how it was read", async () => {
    const page = await readFixture("seed-001.gbk.html");
    expect(page.encoding).toBe("GB18030");
    expect(page.notices.map((n) => [n.code, n.params])).toEqual([
      ["decodedAs", { encoding: "GB18030", from: "meta" }],
    ]);
    expect(essence(analyze(page))).toEqual(essence(analyze(await readFixture("seed-001.html"))));
  });

  test("a UTF-16 text (with its byte order mark) gives the result of its UTF-8 version", async () => {
    const text = await readFixture("seed-002.utf16.txt");
    expect(text.encoding).toBe("UTF-16LE");
    expect(text.notices[0]?.params).toEqual({ encoding: "UTF-16LE", from: "bom" });
    expect(essence(analyze(text))).toEqual(essence(analyze(await readFixture("seed-002.txt"))));
  });

  test.each([
    ["<meta charset=gbk>", "meta"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', "meta"],
    ["<p>", "detected"],
  ])("reads %s as GB18030 (from %s)", async (head, from) => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`<html>${head}<p>`), ...gbk(FAZHI_GBK)]);
    const r = await readDocumentBytes(bytes, "page.html", { locale: "en" });
    expect(r.success && r.value.text.endsWith("法治")).toBe(true);
    expect(r.success && r.value.notices[0]?.params).toEqual({ encoding: "GB18030", from });
  });

  test("a page that declares UTF-8 but is GBK is read as GBK, with a notice", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="utf-8"><p>'),
      ...gbk(FAZHI_GBK),
    ]);
    const r = await readDocumentBytes(bytes, "page.htm", { locale: "en" });
    expect(r.success && r.value.text.endsWith("法治")).toBe(true);
    expect(r.success && r.value.notices.map((n) => n.message)).toEqual([
      "the page declares utf-8 but is not in it; read as GB18030",
    ]);
  });

  test.each([
    [new Uint8Array(), "empty"],
    [new Uint8Array([0x7b, 0x00, 0x7d]), "binary"],
    [new Uint8Array([0x80, 0xff, 0xff]), "encoding"],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "unsupported"],
  ])("refuses %o as %s", async (bytes, code) => {
    const r = await readDocumentBytes(bytes, "table.xlsx");
    expect(r.success ? undefined : r.issues[0]?.code).toBe(code);
  });

  test("keeps a UTF-8 text as it is, with no notice", async () => {
    const bytes = readFileSync(new URL("seed-000.txt", FIXTURES));
    const r = await readDocumentBytes(new Uint8Array(bytes), "seed-000.txt");
    expect(r).toEqual({
      success: true,
      value: { format: "text", text: bytes.toString("utf8"), encoding: "UTF-8", notices: [] },
    });
  });
});

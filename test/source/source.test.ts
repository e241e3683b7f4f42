import { describe, expect, test } from "vitest";
import { growth } from "../../bench/adversarial";
import { decodeText, MAX_JSON_DEPTH, parseJsonText, textFromBytes } from "../../src/source";

describe("parseJsonText", () => {
  test.each([
    ["an array 100,000 deep", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["an object 100,000 deep", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    ["invalid JSON 100,000 deep", "[".repeat(100_000)],
  ])("returns NestingTooDeep for %s instead of throwing", (_name, text) => {
    const r = parseJsonText(text);
    expect(r).toEqual({
      ok: false,
      error: { message: "NestingTooDeep", line: 1, column: expect.any(Number), offset: expect.any(Number) },
    });
  });

  test("accepts nesting up to maxDepth and locates inside it", () => {
    const text = `${"[".repeat(MAX_JSON_DEPTH)}1${"]".repeat(MAX_JSON_DEPTH)}`;
    const r = parseJsonText(text);
    expect(r.ok && r.locate(`${"/0".repeat(MAX_JSON_DEPTH)}`)).toEqual({
      line: 1,
      column: MAX_JSON_DEPTH + 1,
      offset: MAX_JSON_DEPTH,
      end: MAX_JSON_DEPTH + 1,
    });
    expect(parseJsonText("[[1]]", { maxDepth: 1 }).ok).toBe(false);
    expect(parseJsonText('["[[[[", {"a": "{{{{"}]', { maxDepth: 2 }).ok).toBe(true);
  });

  test("locates a value from its first character to just past its last", () => {
    const text = '{\n  "a": [1, {"b": "xy"}],\n  "c": null\n}';
    const r = parseJsonText(text);
    if (!r.ok) throw new Error("valid JSON");
    const slice = (p: string) => {
      const at = r.locate(p);
      return at && text.slice(at.offset, at.end);
    };
    expect([slice("/a"), slice("/a/1/b"), slice("/c"), slice("")]).toEqual([
      '[1, {"b": "xy"}]',
      '"xy"',
      "null",
      text,
    ]);
    expect(r.locate("/a/1/b")).toEqual({ line: 2, column: 18, offset: 19, end: 23 });
  });

  test("still finds duplicate keys and syntax errors with positions", () => {
    const r = parseJsonText('{"a": 1,\n "a": 2}');
    expect(r.ok && r.duplicateKeys).toEqual(["/a"]);
    expect(parseJsonText('{"a": }')).toEqual({
      ok: false,
      error: { message: "ValueExpected", line: 1, column: 7, offset: 6 },
    });
  });
});

describe("decodeText", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  test.each([
    ["UTF-8", enc("法治政府"), "法治政府", "UTF-8"],
    ["UTF-8 with a BOM (kept)", enc("\uFEFF法治"), "\uFEFF法治", "UTF-8"],
    ["GBK", new Uint8Array([0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae]), "法治政府", "GB18030"],
    ["UTF-16LE with a BOM", new Uint8Array([0xff, 0xfe, 0xd5, 0x6c, 0xbb, 0x6c]), "\uFEFF法治", "UTF-16LE"],
    ["UTF-16BE with a BOM", new Uint8Array([0xfe, 0xff, 0x6c, 0xd5, 0x6c, 0xbb]), "\uFEFF法治", "UTF-16BE"],
  ])("reads %s", (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
  });

  test("refuses NUL bytes outside UTF-16 as binary, and bytes in no known encoding, never with U+FFFD", () => {
    expect(decodeText(new Uint8Array([0x7b, 0x00, 0x7d]))).toEqual({ ok: false, problem: "binary" });
    expect(decodeText(new Uint8Array([0x22, 0xff, 0xff, 0xff, 0x22]))).toEqual({
      ok: false,
      problem: "encoding",
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toEqual({ ok: false, problem: "encoding" });
  });
});

describe("parseJsonText on padded text", () => {
  // jsonc-parser builds each run of whitespace a character at a time: a 50 MB padded file took 1.9 GB. Runs are
  // cut before it reads them; positions still point into the original text.
  test("locates and reports errors at the right offsets through long runs of whitespace", () => {
    const pad = " ".repeat(10_000);
    const text = `{${pad}"a":${pad}[1,${pad}\n${pad}2],\n"a": 3}`;
    const r = parseJsonText(text);
    expect(r.ok && r.locate("/a")).toMatchObject({ offset: text.lastIndexOf("3") });
    expect(r.ok && r.duplicateKeys).toEqual(["/a"]);
    const bad = `{"a":${pad}\n${pad}}`;
    expect(parseJsonText(bad)).toMatchObject({ ok: false, error: { message: "ValueExpected", line: 2 } });
  });

  test.each([
    ["valid", (n: number) => `{"a":${" ".repeat(n)}1}`],
    ["invalid", (n: number) => `{"a":${" ".repeat(n)}}`],
  ])("grows linearly with the padding (%s)", (_name, make) => {
    const locate = (s: string) => {
      const r = parseJsonText(s);
      return r.ok ? r.locate("/a") : r.error;
    };
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3 && best >= 8; i++) best = Math.min(best, growth(locate, make, 250_000).ratio);
    expect(best).toBeLessThan(8);
  });
});

describe("textFromBytes", () => {
  test("is where bytes become text: no bytes are empty, the rest is decodeText", () => {
    expect(textFromBytes(new Uint8Array())).toEqual({
      success: false,
      issues: [{ code: "empty", path: "", message: "there are no bytes to read" }],
    });
    expect(textFromBytes(new Uint8Array([0xb7, 0xa8, 0xd6, 0xce]))).toEqual({
      success: true,
      value: { text: "法治", encoding: "GB18030" },
    });
    const binary = textFromBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]));
    expect(binary.success ? undefined : binary.issues.map((i) => [i.code, i.path])).toEqual([["binary", ""]]);
    const unknown = textFromBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]));
    expect(JSON.parse(JSON.stringify(unknown))).toEqual(unknown);
  });
});

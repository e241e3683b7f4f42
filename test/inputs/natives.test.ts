import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readDocumentBytes } from "../../src/inputs";
import { keepingNatives } from "../../src/inputs/natives";
import { FIXTURES } from "./sameness";

// Taken before anything of pdf.js is loaded in this file.
const push = Array.prototype.push;
const parse = JSON.parse;
const stringify = JSON.stringify;

describe("keepingNatives", () => {
  test("puts back a built-in method the loader replaced, and keeps what it added", async () => {
    const slow = (text: string) => parse(text);
    const value = await keepingNatives(async () => {
      JSON.parse = slow;
      Object.defineProperty(Math, "fazhiTestAddition", { value: 1, configurable: true, writable: true });
      return "loaded";
    });
    expect(value).toBe("loaded");
    expect(JSON.parse).toBe(parse);
    expect((Math as unknown as { fazhiTestAddition: number }).fazhiTestAddition).toBe(1);
    Reflect.deleteProperty(Math, "fazhiTestAddition");
  });

  test("puts them back when the loader fails too", async () => {
    await expect(
      keepingNatives(async () => {
        Array.prototype.push = function fake() {
          return 0;
        };
        throw new Error("no such package");
      }),
    ).rejects.toThrow("no such package");
    expect(Array.prototype.push).toBe(push);
  });

  test("reading a PDF leaves Array.prototype.push, JSON.parse and JSON.stringify native", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("seed-000.pdf", FIXTURES)));
    const r = await readDocumentBytes(bytes, "seed-000.pdf");
    expect(r.success).toBe(true);
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
    // What pdf.js adds and needs stays.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe("function");
  }, 120_000);
});

import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalJson, sha256Hex, validateReport } from "../../src/rules";

describe("canonicalJson", () => {
  test("sorts keys at every depth and drops what JSON cannot hold", () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 1, c: undefined }] })).toBe(
      '{"a":[true,null,{"d":1}],"b":1}',
    );
    expect(canonicalJson({ n: 10n, f: () => 1, s: Symbol("x") })).toBe('{"n":"10"}');
    expect(canonicalJson([undefined, () => 1])).toBe("[null,null]");
    expect(canonicalJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
  });

  test("a cycle becomes null instead of overflowing the stack", () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(canonicalJson(a)).toBe('{"self":null,"x":1}');
  });

  test("reads back as the same value, whatever the order of keys (integer-like keys too)", () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.keys(v)
                .reverse()
                .map((k) => [k, reversed((v as Record<string, unknown>)[k])]),
            )
          : v;
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(reversed(v))).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(canonicalJson({ "": 0, "0": {} })).toBe('{"":0,"0":{}}');
  });
});

describe("sha256Hex", () => {
  test("Node's native hash and @noble/hashes agree on any text (the browser path)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(sha256Hex(s)).toBe(bytesToHex(sha256(new TextEncoder().encode(s))));
      }),
      { numRuns: 300 },
    );
  });
});

describe("validateReport provenance", () => {
  test("the hash of an object input is taken when read, serializes, and survives structuredClone", () => {
    const r = validateReport({ b: 1, a: 2 });
    const expected = sha256Hex('{"a":2,"b":1}');
    expect(r.provenance.inputSha256).toBe(expected);
    expect(JSON.parse(JSON.stringify(r.provenance)).inputSha256).toBe(expected);
    expect(structuredClone(r.provenance).inputSha256).toBe(expected);
  });
});

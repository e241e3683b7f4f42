import fc from "fast-check";
import { type Node, parseTree } from "jsonc-parser";
import { describe, expect, test } from "vitest";
import { parseJsonText } from "../../src/source";

// The reference is jsonc-parser's syntax tree, read as parseJsonText read it before it indexed values itself: the
// value a pointer names (the last of a repeated key), else its nearest existing ancestor.
function reference(text: string, pointer: string): { offset: number; end: number } | undefined {
  let node = parseTree(text, [], { disallowComments: true });
  if (pointer !== "")
    for (const raw of pointer.slice(1).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      if (!node) return undefined;
      let next: Node | undefined;
      if (node.type === "object")
        next = node.children?.findLast((p) => p.children?.[0]?.value === key)?.children?.[1];
      else if (node.type === "array" && /^\d+$/.test(key)) next = node.children?.[Number(key)];
      if (!next) break;
      node = next;
    }
  return node && { offset: node.offset, end: node.offset + node.length };
}

function referenceDuplicates(text: string): string[] {
  const out: string[] = [];
  const esc = (k: string) => k.replaceAll("~", "~0").replaceAll("/", "~1");
  const walk = (node: Node | undefined, pointer: string) => {
    if (node?.type === "object") {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = String(prop.children?.[0]?.value);
        if (seen.has(key)) out.push(`${pointer}/${esc(key)}`);
        seen.add(key);
        walk(prop.children?.[1], `${pointer}/${esc(key)}`);
      }
    } else if (node?.type === "array")
      node.children?.forEach((c, i) => {
        walk(c, `${pointer}/${i}`);
      });
  };
  walk(parseTree(text, [], { disallowComments: true }), "");
  return out.sort();
}

/** Every pointer into a parsed value, and a few that name nothing below each of its places. */
function pointersOf(value: unknown, pointer = "", out: string[] = []): string[] {
  out.push(pointer, `${pointer}/nothing`, `${pointer}/7`);
  const esc = (k: string) => k.replaceAll("~", "~0").replaceAll("/", "~1");
  if (Array.isArray(value))
    value.forEach((v, i) => {
      pointersOf(v, `${pointer}/${i}`, out);
    });
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) pointersOf(v, `${pointer}/${esc(k)}`, out);
  return out;
}

// Keys with the characters a pointer escapes, JSON escapes, quotes and backslashes, and repeats.
const key = fc.oneof(
  fc.constantFrom("a", "a/b", "~", "~1", 'q"uote', "back\\slash", "\u00e9", "法治", "", "0"),
  fc.string({ maxLength: 4 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.string({ maxLength: 6 }),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie("node")), { maxLength: 4 }).map((pairs) => ({ pairs })),
  ),
})).node;

/** Writes a value as JSON text with the given spacing; `{ pairs }` becomes an object that may repeat keys. */
function write(v: unknown, space: string, escapeAll: boolean): string {
  if (Array.isArray(v))
    return `[${space}${v.map((x) => write(x, space, escapeAll)).join(`,${space}`)}${space}]`;
  if (v !== null && typeof v === "object") {
    const pairs = (v as { pairs: Array<[string, unknown]> }).pairs;
    const k = (s: string) =>
      escapeAll
        ? `"${[...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"`
        : JSON.stringify(s);
    return `{${space}${pairs.map(([key, x]) => `${k(key)}${space}:${space}${write(x, space, escapeAll)}`).join(`,${space}`)}${space}}`;
  }
  return JSON.stringify(v);
}

describe("parseJsonText locations", () => {
  test("locate and duplicateKeys agree with jsonc-parser's syntax tree on any JSON text", () => {
    fc.assert(
      fc.property(value, fc.constantFrom("", " ", "\n  ", "\t\r\n"), fc.boolean(), (v, space, escapeAll) => {
        const text = `${space}${write(v, space, escapeAll)}${space}`;
        const r = parseJsonText(text);
        if (!r.ok) throw new Error(`not JSON: ${text}`);
        for (const p of pointersOf(r.value)) {
          const at = r.locate(p);
          expect(at && { offset: at.offset, end: at.end }, `${text} at ${p}`).toEqual(reference(text, p));
        }
        expect(r.duplicateKeys).toEqual(referenceDuplicates(text));
      }),
      { numRuns: 300 },
    );
  });

  test("locates values after strings that end in escaped backslashes and quotes", () => {
    const text = '{"a\\\\": "x\\"\\\\", "b": [1, "\\\\"], "c": true}';
    const r = parseJsonText(text);
    if (!r.ok) throw new Error("valid JSON");
    const slice = (p: string) => {
      const at = r.locate(p);
      return at && text.slice(at.offset, at.end);
    };
    expect([slice("/a\\"), slice("/b/1"), slice("/c"), slice("/b/2")]).toEqual([
      '"x\\"\\\\"',
      '"\\\\"',
      "true",
      '[1, "\\\\"]',
    ]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { Report, safeParseReport } from "../../src/model";
import { fastParseReport } from "../../src/model/fastPath";

const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL("../../examples/2023-linhe-district.json", import.meta.url), "utf8"));

/** The same value with every object's keys in reverse order. */
const reversed = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reversed)
    : v !== null && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversed(x)]),
        )
      : v;

const section = (id: string, children: unknown[] = []) => ({
  id,
  level: 1,
  paragraphs: [],
  roles: ["other"],
  themes: [],
  children,
});

describe("fastParseReport (the generated fast path of safeParseReport)", () => {
  test("returns what zod returns: fresh objects, keys in the model's order whatever the input's", () => {
    const input = reversed(example());
    const fast = fastParseReport(input);
    const zod = Report.parse(input);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
    expect(fast).not.toBe(input);
    expect(fast?.sections[0]).not.toBe((input as { sections: unknown[] }).sections[0]);
  });

  test("leaves an optional key given as undefined to zod, which refuses it (exactOptional)", () => {
    expect(fastParseReport({ ...example(), reportYear: undefined })).toBeUndefined();
    expect(Report.safeParse({ ...example(), reportYear: undefined }).success).toBe(false);
  });

  test("shares extension values, as zod does", () => {
    const office = { a: [1, 2] };
    const fast = fastParseReport({ ...example(), extensions: { "x-office": office } });
    expect(fast?.extensions?.["x-office"]).toBe(office);
  });

  test("leaves shared, cyclic and deeply nested sections to zod, which answers exactly", () => {
    const shared = section("s");
    const doc = { ...example(), sections: [shared, shared] };
    expect(fastParseReport(doc)).toBeUndefined();
    const parsed = safeParseReport(doc);
    expect(parsed.success && parsed.value.sections[0] === parsed.value.sections[1]).toBe(true);

    const cyclic = section("c");
    cyclic.children.push(cyclic);
    expect(fastParseReport({ ...example(), sections: [cyclic] })).toBeUndefined();

    let deep = section("d");
    for (let i = 0; i < 100; i++) deep = section("d", [deep]);
    expect(fastParseReport({ ...example(), sections: [deep] })).toBeUndefined();
    expect(safeParseReport({ ...example(), sections: [deep] }).success).toBe(true);
  });

  test("leaves extensions that are not plain objects, or have symbol keys, to zod", () => {
    expect(fastParseReport({ ...example(), extensions: new Date(0) })).toBeUndefined();
    expect(safeParseReport({ ...example(), extensions: new Date(0) }).success).toBe(false);
    expect(fastParseReport({ ...example(), extensions: { [Symbol("s")]: 1 } })).toBeUndefined();
  });

  test("accepts nothing zod rejects, and is quiet about it: issues come from zod", () => {
    expect(fastParseReport({ ...example(), title: "" })).toBeUndefined();
    expect(safeParseReport({ ...example(), title: "" }, { locale: "en" }).issues?.[0]?.path).toBe("/title");
  });
});

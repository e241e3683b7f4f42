import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

// The layering of ARCHITECTURE.md: which area of src/ may import which. An area is the first folder under src/
// (or a top-level file: index.ts, version.ts).
const ALLOWED: Record<string, readonly string[]> = {
  numbers: ["codelists"],
  codelists: [],
  locales: ["codelists"],
  source: ["error"],
  version: [],
  error: [],
  html: [],
  model: ["locales", "numbers", "codelists", "error"],
  rates: ["locales", "numbers", "model", "codelists", "error"],
  rules: ["locales", "rates", "model", "numbers", "codelists", "version", "error"],
  extract: ["locales", "model", "numbers", "codelists", "error"],
  analyze: [
    "locales",
    "extract",
    "rules",
    "rates",
    "source",
    "model",
    "numbers",
    "codelists",
    "version",
    "error",
  ],
  output: ["locales", "analyze", "rules"],
  inputs: ["locales", "source", "extract", "model", "error"],
  tables: ["locales", "rules", "rates", "model", "numbers", "codelists", "error"],
  compare: ["locales", "tables", "rates", "model", "numbers", "codelists", "error"],
  // The CLI takes the public entries (the root and the subpath entries extract, html, inputs, tables), its
  // renderers, and source/ (bytes to text, JSON text with positions), which stays internal: its locator is a function.
  cli: ["locales", "index", "output", "version", "html", "extract", "tables", "source", "inputs"],
  index: [
    "analyze",
    "locales",
    "codelists",
    "compare",
    "error",
    "extract",
    "model",
    "numbers",
    "output",
    "rates",
    "rules",
    "source",
    "tables",
    "version",
  ],
};
/** Areas that another area may only take types from. */
const TYPES_ONLY: Record<string, readonly string[]> = { output: ["analyze", "rules"] };

const src = resolve(new URL("../../src", import.meta.url).pathname);
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
const areaOf = (file: string) => relative(src, file).split("/")[0]?.replace(/\.ts$/, "") ?? "";

const edges = files(src).flatMap((file) => {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(import|export)(\s+type)?[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => ({
    file: relative(src, file),
    from: areaOf(file),
    to: areaOf(resolve(dirname(file), m[3] as string)),
    typeOnly: m[2] !== undefined,
  }));
});

describe("architecture", () => {
  test("finds the imports it checks", () => {
    expect(edges.length).toBeGreaterThan(100);
  });

  test("every import between areas follows ARCHITECTURE.md", () => {
    const wrong = edges
      .filter((e) => e.from !== e.to)
      .filter(
        (e) => !(ALLOWED[e.from] ?? []).includes(e.to) || (TYPES_ONLY[e.from]?.includes(e.to) && !e.typeOnly),
      )
      .map((e) => `${e.file}: ${e.from} → ${e.to}${e.typeOnly ? " (type)" : ""}`);
    expect(wrong).toEqual([]);
  });

  test("fazhi validate and fazhi check read and validate documents through analyze/ only (the one road)", () => {
    const road = ["check.ts", "checkCommand.ts", "extract.ts", "jobs.ts", "validate.ts", "main.ts"];
    const cli = road.map((f) => readFileSync(join(src, "cli", f), "utf8"));
    const calls = (name: string) => cli.filter((t) => new RegExp(`\\b${name}\\(`).test(t)).length;
    expect(calls("analyzeDocument")).toBeGreaterThan(0);
    expect([calls("validateReport"), calls("parseJsonText"), calls("sourceSpanOf")]).toEqual([0, 0, 0]);
  });

  test("only the CLI touches node: modules", () => {
    const offenders = files(src)
      .filter((f) => areaOf(f) !== "cli")
      .filter((f) => /from\s+"node:/.test(readFileSync(f, "utf8")))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});

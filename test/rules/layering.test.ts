import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

// Inside src/rules the arrows run one way: runner/ → catalogue.ts → the rule folders → engine/. The engine holds
// the types, helpers and rule factories; it never imports the catalogue, the runner or a rule.
const rules = resolve(new URL("../../src/rules", import.meta.url).pathname);
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
/** The layer of a path under src/rules: "engine", "runner", "catalogue", "index", "rule" (a rule folder), or "outside". */
const layerOf = (path: string): string => {
  const rel = relative(rules, path);
  if (rel.startsWith("..")) return "outside";
  const first = rel.split("/")[0] ?? "";
  if (first === "engine" || first === "runner") return first;
  if (first === "catalogue.ts" || first === "catalogue") return "catalogue";
  if (first === "index.ts" || first === "index") return "index";
  return "rule";
};
/** Which layers each layer may import (besides itself and areas outside src/rules). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  engine: [],
  rule: ["engine"],
  catalogue: ["engine", "rule"],
  runner: ["engine", "catalogue"],
  index: ["engine", "catalogue", "runner", "rule"],
};

const edges = files(rules).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => ({
    file: relative(rules, file),
    from: layerOf(file),
    to: layerOf(resolve(dirname(file), m[1] as string)),
  })),
);

describe("layering inside src/rules", () => {
  test("finds imports in every layer", () => {
    expect(new Set(edges.map((e) => e.from))).toEqual(
      new Set(["engine", "rule", "catalogue", "runner", "index"]),
    );
  });

  test("engine/ imports no rule, nor the catalogue or the runner", () => {
    const up = edges.filter((e) => e.from === "engine" && e.to !== "engine" && e.to !== "outside");
    expect(up.map((e) => `${e.file} → ${e.to}`)).toEqual([]);
  });

  test("every arrow points down: runner → catalogue → rules → engine", () => {
    const wrong = edges
      .filter((e) => e.from !== e.to && e.to !== "outside" && !(MAY_IMPORT[e.from] ?? []).includes(e.to))
      .map((e) => `${e.file}: ${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  test("a rule folder imports no other rule folder", () => {
    const folderOf = (file: string) => file.split("/")[0];
    const across = files(rules)
      .filter((f) => layerOf(f) === "rule")
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)]
          .map((m) => resolve(dirname(file), m[1] as string))
          .filter(
            (to) =>
              layerOf(to) === "rule" && folderOf(relative(rules, to)) !== folderOf(relative(rules, file)),
          )
          .map((to) => `${relative(rules, file)} → ${relative(rules, to)}`),
      );
    expect(across).toEqual([]);
  });
});

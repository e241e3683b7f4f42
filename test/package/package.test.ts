import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

const root = new URL("../../", import.meta.url);
const dist = new URL("dist/", root);
const minimal: unknown = JSON.parse(readFileSync(new URL("test/fixtures/minimal-report.json", root), "utf8"));

describe("the built package", () => {
  test("exists (run `npm run build` first; npm test does)", () => {
    for (const entry of ["index", "extract", "html", "model", "tables"])
      for (const ext of ["js", "cjs", "d.ts", "d.cts"])
        expect(existsSync(new URL(`${entry}.${ext}`, dist))).toBe(true);
  });

  test("can be imported as ESM and parses a report", async () => {
    const mod = (await import(new URL("index.js", dist).href)) as typeof import("../../src/index");
    expect(mod.safeParseReport(minimal).success).toBe(true);
    expect(typeof mod.Report.parse).toBe("function");
  });

  test("can be required as CommonJS and parses a report", () => {
    const require = createRequire(import.meta.url);
    const mod = require(new URL("index.cjs", dist).pathname) as typeof import("../../src/index");
    expect(mod.safeParseReport(minimal).success).toBe(true);
  });

  test("fazhi-report/html can be imported as ESM and required as CommonJS", async () => {
    const esm = (await import(new URL("html.js", dist).href)) as typeof import("../../src/html");
    const cjs = createRequire(import.meta.url)(
      new URL("html.cjs", dist).pathname,
    ) as typeof import("../../src/html");
    for (const { htmlToText } of [esm, cjs]) expect(htmlToText("<p>81&#37;</p>").trim()).toBe("81%");
  });

  test("the subpath entries load as ESM and CommonJS and share one FazhiError and one Report", async () => {
    const require = createRequire(import.meta.url);
    for (const load of [
      async (entry: string) => import(new URL(`${entry}.js`, dist).href),
      async (entry: string) => require(new URL(`${entry}.cjs`, dist).pathname),
    ]) {
      const root = (await load("index")) as typeof import("../../src/index");
      const model = (await load("model")) as typeof import("../../src/model");
      const extract = (await load("extract")) as typeof import("../../src/extract");
      const tables = (await load("tables")) as typeof import("../../src/tables");
      expect(model.FazhiError).toBe(root.FazhiError);
      expect(model.Report).toBe(root.Report);
      expect(extract.extractReport).toBe(root.extractReport);
      expect(() => model.parseReport({})).toThrow(root.FazhiError);
      const report = root.parseReport(minimal);
      expect(Object.keys(tables.flattenReport(report))).toEqual([...tables.TABLE_NAMES]);
      expect(extract.looksLikeHtml("<p>x</p>")).toBe(true);
      expect(JSON.parse(JSON.stringify(root.rate(8881, 10952))).exact).toBe("222025/2738");
    }
  });

  test("does no work at import beyond defining schemas (no timers, sockets or globals)", () => {
    // zod registers its own globals when it loads; load it first so only our package's effects are measured.
    const script = `
      require("zod");
      const before = new Set(Object.keys(globalThis));
      require(${JSON.stringify(new URL("index.cjs", dist).pathname)});
      const added = Object.keys(globalThis).filter((k) => !before.has(k));
      console.log(JSON.stringify({ added, handles: process.getActiveResourcesInfo().filter((r) => r !== "TTYWrap") }));`;
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
    expect(out).toEqual({ added: [], handles: [] });
  });

  test("packs dist/, schemas/, README, LICENSE and package.json only", () => {
    const json = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const files: string[] = JSON.parse(json)[0].files.map((f: { path: string }) => f.path);
    const outside = files.filter(
      (f) => !/^(dist|schemas)\//.test(f) && !["README.md", "LICENSE", "package.json"].includes(f),
    );
    expect(outside).toEqual([]);
    expect(files).toContain("schemas/report.schema.json");
  });
});

describe("package.json", () => {
  const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
  test("declares no side effects and zod as a peer dependency", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.peerDependencies.zod).toMatch(/^\^4/);
    expect(pkg.dependencies.zod).toBeUndefined();
  });
});

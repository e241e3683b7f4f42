/**
 * A consumer project, as a new user makes one: the packed tarball (`npm pack` of the built package) installed with
 * npm into a temporary folder, then used the ways issue 15 lists: the library (ESM and CommonJS) under the lowest
 * and the highest zod 4 the peer range allows, strict ajv with ajv-formats, a Fastify 5 server, json-schema-to-
 * typescript and the `fazhi` CLI. npm reads its cache first (`--prefer-offline`); the test tools (ajv, Fastify,
 * json-schema-to-typescript, TypeScript) are linked from this repository's node_modules.
 *
 * Needs `npm run build` first (npm test builds before it runs the tests).
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { COERCED_BY_FASTIFY_DEFAULTS, FASTIFY_MESSAGES } from "../schemas/validatorMessages";

const repo = new URL("../../", import.meta.url).pathname;
const examples = join(repo, "examples");
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
/** The lowest zod the peer range allows, and the highest zod 4 published. */
const ZOD_LOWEST = String(pkg.peerDependencies.zod).replace(/^\^/, "");
const ZOD_HIGHEST = "^4";

let dir = "";
const npm = (...args: string[]) =>
  execFileSync("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
const node = (...args: string[]) => {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const json = (script: string) => {
  const r = node(script, examples);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
};
const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, f) => sum + sizeOf(join(path, f)), 0)
    : statSync(path).size;
const invalidFiles = readdirSync(join(examples, "invalid"));
const exampleFiles = readdirSync(examples).filter((f) => f.endsWith(".json"));

beforeAll(() => {
  if (!existsSync(join(repo, "dist/index.js"))) throw new Error("no dist/: run `npm run build` first");
  dir = mkdtempSync(join(tmpdir(), "fazhi-consumer-"));
  cpSync(join(repo, "test/consumer/project"), dir, { recursive: true });
  execFileSync("npm", ["pack", "--pack-destination", dir, "--loglevel=error"], {
    cwd: repo,
    encoding: "utf8",
  });
}, 120_000);
afterAll(() => {
  // rm unlinks the links to this repository's tools; it does not follow them.
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("the packed package in a consumer project", () => {
  test("installs the library with only what it needs: date-fns, ignore (the CLI's file selection), and zod as the peer", () => {
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz")) ?? "";
    npm("init", "-y");
    npm("pkg", "set", "type=module");
    npm("install", `./${tarball}`, `zod@${ZOD_LOWEST}`);
    const installed = readdirSync(join(dir, "node_modules")).filter((f) => !f.startsWith("."));
    // ignore (61 KB, no dependencies): the CLI's .gitignore-style file selection, which every validate run uses
    expect(installed.sort()).toEqual(["date-fns", "fazhi-report", "ignore", "zod"]);
    const dist = readdirSync(join(dir, "node_modules/fazhi-report/dist"));
    expect(dist.filter((f) => f.endsWith(".map"))).toEqual([]);
    console.log(
      `consumer install: tarball ${statSync(join(dir, tarball)).size} B, fazhi-report ${sizeOf(join(dir, "node_modules/fazhi-report"))} B, node_modules ${sizeOf(join(dir, "node_modules"))} B`,
    );
  }, 180_000);

  describe.each([
    ["lowest", ZOD_LOWEST],
    ["highest", ZOD_HIGHEST],
  ])("the library under the %s zod (%s)", (which, range) => {
    test("parses and validates the examples, and says what is wrong with the invalid ones (ESM)", () => {
      if (which === "highest") npm("install", `zod@${range}`);
      const out = json("library.mjs");
      for (const f of exampleFiles) expect(out.examples[f], f).toEqual({ parsed: true, valid: true });
      expect(Object.keys(out.invalid).sort()).toEqual(invalidFiles);
      for (const f of invalidFiles) expect(out.invalid[f].en.length, f).toBe(1);
      expect(out.invalid["unknown-key-typo.json"].en).toEqual([
        ["unrecognized_keys", "/titel", "unknown key 'titel' (did you mean 'title'?)"],
      ]);
      expect(out.invalid["bad-date-feb-30.json"].zh).toEqual(["2023-02-30 不是存在的日期"]);
      expect(out.invalid["relation-unknown-type.json"].en[0][2]).toBe(
        "unknown type 'ratio': expected 'sum' | 'subset' | 'rate' | 'listCount'",
      );
    }, 120_000);

    test("parses the examples through require (CommonJS)", () => {
      expect(json("library.cjs")).toEqual(Object.fromEntries(exampleFiles.map((f) => [f, true])));
    });
  });

  describe("with the tools of apps and CI", () => {
    beforeAll(() => {
      for (const tool of ["ajv", "ajv-formats", "fastify", "json-schema-to-typescript", "typescript"])
        symlinkSync(join(repo, "node_modules", tool), join(dir, "node_modules", tool));
    });

    test("strict ajv with ajv-formats compiles both schemas and agrees with zod on every example", () => {
      const out = json("ajv.mjs");
      for (const f of exampleFiles) expect(out[f], f).toEqual({ "2020-12": "valid", "draft-07": "valid" });
      for (const f of invalidFiles) {
        expect(out[`invalid/${f}`]["2020-12"], f).not.toBe("valid");
        expect(out[`invalid/${f}`]["draft-07"], f).not.toBe("valid");
      }
      expect(out["invalid/bad-date-feb-30.json"]["draft-07"]).toBe(
        '/dates/document/date must match format "date"',
      );
      expect(out["invalid/relation-unknown-type.json"]["2020-12"]).toBe(
        "/relations/0/type must be equal to one of the allowed values",
      );
    });

    test("a Fastify 5 server takes the examples unchanged and answers each invalid one with its message", () => {
      const out = json("fastify.mjs");
      for (const [mode, results] of Object.entries<Record<string, [number, unknown]>>(out)) {
        for (const f of exampleFiles) expect(results[f], `${mode}: ${f}`).toEqual([200, true]);
        for (const f of invalidFiles) {
          const coerced = mode === "defaults" && f in COERCED_BY_FASTIFY_DEFAULTS;
          expect(results[`invalid/${f}`], `${mode}: ${f}`).toEqual(
            coerced ? [200, false] : [400, FASTIFY_MESSAGES[f]],
          );
        }
      }
    });

    test("json-schema-to-typescript makes readable types that the package's Report is assignable to, exactOptionalPropertyTypes or not", () => {
      expect(node("jstt.mjs")).toMatchObject({ status: 0, stderr: "" });
      for (const file of ["report-2020-12.generated.ts", "report-07.generated.ts"]) {
        const types = readFileSync(join(dir, file), "utf8");
        expect(types).toContain("export interface Report {");
        expect(types).toContain("issuers: Issuer[];");
        expect(types).toContain("export type Identifier = string;");
        // A union discriminated by `type` (a loose `{ type: …; [k: string]: unknown }` before).
        expect(types).toContain(
          "export type Relation = SumRelation | SubsetRelation | RateRelation | ListCountRelation;",
        );
        expect(types).toContain("parts: Identifier[];");
        // One type per definition, not one per use (Identifier1 … Identifier17 before).
        expect(types).not.toMatch(/\b(Identifier|Text|Year|DecimalString|Theme|Level|DivisionCode)\d/);
      }
      for (const config of ["tsconfig.json", "tsconfig.exact.json"]) {
        const tsc = node(join(dir, "node_modules/typescript/bin/tsc"), "-p", config);
        expect(tsc.stdout + tsc.stderr, config).toBe("");
        expect(tsc.status, config).toBe(0);
      }
    }, 120_000);

    test.each(["text", "json", "sarif", "junit", "github"])("npx fazhi validate --format %s", (format) => {
      const files = exampleFiles.map((f) => join(examples, f));
      const r = node("node_modules/.bin/fazhi", "validate", ...files, "--format", format, "--locale", "en");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      if (format === "json") expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 5, error: 0 });
      if (format === "sarif") expect(JSON.parse(r.stdout).version).toBe("2.1.0");
      if (format === "junit") expect(r.stdout).toMatch(/^<\?xml/);
      const invalid = node(
        "node_modules/.bin/fazhi",
        "validate",
        join(examples, "invalid/unknown-key-typo.json"),
      );
      expect(invalid.status).toBe(1);
    });

    test("the CLI names the optional package a feature needs when it is missing", () => {
      const r = node("node_modules/.bin/fazhi", "validate", join(examples, "*.json"));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(
        "needs the optional package tinyglobby, which is not installed. Run: npm install tinyglobby",
      );
      symlinkSync(join(repo, "node_modules/tinyglobby"), join(dir, "node_modules/tinyglobby"));
      expect(node("node_modules/.bin/fazhi", "validate", join(examples, "*.json")).status).toBe(0);
    });
  });
});

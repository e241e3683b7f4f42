/** File selection like other linters (issue 15): what a folder walk, a glob and --exclude pick, and what they skip. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cli, root } from "./run";

const report = join(root, "examples/2022-anding-town.json");
let project = "";

/** Runs `fazhi <args>` in the project folder; returns the files of the JSON output, stderr and the exit code. */
function inProject(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args, "--format", "json", "--locale", "en"], {
    cwd: project,
    encoding: "utf8",
  });
  const files = r.stdout
    ? (JSON.parse(r.stdout).files as Array<{ file: string; error?: { code: string } }>)
    : [];
  return {
    code: r.status,
    files: files.map((f) => f.file + (f.error ? ` ${f.error.code}` : "")),
    err: r.stderr,
  };
}

// A repository with reports next to what a linter must leave alone: node_modules, dot-folders, a .gitignored build
// folder, package.json and tsconfig.json.
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "fazhi-walk-"));
  for (const dir of ["node_modules/pkg", ".cache", ".git", "reports/old", "build", "drafts"])
    mkdirSync(join(project, dir), { recursive: true });
  for (const file of [
    "reports/a.json",
    "reports/old/b.json",
    "node_modules/pkg/c.json",
    ".cache/d.json",
    "build/e.json",
    "drafts/f.json",
  ])
    copyFileSync(report, join(project, file));
  writeFileSync(join(project, "package.json"), '{ "name": "x", "version": "1.0.0" }\n');
  writeFileSync(join(project, "tsconfig.json"), '{ "compilerOptions": {} }\n');
  writeFileSync(join(project, ".gitignore"), "build/\n# comment\n");
  writeFileSync(join(project, "drafts/.gitignore"), "*.json\n!f.json\n");
});

describe("a folder walk", () => {
  test("skips node_modules, dot-folders and what .gitignore ignores; lists JSON that is not a report as skipped", () => {
    const r = inProject(["validate", ".", "--recursive"]);
    expect(r.files).toEqual(["drafts/f.json", "reports/a.json", "reports/old/b.json"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("package.json: skipped: does not look like a report");
    expect(r.err).toContain("tsconfig.json: skipped: does not look like a report");
    expect(r.err).not.toMatch(/node_modules|\.cache|build/);
  });

  test("without --recursive takes only the folder's own files", () => {
    expect(inProject(["validate", "reports"]).files).toEqual(["reports/a.json"]);
  });

  test("enters node_modules or a dot-folder that is named", () => {
    expect(inProject(["validate", "node_modules/pkg"]).files).toEqual(["node_modules/pkg/c.json"]);
    expect(inProject(["validate", ".cache"]).files).toEqual([".cache/d.json"]);
  });

  test("--exclude (repeatable) and a quoted '!pattern' leave files out", () => {
    expect(
      inProject(["validate", ".", "--recursive", "--exclude", "reports/old/", "--exclude", "drafts"]).files,
    ).toEqual(["reports/a.json"]);
    expect(inProject(["validate", ".", "--recursive", "!reports/old/**", "!drafts/**"]).files).toEqual([
      "reports/a.json",
    ]);
  });

  test("a folder with no report in it is that folder's error (exit 2)", () => {
    const r = inProject(["validate", "build", "--exclude", "build/e.json"]);
    expect([r.code, r.files]).toEqual([2, ["build isDir"]]);
  });
});

describe("globs and named files", () => {
  test("a glob skips node_modules, dot-folders, .gitignored files and JSON that is not a report", () => {
    const r = inProject(["validate", "**/*.json"]);
    expect(r.files).toEqual(["drafts/f.json", "reports/a.json", "reports/old/b.json"]);
    expect(r.err).toContain("package.json: skipped");
  });

  test("a glob that names node_modules goes there", () => {
    expect(inProject(["validate", "node_modules/**/*.json"]).files).toEqual(["node_modules/pkg/c.json"]);
  });

  test("a named file is always read, even when ignored or not a report, unless --exclude matches it", () => {
    const r = inProject(["validate", "build/e.json", "package.json"]);
    expect(r.files).toEqual(["build/e.json", "package.json"]);
    expect(r.code).toBe(1);
    const excluded = inProject(["validate", "reports/a.json", "build/e.json", "--exclude", "build/**"]);
    expect(excluded.files).toEqual(["reports/a.json"]);
    expect(excluded.err).toContain("build/e.json: skipped: matches an --exclude pattern");
  });
});

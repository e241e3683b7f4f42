/** The CI formats through the built CLI, and the GitHub Action and pre-commit hooks that run it (issue 15). */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { cli, root, run } from "./run";

const fx = (name: string) => join(root, "test/fixtures/cli", name);
const fresh = () => mkdtempSync(join(tmpdir(), "fazhi-ci-"));

describe("CI formats from the command line", () => {
  test("SARIF points NDJSON findings at the file, relative to %SRCROOT% (the working directory)", () => {
    const sarif = JSON.parse(run(["validate", fx("batch.ndjson"), "--format", "sarif"]).out);
    const run0 = sarif.runs[0];
    expect(run0.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${root.replace(/\/$/, "")}/`);
    const uris = new Set(
      run0.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }) =>
        JSON.stringify(r.locations[0]?.physicalLocation.artifactLocation),
      ),
    );
    // the CLI is given an absolute path under the working directory: it comes out relative
    expect([...uris]).toEqual([
      JSON.stringify({ uri: "test/fixtures/cli/batch.ndjson", uriBaseId: "%SRCROOT%" }),
    ]);
    const schemaError = run0.results.find((r: { ruleId: string }) => r.ruleId === "FZ-SCHEMA-001");
    expect(schemaError.locations[0].physicalLocation.region.startLine).toBe(2);
    expect(schemaError.properties.record).toBe(2);
  });

  test("--format github writes a Markdown job summary to $GITHUB_STEP_SUMMARY (appending), --annotate-min filters", () => {
    const summary = join(fresh(), "summary.md");
    writeFileSync(summary, "before\n");
    const r = spawnSync(
      process.execPath,
      [
        cli,
        "validate",
        "examples/2022-huian-county.json",
        "--format",
        "github",
        "--annotate-min",
        "warning",
        "--locale",
        "en",
      ],
      { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_STEP_SUMMARY: summary } },
    );
    expect(r.stdout).not.toMatch(/^::notice /m);
    const md = readFileSync(summary, "utf8");
    expect(md).toMatch(/^before\n### fazhi: 1 files: /);
    expect(md).toContain("| examples/2022-huian-county.json |");
    expect(md).toMatch(/\d+ below --annotate-min not annotated/);
    const bad = run([
      "validate",
      "examples/2022-huian-county.json",
      "--format",
      "github",
      "--annotate-min",
      "notice",
    ]);
    expect([bad.code, bad.err]).toEqual([
      2,
      expect.stringMatching(/^fazhi: --annotate-min must be one of error, warning, info/),
    ]);
  });

  test("--format gitlab writes a Code Quality array; without GITHUB_STEP_SUMMARY nothing else is written", () => {
    const r = run(["validate", fx("batch.ndjson"), fx("invalid-json.json"), "--format", "gitlab"]);
    expect(r.code).toBe(2);
    const issues = JSON.parse(r.out);
    expect(issues.at(-1)).toMatchObject({
      check_name: "invalidJson",
      severity: "critical",
      location: { path: fx("invalid-json.json"), lines: { begin: 1 } },
    });
    expect(new Set(issues.map((i: { location: { path: string } }) => i.location.path))).toEqual(
      new Set([fx("batch.ndjson"), fx("invalid-json.json")]),
    );
  });
});

// What GitHub requires of action metadata (docs.github.com, "Metadata syntax for GitHub Actions": name,
// description, runs; a composite action's steps each run a command with a shell, or use an action).
const ACTION_SCHEMA = {
  type: "object",
  required: ["name", "description", "runs"],
  properties: {
    name: { type: "string", minLength: 1 },
    description: { type: "string", minLength: 1 },
    inputs: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["description"],
        properties: {
          description: { type: "string" },
          required: { type: "boolean" },
          default: { type: "string" },
        },
        additionalProperties: false,
      },
    },
    runs: {
      type: "object",
      required: ["using", "steps"],
      properties: {
        using: { const: "composite" },
        steps: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            oneOf: [{ required: ["run", "shell"] }, { required: ["uses"] }],
          },
        },
      },
    },
  },
};

// pre-commit's hook manifest (pre-commit.com, "Creating new hooks"): a list of hooks with id, name, entry and
// language; files and exclude are Python regular expressions.
const HOOKS_SCHEMA = {
  type: "array",
  minItems: 1,
  items: {
    type: "object",
    required: ["id", "name", "entry", "language"],
    properties: {
      id: { type: "string", pattern: "^[a-z0-9-]+$" },
      name: { type: "string" },
      entry: { type: "string" },
      language: { enum: ["node", "system", "python", "docker", "script"] },
      files: { type: "string" },
      exclude: { type: "string" },
      types: { type: "array", items: { type: "string" } },
      description: { type: "string" },
    },
    additionalProperties: false,
  },
};

describe("the GitHub Action and the pre-commit hooks", () => {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8"));

  test("action.yml and .pre-commit-hooks.yaml match their documented shapes", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validate(ACTION_SCHEMA, action), JSON.stringify(ajv.errors)).toBe(true);
    expect(ajv.validate(HOOKS_SCHEMA, hooks), JSON.stringify(ajv.errors)).toBe(true);
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(["paths", "format", "fail-on", "annotate-min", "output", "args"]),
    );
    // every input the step reads is declared, and every declared input is read
    const step = action.runs.steps[0];
    const used = [...JSON.stringify(step.env).matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]);
    expect(new Set(used)).toEqual(new Set(Object.keys(action.inputs)));
  });

  test("the hooks' file patterns pick reports and leave package.json and dot-files alone", () => {
    const validate = hooks.find((h: { id: string }) => h.id === "fazhi-validate");
    const files = new RegExp(validate.files);
    const exclude = new RegExp(validate.exclude);
    const picked = (p: string) => files.test(p) && !exclude.test(p);
    expect(["reports/a.json", "b.ndjson", "c.jsonl"].map(picked)).toEqual([true, true, true]);
    expect(
      ["package.json", "web/package-lock.json", "tsconfig.build.json", ".eslintrc.json", "a.txt"].map(picked),
    ).toEqual([false, false, false, false, false]);
    expect(validate.entry).toBe("fazhi validate");
  });

  test("the action's command line runs fazhi validate with its inputs (the repository's own install)", () => {
    const workspace = fresh();
    mkdirSync(join(workspace, "node_modules/.bin"), { recursive: true });
    symlinkSync(root, join(workspace, "node_modules/fazhi-report"));
    symlinkSync(cli, join(workspace, "node_modules/.bin/fazhi"));
    mkdirSync(join(workspace, "reports"));
    writeFileSync(
      join(workspace, "reports/a.json"),
      readFileSync(join(root, "examples/2022-huian-county.json")),
    );
    writeFileSync(join(workspace, "reports/bad.json"), readFileSync(fx("wrong-rate.json")));
    const step = action.runs.steps[0];
    const inputs: Record<string, string> = {
      paths: "reports/*.json\n reports/none-*.json",
      format: "github",
      "fail-on": "error",
      "annotate-min": "warning",
      output: "",
      args: "--locale en",
      version: "latest",
    };
    const env = Object.fromEntries(
      Object.entries(step.env as Record<string, string>).map(([k, v]) => [
        k,
        v.replace(/^\$\{\{ inputs\.([a-z-]+) \}\}$/, (_m, name: string) => inputs[name] ?? ""),
      ]),
    );
    const summary = join(workspace, "summary.md");
    const r = spawnSync(step.shell, ["-c", step.run], {
      cwd: workspace,
      encoding: "utf8",
      env: { ...process.env, ...env, GITHUB_STEP_SUMMARY: summary },
    });
    // the glob reaches fazhi unexpanded; the one that matches nothing is reported, so the step fails with 2
    expect(r.stdout).toMatch(/^::error file=reports\/bad.json,line=\d+,col=\d+,title=FZ-RATE-001::/m);
    expect(r.stdout).toContain("::error file=reports/none-*.json,title=notFound::file not found");
    expect(r.stdout).not.toMatch(/^::notice /m);
    expect(r.status).toBe(2);
    expect(readFileSync(summary, "utf8")).toContain("### fazhi: 3 files");
  }, 120_000); // npx resolving the local install takes several seconds on a loaded machine
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import {
  type FileResult,
  RULES_DOC_URL,
  renderGithub,
  renderGitlab,
  renderJunit,
  renderSarif,
  renderSummary,
  ruleHelpUri,
} from "../../src/output";
import { ruleCatalogue, type ValidationResult, validateReport } from "../../src/rules";
import minimal from "../fixtures/minimal-report.json";

const root = new URL("../../", import.meta.url).pathname;
const base = validateReport(minimal);
type Finding = ValidationResult["findings"][number];
const finding = (ruleId: string, severity: Finding["severity"], path: string, message: string): Finding =>
  ({ ruleId, severity, path, message, params: {} }) as Finding;
const withFindings = (findings: Finding[]): ValidationResult => ({
  ...base,
  findings,
  summary: {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  } as ValidationResult["summary"],
});

// Two records of reports/batch.ndjson (lines 3 and 7): one finding located at line 3 column 12, one not located.
const ndjson: FileResult[] = [
  {
    file: "reports/batch.ndjson:3",
    record: { path: "reports/batch.ndjson", line: 3 },
    result: withFindings([finding("FZ-RATE-002", "error", "/indicators/0", "stated 75.5%")]),
    locate: () => ({ line: 3, column: 12 }),
  },
  {
    file: "reports/batch.ndjson:7",
    record: { path: "reports/batch.ndjson", line: 7 },
    result: withFindings([finding("FZ-COMP-005", "info", "/sections", "not covered")]),
  },
];
const unreadable: FileResult = { file: "gone.json", error: { message: "file not found", code: "notFound" } };
const notices: FileResult = {
  file: "a.json",
  result: withFindings([
    finding("FZ-COMP-005", "info", "/sections", "n1"),
    finding("FZ-COMP-004", "warning", "/sections", "w1"),
    finding("FZ-COMP-005", "info", "/sections/1", "n2"),
  ]),
  locate: (pointer) => (pointer === "/sections" ? { line: 5, column: 3 } : undefined),
};

function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
  );
  const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

type SarifLocation = {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number } };
};
const locationsOf = (sarif: string): SarifLocation["physicalLocation"][] =>
  JSON.parse(sarif).runs[0].results.map(
    (r: { locations: SarifLocation[] }) => r.locations[0]?.physicalLocation,
  );

describe("renderSarif", () => {
  test("points an NDJSON record at its file, at the finding's line or else the record's", () => {
    expect(locationsOf(renderSarif(ndjson))).toEqual([
      {
        artifactLocation: { uri: "reports/batch.ndjson", uriBaseId: "%SRCROOT%" },
        region: { startLine: 3, startColumn: 12 },
      },
      { artifactLocation: { uri: "reports/batch.ndjson", uriBaseId: "%SRCROOT%" }, region: { startLine: 7 } },
    ]);
  });

  test.each([
    [
      "reports/安定 镇#1.json",
      undefined,
      { uri: "reports/%E5%AE%89%E5%AE%9A%20%E9%95%87%231.json", uriBaseId: "%SRCROOT%" },
    ],
    ["./a:b.json", undefined, { uri: "a%3Ab.json", uriBaseId: "%SRCROOT%" }],
    ["/home/me/repo/r/a.json", "/home/me/repo", { uri: "r/a.json", uriBaseId: "%SRCROOT%" }],
    ["/home/me/repo/r/a.json", "/home/me/repo/", { uri: "r/a.json", uriBaseId: "%SRCROOT%" }],
    ["/tmp/x y/a.json", "/home/me/repo", { uri: "file:///tmp/x%20y/a.json" }],
    ["/home/me/repository/a.json", "/home/me/repo", { uri: "file:///home/me/repository/a.json" }],
    ["C:\\work\\r\\a.json", "C:\\work", { uri: "r/a.json", uriBaseId: "%SRCROOT%" }],
    ["D:\\other\\a.json", "C:\\work", { uri: "file:///D:/other/a.json" }],
    ["a\ud800.json", undefined, { uri: "a%EF%BF%BD.json", uriBaseId: "%SRCROOT%" }],
  ])("writes %j (srcRoot %j) as %j", (file, srcRoot, expected) => {
    const sarif = renderSarif([{ file, result: withFindings([finding("FZ-RATE-002", "error", "", "x")]) }], {
      ...(srcRoot ? { srcRoot } : {}),
    });
    expect(locationsOf(sarif)[0]?.artifactLocation).toEqual(expected);
  });

  test("records %SRCROOT%, the automation category and a helpUri per rule that is an anchor of docs/rules.md", () => {
    const rules = ruleCatalogue("en");
    const run = JSON.parse(renderSarif(ndjson, { rules, srcRoot: "/home/me/repo", automationId: "reports/" }))
      .runs[0];
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///home/me/repo/" } });
    expect(run.automationDetails).toEqual({ id: "reports/" });
    expect(run.tool.driver.rules[0].helpUri).toBe(`${RULES_DOC_URL}#${rules[0]?.id.toLowerCase()}`);
    const doc = readFileSync(join(root, "docs/rules.md"), "utf8");
    for (const rule of run.tool.driver.rules as Array<{ id: string; helpUri: string }>) {
      expect(doc).toContain(`\n## ${rule.id}\n`);
      expect(rule.helpUri.split("#")[1]).toBe(rule.id.toLowerCase());
    }
    expect(ruleHelpUri("FZ-RATE-002")).toBe("https://fazhi-report.dev/docs/rules.md#fz-rate-002");
  });

  test("validates against the SARIF 2.1.0 schema, unreadable inputs and hostile names included", () => {
    const validate = sarifValidator();
    const sarif = JSON.parse(
      renderSarif(
        [...ndjson, unreadable, notices, { file: "/abs/\u001b[31m.json", error: { message: "x" } }],
        {
          rules: ruleCatalogue("en"),
          srcRoot: "/home/me/repo",
          toolVersion: "1.2.3",
        },
      ),
    );
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const error = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "notFound");
    expect(error).toMatchObject({ level: "error", message: { text: "file not found" } });
    expect(sarif.runs[0].results.at(-1).ruleId).toBe("inputError");
  });
});

describe("renderGithub", () => {
  test("annotates an NDJSON record on its file with the line as a property", () => {
    expect(renderGithub(ndjson)).toBe(
      "::error file=reports/batch.ndjson,line=3,col=12,title=FZ-RATE-002::stated 75.5%25 (/indicators/0)\n" +
        "::notice file=reports/batch.ndjson,line=7,title=FZ-COMP-005::not covered (/sections)\n",
    );
  });

  test.each([
    [undefined, ["warning", "notice", "notice"]],
    ["info", ["warning", "notice", "notice"]],
    ["warning", ["warning"]],
    ["error", []],
  ] as const)("--annotate-min %s keeps %j", (annotateMin, levels) => {
    const out = renderGithub([notices], annotateMin ? { annotateMin } : {});
    expect([...out.matchAll(/^::(\w+) /gm)].map((m) => m[1])).toEqual(levels);
  });

  test("always annotates an unreadable input, titled by its code", () => {
    expect(renderGithub([unreadable], { annotateMin: "error" })).toBe(
      "::error file=gone.json,title=notFound::file not found\n",
    );
  });
});

describe("renderGitlab", () => {
  // The Code Quality report format as GitLab documents it (docs.gitlab.com, ci/testing/code_quality: "Code
  // Quality report format"): an array of issues, each with these required properties.
  const schema = {
    type: "array",
    items: {
      type: "object",
      required: ["description", "check_name", "fingerprint", "severity", "location"],
      properties: {
        description: { type: "string", minLength: 1 },
        check_name: { type: "string", minLength: 1 },
        fingerprint: { type: "string", pattern: "^[0-9a-f]{32}$" },
        severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
        location: {
          type: "object",
          required: ["path", "lines"],
          properties: {
            path: { type: "string", minLength: 1 },
            lines: {
              type: "object",
              required: ["begin"],
              properties: { begin: { type: "integer", minimum: 1 } },
            },
          },
        },
      },
    },
  };

  test("writes the documented issue shape, NDJSON records on their file", () => {
    const issues = JSON.parse(renderGitlab([...ndjson, unreadable, notices]));
    const ajv = new AjvDraft04({ strict: false, allErrors: true });
    expect(ajv.validate(schema, issues), JSON.stringify(ajv.errors)).toBe(true);
    expect(
      issues.map((i: { check_name: string; severity: string; location: unknown }) => [
        i.check_name,
        i.severity,
        i.location,
      ]),
    ).toEqual([
      ["FZ-RATE-002", "major", { path: "reports/batch.ndjson", lines: { begin: 3 } }],
      ["FZ-COMP-005", "info", { path: "reports/batch.ndjson", lines: { begin: 7 } }],
      ["notFound", "critical", { path: "gone.json", lines: { begin: 1 } }],
      ["FZ-COMP-004", "minor", { path: "a.json", lines: { begin: 5 } }],
      // a finding with no line of its own comes first among its severity (locatedFindings' order)
      ["FZ-COMP-005", "info", { path: "a.json", lines: { begin: 1 } }],
      ["FZ-COMP-005", "info", { path: "a.json", lines: { begin: 5 } }],
    ]);
  });

  test("gives distinct fingerprints that do not change between runs or when lines move", () => {
    const twice = [notices, { ...notices, file: "b.json" }];
    const fingerprints = JSON.parse(renderGitlab(twice)).map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    expect(JSON.parse(renderGitlab(twice)).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(
      fingerprints,
    );
    const moved = JSON.parse(renderGitlab([{ ...notices, locate: () => ({ line: 40, column: 1 }) }]));
    expect(moved.map((i: { fingerprint: string }) => i.fingerprint).sort()).toEqual(
      fingerprints.slice(0, 3).sort(),
    );
  });
});

describe("renderSummary", () => {
  test("gives the totals, the files with findings and the findings most severe first, linked to their rule", () => {
    const md = renderSummary([...ndjson, notices, { file: "ok.json", result: withFindings([]) }], {
      locale: "en",
      rules: ruleCatalogue("en"),
      annotateMin: "warning",
    });
    const lines = md.split("\n");
    expect(lines[0]).toBe("### fazhi: 4 files: 1 error, 1 warning, 3 info");
    expect(md).not.toContain("ok.json");
    expect(lines.filter((l) => l.startsWith("| ❌") || l.startsWith("| ⚠️") || l.startsWith("| ℹ️"))).toEqual([
      `| ❌ | reports/batch.ndjson:3 | [FZ-RATE-002](${RULES_DOC_URL}#fz-rate-002) | stated 75.5% |`,
      `| ⚠️ | a.json:5 | [FZ-COMP-004](${RULES_DOC_URL}#fz-comp-004) | w1 |`,
      `| ℹ️ | reports/batch.ndjson:7 | [FZ-COMP-005](${RULES_DOC_URL}#fz-comp-005) | not covered |`,
      `| ℹ️ | a.json | [FZ-COMP-005](${RULES_DOC_URL}#fz-comp-005) | n2 |`,
      `| ℹ️ | a.json:5 | [FZ-COMP-005](${RULES_DOC_URL}#fz-comp-005) | n1 |`,
    ]);
    expect(md).toContain("3 below --annotate-min not annotated");
  });

  test("keeps report content from breaking the table or adding HTML, and counts what it does not list", () => {
    const hostile: FileResult = {
      file: "x|y.json",
      result: withFindings([
        finding("FZ-RATE-002", "error", "", "a | b <script>\n## c"),
        finding("FZ-RATE-002", "error", "", "second"),
      ]),
    };
    const md = renderSummary([hostile], { locale: "en", limit: 1 });
    expect(md).toContain("| ❌ | x\\|y.json | FZ-RATE-002 | a \\| b \\<script\\> ## c |");
    expect(md).not.toContain("second");
    expect(md).toContain("1 more not listed");
  });
});

describe("renderJunit", () => {
  test("names an unreadable input's test case by its code", () => {
    expect(renderJunit([unreadable])).toContain('<testcase classname="gone.json" name="notFound">');
  });
});

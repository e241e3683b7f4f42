import { XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { type FileResult, renderGithub, renderJunit, renderSarif, renderText } from "../../src/output";
import { ruleCatalogue, validateReport } from "../../src/rules";
import minimal from "../fixtures/minimal-report.json";

// Report content and file names are the user's: they may hold escape sequences and control characters.
const hostile = "\u001b[31mred\u001b[0m\u0001\u0007\u202e\ud800";
const result = validateReport({ ...minimal, title: hostile });
const files: FileResult[] = [
  { file: `a${hostile}.json`, result },
  { file: `b${hostile}.json`, error: { message: `bad ${hostile}`, code: "invalidJson" } },
];
const withFinding: FileResult[] = [
  {
    file: "c.json",
    result: {
      ...result,
      findings: [
        {
          ruleId: "FZ-RATE-002",
          severity: "error",
          path: `/x${hostile}`,
          message: `stated ${hostile}`,
          params: {},
        } as (typeof result.findings)[number],
      ],
    },
  },
];
// Control characters other than tab, LF and CR; lone surrogates; bidi overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]|[\ud800-\udfff]/;

describe("renderers and hostile strings", () => {
  test("JUnit stays well-formed XML with no raw control character", () => {
    const xml = renderJunit([...files, ...withFinding], { rules: ruleCatalogue("en") });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(UNSAFE);
    expect(xml).toContain("\\u001B[31mred");
  });

  test("text output passes no escape sequence to the terminal", () => {
    const text = renderText([...files, ...withFinding], { locale: "en" });
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain("b\\u001B[31mred\\u001B[0m\\u0001\\u0007\\u202E\\uD800.json");
    expect(text).toContain("/x\\u001B[31mred");
  });

  test("SARIF and GitHub annotations carry no raw control character either", () => {
    // What a viewer shows is made visible; properties.jsonPointer stays exact (JSON escapes it).
    const sarif = JSON.parse(renderSarif([...files, ...withFinding]));
    const shown = sarif.runs[0].results.flatMap(
      (r: {
        message: { text: string };
        locations: Array<{
          physicalLocation: { artifactLocation: { uri: string } };
          logicalLocations?: Array<{ fullyQualifiedName: string }>;
        }>;
      }) => [
        r.message.text,
        ...r.locations.flatMap((l) => [
          l.physicalLocation.artifactLocation.uri,
          ...(l.logicalLocations ?? []).map((x) => x.fullyQualifiedName),
        ]),
      ],
    );
    expect(shown.length).toBeGreaterThan(3);
    for (const s of shown) expect(s).not.toMatch(UNSAFE);
    expect(renderGithub([...files, ...withFinding])).not.toMatch(UNSAFE);
  });
});

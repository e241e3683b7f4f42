import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseReport } from "../../src/model";
import { fixtureBase } from "../../src/rules";
import { roleText, roleTextLength, sectionsOf } from "../../src/rules/engine/walk";

const char = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);

describe("the shared walk of a report", () => {
  test("roleTextLength counts code points as [...roleText] does, lone surrogates included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(char).map((cs) => cs.join("")),
          { maxLength: 4 },
        ),
        (paragraphs) => {
          const base = fixtureBase();
          const report = parseReport({
            ...base,
            sections: base.sections.map((s) => ({ ...s, paragraphs })),
          });
          expect(roleTextLength(report, "measures")).toBe([...roleText(report, "measures")].length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("is built once per report: the same array for every rule", () => {
    const report = parseReport(fixtureBase());
    expect(sectionsOf(report)).toBe(sectionsOf(report));
    expect(sectionsOf(parseReport(fixtureBase()))).not.toBe(sectionsOf(report));
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseReport, type ReportInput } from "../../src/model";
import { ROUNDING_MODES } from "../../src/numbers";
import { deriveRates } from "../../src/rates";
import { fixtureBase, type RuleContext } from "../../src/rules";
import { rateVerdicts } from "../../src/rules/rates/derived";

const decimal = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }))
    .map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}.${b}`),
);
const qualifier = fc.constantFrom(
  undefined,
  "exact",
  "approx",
  "atLeast",
  "atMost",
  "nearly",
  "approxAtLeast",
);
const indicator = (id: string, kind: "count" | "rate") =>
  fc
    .record({ value: decimal, qualifier, magnitude: fc.constantFrom(undefined, undefined, "万") })
    .map((x) => ({
      id,
      label: id,
      value: x.value,
      kind,
      ...(x.qualifier ? { qualifier: x.qualifier } : {}),
      ...(x.magnitude && kind === "count" ? { magnitude: x.magnitude } : {}),
    }));

/** A report whose one rate relation has random figures, qualifiers, magnitudes, exclusions and a stated mode. */
const rateReport = fc
  .record({
    a: indicator("a", "count"),
    b: indicator("b", "count"),
    c: indicator("c", "count"),
    r: indicator("r", "rate"),
    rounding: fc.constantFrom(undefined, ...ROUNDING_MODES),
    numerator: fc.constantFrom(["a"], ["a", "c"], ["missing"]),
    excludes: fc.constantFrom(undefined, ["c"]),
    rateKind: fc.constantFrom(undefined, "reconsiderationCorrection" as const),
  })
  .map((x): ReportInput => {
    const base = fixtureBase();
    return {
      ...base,
      indicators: [x.a, x.b, x.c, { ...x.r, ...(x.rounding ? { rounding: x.rounding } : {}) }],
      relations: [
        { id: "z", type: "sum", whole: "a", parts: ["b", "c"] },
        {
          id: "q",
          type: "rate",
          rate: "r",
          numerator: x.numerator,
          denominator: ["b"],
          ...(x.excludes ? { denominatorExcludes: x.excludes } : {}),
          ...(x.rateKind ? { rateKind: x.rateKind } : {}),
        },
      ],
    } as ReportInput;
  });

describe("rateVerdicts (what FZ-RATE-001 and FZ-RATE-002 read)", () => {
  test("says pass exactly when deriveRates does, and otherwise gives deriveRates' own entry", () => {
    const seen = { pass: 0, derived: 0 };
    fc.assert(
      fc.property(
        rateReport,
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        (input, roundingMode, excludeRejected) => {
          const report = parseReport(input);
          const context: RuleContext = {
            referenceDate: "2025-01-01",
            roundingMode,
            denominators: { reconsiderationCorrection: { excludeRejected } },
          };
          const full = deriveRates(report, { mode: roundingMode, denominators: context.denominators });
          const verdicts = rateVerdicts(report, context);
          expect(verdicts.length).toBe(full.length);
          verdicts.forEach((v, i) => {
            seen[v === "pass" ? "pass" : "derived"]++;
            if (v === "pass") expect(full[i]?.check?.status).toBe("pass");
            else {
              // The shortcut is exact: it gives up on no rate that passes under its stated mode.
              expect(v).toEqual(full[i]);
              expect(full[i]?.check?.status).not.toBe("pass");
            }
          });
        },
      ),
      { numRuns: 500 },
    );
    // Both roads must be taken, or the test proves nothing.
    expect(seen.pass).toBeGreaterThan(25);
    expect(seen.derived).toBeGreaterThan(25);
  });
});

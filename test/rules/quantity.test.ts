import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkSubset, checkSum, type StatedNumber } from "../../src/rates";
import { holdsExactly } from "../../src/rules/engine/quantity";

const figure: fc.Arbitrary<StatedNumber> = fc
  .record({
    value: fc.oneof(
      fc.integer({ min: 0, max: 50 }).map(String),
      fc.integer({ min: 0, max: 500 }).map((n) => (n / 10).toString()),
      fc.constant("x"),
    ),
    qualifier: fc.constantFrom(undefined, undefined, "exact", "approx", "atLeast"),
    magnitude: fc.constantFrom(undefined, undefined, undefined, "万"),
  })
  .map(
    ({ value, qualifier, magnitude }) =>
      ({ value, ...(qualifier ? { qualifier } : {}), ...(magnitude ? { magnitude } : {}) }) as StatedNumber,
  );

describe("holdsExactly (the comparison FZ-ARITH-001/002 make before the full check)", () => {
  test("agrees with checkSum and checkSubset whenever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(figure, fc.array(figure, { minLength: 1, maxLength: 4 }), (whole, parts) => {
        const q = { whole, parts };
        const cases = [
          ["sum", checkSum(q)],
          ["subset", checkSubset(q)],
          ["disjointSubset", checkSubset({ ...q, disjoint: true })],
        ] as const;
        for (const [kind, full] of cases) {
          const quick = holdsExactly(q, kind);
          if (quick === undefined) continue;
          answered++;
          expect(full.value?.status === "pass", kind).toBe(quick);
        }
      }),
      { numRuns: 1000 },
    );
    expect(answered).toBeGreaterThan(100);
  });
});

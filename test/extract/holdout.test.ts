import { describe, expect, test } from "vitest";
import { corpusTotals, scoreCorpus } from "./corpus";

// The held-out set (test/corpus/holdout/): real texts with hand-made truth that nobody tunes the extractor on, so
// its figures say how the extractor does on text it has not seen. Only issue 12's two hard floors are enforced
// here: no error finding that is not a labelled inconsistency, and no genuine report refused. The other figures
// are printed by `npm run quality -- --set holdout` and recorded in test/corpus/holdout/README.md, never floored
// (a floor would invite tuning on this set).

// The three false errors this set found on 2026-11-29 (a 出庭应诉率 over the cases newly filed, and 结案率 and
// 按时结案率 over the requests received instead of the orders dispatched) were removed by two general rules in
// extract/namedRates.ts (a figure between a base and its part that could be the base too makes the base
// uncertain; 按时结案 is not the measure of 结案率), tested on made-up text in realPatterns.test.ts. The floor is
// now zero.
describe("the held-out set of real texts", () => {
  const scores = scoreCorpus(new URL("../../", import.meta.url), "holdout");
  const t = corpusTotals(scores);
  const falseErrors = scores.flatMap((s) => s.falseErrors.map((f) => ({ text: s.name, finding: f })));

  test("holds at least 25 texts and 100 labelled rates, 40 of them with both counts in the text", () => {
    expect(t.texts).toBeGreaterThanOrEqual(25);
    expect(t.rates).toBeGreaterThanOrEqual(100);
    expect(t.ratesWithBase.of).toBeGreaterThanOrEqual(40);
    // genuine reports and texts that are not reports, to test refusal both ways
    expect(t.reports).toBeGreaterThanOrEqual(15);
    expect(t.texts - t.reports).toBeGreaterThanOrEqual(3);
  });

  test("gives no error finding that is not a labelled inconsistency", () => {
    expect(falseErrors.map((e) => `${e.text}: ${e.finding}`)).toEqual([]);
  });

  test("refuses no genuine report as not a report", () => {
    expect(t.refused).toEqual([]);
  });
});

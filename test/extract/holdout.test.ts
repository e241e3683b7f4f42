import { describe, expect, test } from "vitest";
import { corpusTotals, scoreCorpus } from "./corpus";

// The held-out set (test/corpus/holdout/): real texts with hand-made truth that nobody tunes the extractor on, so
// its figures say how the extractor does on text it has not seen. Only issue 12's two hard floors are enforced
// here: no error finding that is not a labelled inconsistency, and no genuine report refused. The other figures
// are printed by `npm run quality -- --set holdout` and recorded in test/corpus/holdout/README.md, never floored
// (a floor would invite tuning on this set).

// False errors the held-out set found in the extractor of 2026-11-29, each a text and the quote of the stated rate
// that was recomputed over the wrong base. Do not add to this list to let a change through: it may only shrink.
// When a fix makes one disappear, delete it here, until the list is empty and the floor is zero.
const knownFalseErrors: ReadonlyArray<readonly [text: string, rateQuote: string]> = [
  // 383 heads in court: the text gives no count of the cases heard, and 1120 is the cases newly filed
  ["holdout/2015-nanyang-city-court-news.txt", "「行政机关负责人出庭应诉率为38%」"],
  // 结案率 and 按时结案率 are over the 601 orders dispatched (597 + 4), not the 2877 requests received
  ["holdout/2022-ningguo-city-hotline.txt", "「结案率100%」"],
  ["holdout/2022-ningguo-city-hotline.txt", "「按时结案率99%」"],
];

describe("the held-out set of real texts", () => {
  const scores = scoreCorpus(new URL("../../", import.meta.url), "holdout");
  const t = corpusTotals(scores);
  const falseErrors = scores.flatMap((s) => s.falseErrors.map((f) => ({ text: s.name, finding: f })));
  const isKnown = (e: { text: string; finding: string }) =>
    knownFalseErrors.some(([text, quote]) => e.text === text && e.finding.includes(quote));

  test("holds at least 25 texts and 100 labelled rates, 40 of them with both counts in the text", () => {
    expect(t.texts).toBeGreaterThanOrEqual(25);
    expect(t.rates).toBeGreaterThanOrEqual(100);
    expect(t.ratesWithBase.of).toBeGreaterThanOrEqual(40);
    // genuine reports and texts that are not reports, to test refusal both ways
    expect(t.reports).toBeGreaterThanOrEqual(15);
    expect(t.texts - t.reports).toBeGreaterThanOrEqual(3);
  });

  test("gives no error finding that is not a labelled inconsistency (beyond the known ones, listed above)", () => {
    expect(falseErrors.filter((e) => !isKnown(e)).map((e) => `${e.text}: ${e.finding}`)).toEqual([]);
  });

  test("still gives each known false error (delete the ones a fix removed, so the list only shrinks)", () => {
    const gone = knownFalseErrors.filter(
      ([text, quote]) => !falseErrors.some((e) => e.text === text && e.finding.includes(quote)),
    );
    expect(gone).toEqual([]);
  });

  test("refuses no genuine report as not a report", () => {
    expect(t.refused).toEqual([]);
  });
});

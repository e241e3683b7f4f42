import { describe, expect, test } from "vitest";
import { corpusTotals, scoreCorpus } from "./corpus";

// The extractor and the rules on the labelled corpus of real texts (test/corpus/, truth made by hand). The floors
// are ratchets at what the extractor measures today (`npm run quality` prints the figures and, with --misses,
// what each text got wrong); raise them as it improves, never lower them to let a change through.
describe("the labelled corpus of real texts", () => {
  const scores = scoreCorpus(new URL("../../", import.meta.url));
  const t = corpusTotals(scores);
  const ratio = (x: { right: number; of: number }) => x.right / x.of;

  test("holds at least 60 texts and 150 labelled rates", () => {
    expect(t.texts).toBeGreaterThanOrEqual(60);
    expect(t.ratesWithBase.of).toBeGreaterThanOrEqual(130);
  });

  test("gives no error finding that is not a labelled inconsistency", () => {
    expect(scores.flatMap((s) => s.falseErrors.map((f) => `${s.name}: ${f}`))).toEqual([]);
  });

  test("refuses no genuine report as not a report", () => {
    expect(t.refused).toEqual([]);
  });

  test("relates figures precisely", () => {
    expect(ratio(t.relations)).toBeGreaterThanOrEqual(0.98);
  });

  test("reads the report year and the issuer", () => {
    expect(ratio(t.year)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(t.issuer)).toBeGreaterThanOrEqual(0.92);
  });

  test("recomputes the rates whose counts the text gives, and flags labelled inconsistencies", () => {
    expect(ratio(t.ratesWithBase)).toBeGreaterThanOrEqual(0.83);
    // every labelled inconsistency
    expect(t.inconsistencies.right).toBe(t.inconsistencies.of);
  });
});

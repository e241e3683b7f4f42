/**
 * Linear time on adversarial inputs (issue 13), at small sizes: the time for 4n characters over the time for n,
 * best of five after a warm-up, stays under 10 (linear gives about 4, quadratic 16, cubic 64; a one-off step in
 * V8 between the two sizes reads 8 or 9 on a linear path). Ratios only, never absolute times. `npm run soak` runs
 * the same generators at 1 MB and 5 MB.
 */
import { describe, expect, test } from "vitest";
import { growth, JSONS, PAGES, TARGETS, TEXTS } from "../../bench/adversarial";

const N = 32_000;
// JSON texts start above V8's large-object size (a string value of 64 K two-byte characters and more): JSON.parse
// steps up by about 40× from 64 K to 128 K characters of one string (measured), which read as a quadratic.
const JSON_N = 100_000;
const LIMIT = 10;

/** The smallest ratio of five measurements: a busy machine can only make a ratio look worse, never better. */
function ratio(fn: (s: string) => unknown, make: (n: number) => string, n = N): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5 && best >= LIMIT; i++) best = Math.min(best, growth(fn, make, n).ratio);
  return best;
}

describe("linear time on adversarial input", () => {
  for (const [name, make] of Object.entries(TEXTS)) {
    test(`extractReport: ${name}`, () => {
      expect(ratio(TARGETS.text, make)).toBeLessThan(LIMIT);
    });
  }
  for (const [name, make] of Object.entries(PAGES)) {
    test(`htmlToText: ${name}`, () => {
      expect(ratio(TARGETS.html, make)).toBeLessThan(LIMIT);
    });
    test(`extractReport with htmlToText: ${name}`, () => {
      expect(ratio(TARGETS.page, make)).toBeLessThan(LIMIT);
    });
  }
  for (const [name, make] of Object.entries(JSONS)) {
    test(`parseJsonText: ${name}`, () => {
      expect(ratio(TARGETS.json, make, JSON_N)).toBeLessThan(LIMIT);
    });
  }
});

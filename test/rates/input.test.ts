import { describe, expect, test } from "vitest";
import { rational } from "../../src/numbers";
import { type NumberInput, toRational } from "../../src/rates";
import { showInput } from "../../src/rates/input";

describe("toRational", () => {
  test.each([
    ["a decimal string", "92.98", { n: 4649n, d: 50n }],
    ["a string with spaces around", "  5 ", { n: 5n, d: 1n }],
    ["a safe integer", 8881, { n: 8881n, d: 1n }],
    ["a negative integer", -3, { n: -3n, d: 1n }],
    ["a bigint", 10n ** 30n, { n: 10n ** 30n, d: 1n }],
    ["a rational", rational(1, 3), { n: 1n, d: 3n }],
    ["a rational that is not reduced", { n: 2n, d: 4n }, { n: 1n, d: 2n }],
    ["a rational with a negative denominator", { n: 2n, d: -4n }, { n: -1n, d: 2n }],
    ["a fraction string, as results give", "222025/2738", { n: 222025n, d: 2738n }],
    ["a negative fraction string that is not reduced", " -2/4 ", { n: -1n, d: 2n }],
  ] as const)("reads %s", (_name, v, expected) => {
    expect(toRational(v as NumberInput)).toEqual(expected);
  });

  test.each([
    ["NaN", Number.NaN],
    ["a float", 1.5],
    ["a huge float", 1.5e300],
    ["an unsafe integer", Number.MAX_SAFE_INTEGER + 1],
    ["a word", "abc"],
    ["an exponent", "1e5"],
    ["a fraction over zero", "1/0"],
    ["a fraction with a negative denominator", "1/-2"],
    ["a fraction of decimals", "1.5/2"],
    ["a zero denominator", { n: 1n, d: 0n }],
    ["number parts", { n: 1, d: 2 }],
    ["a number numerator", { n: 1, d: 2n }],
    ["a number denominator", { n: 1n, d: 2 }],
    ["null", null],
    ["undefined", undefined],
  ] as const)("refuses %s", (_name, v) => {
    expect(toRational(v as unknown as NumberInput)).toBeUndefined();
  });
});

describe("showInput", () => {
  test.each([
    [rational(1, 4), "0.25"],
    [rational(-1, 4), "-0.25"],
    [rational(15000), "15000"],
    [rational(1, 3), "1/3"],
    [rational(-2, 3), "-2/3"],
  ] as const)("writes %o as %s", (r, s) => {
    expect(showInput(r)).toBe(s);
  });
});

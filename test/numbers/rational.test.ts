import { describe, expect, test } from "vitest";
import {
  abs,
  add,
  cmp,
  DECIMAL_PATTERN,
  decimalPlaces,
  div,
  eq,
  isDecimalString,
  isInteger,
  isZero,
  max,
  min,
  mul,
  neg,
  parseDecimal,
  rational,
  sub,
  sumRationals,
  toFixedExact,
} from "../../src/numbers";

describe("rational", () => {
  test.each([
    ["6/4 reduced", () => rational(6, 4), { n: 3n, d: 2n }],
    ["6/3 reduced to a whole number", () => rational(6, 3), { n: 2n, d: 1n }],
    ["5 with the default denominator", () => rational(5), { n: 5n, d: 1n }],
    ["1/-2 with the sign moved up", () => rational(1, -2), { n: -1n, d: 2n }],
    ["-1/-2 positive", () => rational(-1, -2), { n: 1n, d: 2n }],
    ["-6/4 reduced", () => rational(-6, 4), { n: -3n, d: 2n }],
    ["6/-4 reduced", () => rational(6, -4), { n: -3n, d: 2n }],
    ["0/5 as 0/1", () => rational(0, 5), { n: 0n, d: 1n }],
    ["0/-5 as 0/1", () => rational(0, -5), { n: 0n, d: 1n }],
    ["bigints", () => rational(10n ** 30n, 4n * 10n ** 29n), { n: 5n, d: 2n }],
    ["coprime parts unchanged", () => rational(7, 9), { n: 7n, d: 9n }],
  ] as const)("makes %s", (_name, make, expected) => {
    expect(make()).toEqual(expected);
  });

  test.each([
    [() => rational(1, 0), "denominator is zero"],
    [() => rational(0.5), "numerator must be a safe integer, got 0.5"],
    [() => rational(1, 0.5), "denominator must be a safe integer, got 0.5"],
    [() => rational(2 ** 53), `numerator must be a safe integer, got ${2 ** 53}`],
    [() => rational(Number.NaN), "numerator must be a safe integer, got NaN"],
  ] as const)("throws a RangeError: %s", (make, message) => {
    expect(make).toThrow(new RangeError(message));
  });
});

describe("arithmetic", () => {
  const r = rational;
  test.each([
    ["1/2 + 1/3", () => add(r(1, 2), r(1, 3)), r(5, 6)],
    ["1/2 − 1/3", () => sub(r(1, 2), r(1, 3)), r(1, 6)],
    ["1/3 − 1/2", () => sub(r(1, 3), r(1, 2)), r(-1, 6)],
    ["2/3 × 3/4", () => mul(r(2, 3), r(3, 4)), r(1, 2)],
    ["-2/3 × 3/4", () => mul(r(-2, 3), r(3, 4)), r(-1, 2)],
    ["1 ÷ 4", () => div(r(1), r(4)), r(1, 4)],
    ["37 ÷ 92.5 (a denominator that is not a whole number)", () => div(r(37), r(185, 2)), r(2, 5)],
    ["1 ÷ -2 keeps the denominator positive", () => div(r(1), r(-2)), { n: -1n, d: 2n }],
    ["-3 ÷ -4", () => div(r(-3), r(-4)), r(3, 4)],
    ["−(1/2)", () => neg(r(1, 2)), { n: -1n, d: 2n }],
    ["|−1/2|", () => abs(r(-1, 2)), r(1, 2)],
    ["|1/2|", () => abs(r(1, 2)), r(1, 2)],
    ["|0|", () => abs(r(0)), r(0)],
    ["min(1, 2)", () => min(r(1), r(2)), r(1)],
    ["min(2, 1)", () => min(r(2), r(1)), r(1)],
    ["max(1, 2)", () => max(r(1), r(2)), r(2)],
    ["max(2, 1)", () => max(r(2), r(1)), r(2)],
    ["Σ 18, 3, 4", () => sumRationals([r(18), r(3), r(4)]), r(25)],
    ["Σ 1/3, 1/6", () => sumRationals([r(1, 3), r(1, 6)]), r(1, 2)],
    ["Σ of nothing", () => sumRationals([]), r(0)],
  ] as const)("%s", (_name, compute, expected) => {
    expect(compute()).toEqual(expected);
  });

  test("div by zero throws", () => {
    expect(() => div(r(1), r(0))).toThrow(new RangeError("denominator is zero"));
  });

  test.each([
    [r(1, 3), r(1, 2), -1],
    [r(1, 2), r(1, 3), 1],
    [r(2, 4), r(1, 2), 0],
    [r(1, -2), r(0), -1],
    [r(-1, 2), r(-1, 3), -1],
    [r(-1, 3), r(-1, 2), 1],
  ] as const)("cmp(%o, %o) is %i", (a, b, c) => {
    expect(cmp(a, b)).toBe(c);
    expect(eq(a, b)).toBe(c === 0);
  });

  test.each([
    [r(0, 5), true, true],
    [r(4, 2), false, true],
    [r(1, 2), false, false],
    [r(-3), false, true],
  ] as const)("isZero(%o) is %s and isInteger is %s", (x, zero, integer) => {
    expect(isZero(x)).toBe(zero);
    expect(isInteger(x)).toBe(integer);
  });
});

describe("decimal strings", () => {
  test.each([
    ["92.98", { n: 4649n, d: 50n }],
    ["-0.5", { n: -1n, d: 2n }],
    ["0", { n: 0n, d: 1n }],
    ["-0", { n: 0n, d: 1n }],
    ["007", { n: 7n, d: 1n }],
    ["75.50", { n: 151n, d: 2n }],
    ["92.5", { n: 185n, d: 2n }],
  ] as const)("parseDecimal(%j) is %o", (s, expected) => {
    expect(parseDecimal(s)).toEqual(expected);
  });

  test.each([
    ["1".repeat(400), true],
    ["1".repeat(401), false],
    ["-1", true],
    ["1.5", true],
    ["1.", false],
    [".5", false],
    ["1e5", false],
    ["--1", false],
    ["1.5.5", false],
    ["x1", false],
    ["1x", false],
  ] as const)("isDecimalString of %j is %s", (s, expected) => {
    expect(isDecimalString(s)).toBe(expected);
    expect(new RegExp(DECIMAL_PATTERN).test(s)).toBe(expected || s.length > 400);
  });

  test("isDecimalString refuses what is not a string", () => {
    expect(isDecimalString(81 as unknown as string)).toBe(false);
    expect(isDecimalString(["1"] as unknown as string)).toBe(false);
  });

  test.each([
    ["81", 0],
    ["75.50", 2],
    ["0.125", 3],
    ["-1.5", 1],
  ] as const)("decimalPlaces(%j) is %i", (s, places) => {
    expect(decimalPlaces(s)).toBe(places);
  });

  test.each([
    [rational(1, 8), undefined, "0.125"],
    [rational(-1, 8), undefined, "-0.125"],
    [rational(1, 20), undefined, "0.05"],
    [rational(1, 25), undefined, "0.04"],
    [rational(1, 5), undefined, "0.2"],
    [rational(5), undefined, "5"],
    [rational(1, 1024), 10, "0.0009765625"],
    [rational(1, 1024), 9, undefined],
    [rational(1, 3), undefined, undefined],
    [rational(1, 6), undefined, undefined],
    [rational(7, 10), 1, "0.7"],
    [rational(7, 100), 1, undefined],
  ] as const)("toFixedExact(%o, %s) is %s", (r, maxPlaces, expected) => {
    expect(toFixedExact(r, maxPlaces)).toBe(expected);
  });
});

// What a user reads when a calculation is refused: every issue in full (code, path, sentence) and the error's own
// message, for each calculator and each way it refuses. Expected values written by hand.
import { describe, expect, test } from "vitest";
import { FazhiError, type Issue } from "../../src/error";
import { type RoundingMode, rational } from "../../src/numbers";
import {
  litigationLossRate,
  percentagePointChange,
  reconsiderationCorrectionRate,
  safeRate,
  share,
  sumOf,
  yoyChange,
} from "../../src/rates";
import { notANumber } from "../../src/rates/input";

/** What `run` throws, as the error's message and its issues; fails the test when it throws anything else. */
function refusal(run: () => unknown): { message: string; issues: readonly Issue[] } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FazhiError);
    const e = error as FazhiError;
    return { message: e.message, issues: e.issues };
  }
  throw new Error("did not throw");
}

const modes = "halfUp, halfEven, truncate, up, floor, ceiling";

describe("notANumber quotes what it was given", () => {
  test.each([
    ["a string", "abc", 'not a finite exact number: "abc"'],
    ["a float", 1.5, "not a finite exact number: 1.5"],
    ["NaN", Number.NaN, "not a finite exact number: NaN"],
    ["infinity", Number.NEGATIVE_INFINITY, "not a finite exact number: -Infinity"],
    ["a huge float", 1.5e300, "not a finite exact number: 1.5e+300"],
    ["null", null, "not a finite exact number: null"],
    ["undefined", undefined, "not a finite exact number: undefined"],
    ["a bigint", 5n, "not a finite exact number: 5n"],
    ["an object", { n: 1n, d: 0n }, "not a finite exact number: an object"],
  ])("%s", (_name, v, message) => {
    expect(notANumber(v)).toBe(message);
  });
});

describe("safeRate", () => {
  test.each([
    [
      "a zero denominator",
      [1, 0, {}],
      { code: "zeroDenominator", path: "/denominator", message: "the denominator is zero" },
    ],
    [
      "a numerator that is not a number",
      ["abc", 1, {}],
      { code: "invalidInput", path: "/numerator", message: 'not a finite exact number: "abc"' },
    ],
    [
      "a numerator that is NaN",
      [Number.NaN, 1, {}],
      { code: "invalidInput", path: "/numerator", message: "not a finite exact number: NaN" },
    ],
    [
      "a denominator that is an object",
      [1, { n: 1n, d: 0n }, {}],
      { code: "invalidInput", path: "/denominator", message: "not a finite exact number: an object" },
    ],
    [
      "a precision that is not an integer",
      [1, 3, { precision: 1.5 }],
      {
        code: "invalidOptions",
        path: "/options/precision",
        message: "the precision must be an integer from 0 to 1000, not 1.5",
      },
    ],
    [
      "a precision one past the largest",
      [1, 3, { precision: 1001 }],
      {
        code: "invalidOptions",
        path: "/options/precision",
        message: "the precision must be an integer from 0 to 1000, not 1001",
      },
    ],
    [
      "an unknown mode",
      [1, 3, { mode: "HALF_UP" }],
      {
        code: "invalidOptions",
        path: "/options/mode",
        message: `unknown rounding mode "HALF_UP"; expected one of ${modes}`,
      },
    ],
  ] as const)("%s", (_name, args, issue) => {
    const [a, b, options] = args;
    expect(safeRate(a as never, b as never, options as never)).toEqual({ success: false, issues: [issue] });
  });
});

describe("share", () => {
  test("a part over the whole, a negative part, a zero whole, and figures that are not numbers", () => {
    expect(refusal(() => share(5, 4))).toEqual({
      message: "/part: the part 5 exceeds the whole 4",
      issues: [{ code: "outOfRange", path: "/part", message: "the part 5 exceeds the whole 4" }],
    });
    expect(refusal(() => share(0, 0))).toEqual({
      message: "/whole: the denominator is zero",
      issues: [{ code: "zeroDenominator", path: "/whole", message: "the denominator is zero" }],
    });
    expect(refusal(() => share(4, "x")).issues).toEqual([
      { code: "invalidInput", path: "/whole", message: 'not a finite exact number: "x"' },
    ]);
  });
});

describe("yoyChange", () => {
  test("two negative figures: both named, the error saying how many more", () => {
    expect(refusal(() => yoyChange(-1, "-2.5"))).toEqual({
      message: "/current: the figure -1 is negative (+1 more)",
      issues: [
        { code: "outOfRange", path: "/current", message: "the figure -1 is negative" },
        { code: "outOfRange", path: "/previous", message: "the figure -2.5 is negative" },
      ],
    });
  });

  test.each([
    [
      "a previous figure of zero",
      () => yoyChange(1, 0),
      { code: "zeroDenominator", path: "/previous", message: "the previous figure is zero" },
    ],
    [
      "a current figure that is not a number",
      () => yoyChange("x", 1),
      { code: "invalidInput", path: "/current", message: 'not a finite exact number: "x"' },
    ],
    [
      "a previous figure that is not a number",
      () => yoyChange(1, null as never),
      { code: "invalidInput", path: "/previous", message: "not a finite exact number: null" },
    ],
    [
      "a negative precision",
      () => yoyChange(2, 1, { precision: -1 }),
      {
        code: "invalidOptions",
        path: "/options/precision",
        message: "the precision must be an integer from 0 to 1000, not -1",
      },
    ],
    [
      "an unknown mode",
      () => yoyChange(2, 1, { mode: "HALF_UP" as RoundingMode }),
      {
        code: "invalidOptions",
        path: "/options/mode",
        message: `unknown rounding mode "HALF_UP"; expected one of ${modes}`,
      },
    ],
  ] as const)("%s", (_name, run, issue) => {
    expect(refusal(run).issues).toEqual([issue]);
  });

  test("a previous figure that is a fraction is shown as one", () => {
    expect(refusal(() => yoyChange(1, rational(-1, 3))).issues).toEqual([
      { code: "outOfRange", path: "/previous", message: "the figure -1/3 is negative" },
    ]);
  });
});

describe("percentagePointChange", () => {
  test("names the rate that is not a number", () => {
    expect(refusal(() => percentagePointChange("x", "1")).issues).toEqual([
      { code: "invalidInput", path: "/currentRate", message: 'not a finite exact number: "x"' },
    ]);
    expect(refusal(() => percentagePointChange("1", "81%")).issues).toEqual([
      { code: "invalidInput", path: "/previousRate", message: 'not a finite exact number: "81%"' },
    ]);
  });
});

describe("sumOf", () => {
  test("names each value that is not a number, in full", () => {
    expect(refusal(() => sumOf(["1", "x", "2", Number.NaN]))).toEqual({
      message: '/1: not a finite exact number: "x" (+1 more)',
      issues: [
        { code: "invalidInput", path: "/1", message: 'not a finite exact number: "x"' },
        { code: "invalidInput", path: "/3", message: "not a finite exact number: NaN" },
      ],
    });
  });
});

describe("named rates", () => {
  test("reconsiderationCorrectionRate names each field that is not a number", () => {
    expect(refusal(() => reconsiderationCorrectionRate({ annulled: "x", decided: "y" })).issues).toEqual([
      { code: "invalidInput", path: "/annulled", message: 'not a finite exact number: "x"' },
      { code: "invalidInput", path: "/decided", message: 'not a finite exact number: "y"' },
    ]);
  });

  test("reconsiderationCorrectionRate: more rejected than decided", () => {
    expect(refusal(() => reconsiderationCorrectionRate({ annulled: 1, decided: 2, rejected: 3 }))).toEqual({
      message: "/rejected: 3 rejected cases exceed the 2 decided",
      issues: [{ code: "outOfRange", path: "/rejected", message: "3 rejected cases exceed the 2 decided" }],
    });
  });

  test("reconsiderationCorrectionRate: as many rejected as decided leaves nothing to divide by", () => {
    expect(refusal(() => reconsiderationCorrectionRate({ annulled: 0, decided: 4, rejected: 4 }))).toEqual({
      message: "/decided: no decided cases to divide by",
      issues: [{ code: "zeroDenominator", path: "/decided", message: "no decided cases to divide by" }],
    });
    expect(
      refusal(() => reconsiderationCorrectionRate({ decided: 0, excludeRejected: false })).issues,
    ).toEqual([{ code: "zeroDenominator", path: "/decided", message: "no decided cases to divide by" }]);
  });

  test("reconsiderationCorrectionRate: more corrections than cases counted is about the input as a whole", () => {
    // 3 corrections of 4 decided less 2 rejected = 2
    expect(refusal(() => reconsiderationCorrectionRate({ annulled: 3, decided: 4, rejected: 2 }))).toEqual({
      message: "/: the part 3 exceeds the whole 2",
      issues: [{ code: "outOfRange", path: "", message: "the part 3 exceeds the whole 2" }],
    });
  });

  test("a rate of one part over one whole names its own fields", () => {
    expect(refusal(() => litigationLossRate({ lost: 41, concluded: 40 })).issues).toEqual([
      { code: "outOfRange", path: "/lost", message: "the part 41 exceeds the whole 40" },
    ]);
    expect(refusal(() => litigationLossRate({ lost: 0, concluded: 0 })).issues).toEqual([
      { code: "zeroDenominator", path: "/concluded", message: "the denominator is zero" },
    ]);
    expect(refusal(() => litigationLossRate({ lost: "x", concluded: "y" })).issues).toEqual([
      { code: "invalidInput", path: "/lost", message: 'not a finite exact number: "x"' },
      { code: "invalidInput", path: "/concluded", message: 'not a finite exact number: "y"' },
    ]);
  });
});

// Sums and 其中 subsets of stated figures: whether the parts a report lists can make up the whole it states.

import type { Issue, Result } from "../error";
import { rates as en } from "../locales/en/rates";
import { rates as zhCN } from "../locales/zh-CN/rates";
import {
  formatInterval,
  type Interval,
  intersects,
  intervalAdd,
  intervalOf,
  max,
  rational,
  sub,
  sumRationals,
} from "../numbers";
import { asStated, type CheckResult, inputInterval, type StatedNumber, unreadable } from "./check";
import { type NumberInput, showInput } from "./input";

function totals(parts: readonly (NumberInput | StatedNumber)[]) {
  const read = parts.map((p) => inputInterval(asStated(p)));
  if (read.some((r) => r === undefined)) return undefined;
  const ok = read.filter((r) => r !== undefined);
  return {
    point: sumRationals(ok.map((r) => r.point)),
    interval: ok.map((r) => r.interval).reduce(intervalAdd, intervalOf(rational(0))),
    each: ok,
  };
}

// The issues of a sum or subset check whose figures cannot be read.
function figureIssues(input: {
  readonly whole: NumberInput | StatedNumber;
  readonly parts: readonly (NumberInput | StatedNumber)[];
}): Issue[] {
  const issues = unreadable([
    ["/whole", input.whole],
    ...input.parts.map((p, i) => [`/parts/${i}`, p] as const),
  ]);
  return issues.length > 0 || input.parts.length > 0
    ? issues
    : [{ code: "invalidInput", path: "/parts", message: "no parts to compare with the whole" }];
}

/**
 * Checks `whole = Σ parts`, exactly, or as intervals when a figure is qualified (余, 约).
 *
 * @example
 * checkSum({ whole: 25, parts: [18, 3, 4] }).value?.status //=> "pass"
 * checkSum({ whole: 446, parts: [220, 225] }).value?.delta //=> "-1"
 * checkSum({ whole: 25, parts: [18, "x"] }).issues //=> [{ code: "invalidInput", path: "/parts/1", … }]
 */
export function checkSum(input: {
  readonly whole: NumberInput | StatedNumber;
  readonly parts: readonly (NumberInput | StatedNumber)[];
}): Result<CheckResult> {
  const whole = inputInterval(asStated(input.whole));
  const sum = totals(input.parts);
  if (!whole || !sum) return { success: false, issues: figureIssues(input) };
  // Each figure lies in its own interval, so the sum does in the sum of the intervals.
  const ok = intersects(whole.interval, sum.interval);
  const formula = sum.each.map((p) => showInput(p.point)).join(" + ");
  const [w, s] = [showInput(whole.point), showInput(sum.point)];
  const value: CheckResult = {
    status: ok ? "pass" : "fail",
    stated: w,
    computed: s,
    interval: formatInterval(whole.interval),
    mode: "halfUp",
    modesThatPass: ok ? ["halfUp"] : [],
    delta: showInput(sub(sum.point, whole.point)),
    explanation: {
      formula,
      inputs: {
        whole: w,
        ...Object.fromEntries(sum.each.map((p, i) => [`part${i + 1}`, showInput(p.point)])),
      },
      rounding: "exact",
      zh: zhCN.sum({ formula, sum: s, whole: w }),
      en: en.sum({ formula, sum: s, whole: w }),
    },
  };
  return { success: true, value };
}

/**
 * Checks that each part is at most the whole (其中), and that their sum is too when the parts are `disjoint`.
 *
 * @example
 * checkSubset({ whole: 52, parts: [20] }).value?.status //=> "pass"
 * checkSubset({ whole: 16, parts: [20] }).value?.status //=> "fail"
 * checkSubset({ whole: 16, parts: [] }).issues?.[0]?.code //=> "invalidInput"
 */
export function checkSubset(input: {
  readonly whole: NumberInput | StatedNumber;
  readonly parts: readonly (NumberInput | StatedNumber)[];
  readonly disjoint?: boolean;
}): Result<CheckResult> {
  const whole = inputInterval(asStated(input.whole));
  const sum = totals(input.parts);
  if (!whole || !sum || sum.each.length === 0) return { success: false, issues: figureIssues(input) };
  // A part fits when some value it stands for is at most some value the whole stands for.
  const atMostWhole: Interval = {
    ...(whole.interval.upper ? { upper: whole.interval.upper } : {}),
    lowerClosed: false,
    upperClosed: whole.interval.upperClosed,
  };
  const fits = (part: Interval): boolean => intersects(part, atMostWhole);
  const largest = sum.each.map((p) => p.point).reduce(max);
  const ok = sum.each.every((p) => fits(p.interval)) && (!input.disjoint || fits(sum.interval));
  const compared = input.disjoint ? sum.point : largest;
  const [w, c] = [showInput(whole.point), showInput(compared)];
  const value: CheckResult = {
    status: ok ? "pass" : "fail",
    stated: w,
    computed: c,
    interval: formatInterval(atMostWhole),
    mode: "halfUp",
    modesThatPass: ok ? ["halfUp"] : [],
    delta: showInput(sub(compared, whole.point)),
    explanation: {
      formula: input.disjoint
        ? `${sum.each.map((p) => showInput(p.point)).join(" + ")} ≤ ${w}`
        : `${c} ≤ ${w}`,
      inputs: {
        whole: w,
        ...Object.fromEntries(sum.each.map((p, i) => [`part${i + 1}`, showInput(p.point)])),
      },
      rounding: "exact",
      zh: zhCN.subset({ part: c, whole: w }),
      en: en.subset({ part: c, whole: w }),
    },
  };
  return { success: true, value };
}

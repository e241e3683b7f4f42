import type { rates as zhCN } from "../zh-CN/rates";

/** The explanations of the rate calculators: how a figure was computed, in a sentence. */
export const rates: typeof zhCN = {
  rate: (p) => `${p.formula} = ${p.value}% (${p.rounding})`,
  change: (p) => `${p.formula}: ${p.direction === "none" ? "no change" : `${p.direction} of ${p.value}%`}`,
  pointChange: (p) =>
    `${p.current}% − ${p.previous}%: ${p.direction === "none" ? "no change" : `${p.direction} of ${p.value} percentage points`}`,
  check: (p) =>
    `${p.formula} = ${p.computed}%; under ${p.mode} the stated ${p.stated}% accepts ${p.interval}`,
  sum: (p) => `${p.formula} = ${p.sum}; the stated whole is ${p.whole}`,
  subset: (p) => `the part ${p.part} must not exceed the whole ${p.whole}`,
  named: (p) => `${p.rate} = ${p.formula}: ${p.explanation}`,
};

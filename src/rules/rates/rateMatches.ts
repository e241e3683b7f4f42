import { extractedParams } from "../engine/extracted";
import type { Rule, RuleOutcome } from "../engine/types";
import { rateVerdicts } from "./derived";

/** FZ-RATE-001: a stated rate is what its numerator and denominator give, at the stated precision. */
export const rateMatches: Rule = {
  id: "FZ-RATE-001",
  category: "rates",
  severity: "error",
  version: "1.0.0",
  basis: {
    "zh-CN": "按所述精度将所述比率视为区间（参照 XBRL Calculations 1.1）",
    en: "Stated figures are intervals at their stated precision (as XBRL Calculations 1.1)",
  },
  check(report, context) {
    const verdicts = rateVerdicts(report, context);
    if (verdicts.length === 0) return [{ status: "notApplicable", reason: "no rate relations" }];
    return verdicts.map((d): RuleOutcome => {
      if (d === "pass") return { status: "pass" };
      if (!d.check)
        return { status: "notApplicable", reason: d.notApplicable ?? "rate could not be computed" };
      if (d.check.status !== "fail") return { status: "pass" };
      return {
        status: "fail",
        path: d.path,
        params: {
          stated: d.check.stated,
          computed: d.check.computed,
          interval: d.check.interval,
          rounding: d.check.mode,
          delta: d.check.delta,
          formula: d.check.explanation.formula,
          ...extractedParams(
            report,
            report.relations.find((r) => r.id === d.relationId),
          ),
        },
        related: d.inputs.map((i) => i.path),
      };
    });
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      indicators: r.indicators.map((x) => (x.id === "mediation-rate" ? { ...x, value: "85" } : x)),
    }),
    notApplicable: (r) => ({ ...r, relations: [] }),
  },
};

import type { Rule, RuleOutcome } from "../engine/types";
import { rateVerdicts } from "./derived";

/** FZ-RATE-002: a stated rate holds only under another rounding mode than the one assumed (e.g. truncation). */
export const rateOtherRounding: Rule = {
  id: "FZ-RATE-002",
  category: "rates",
  severity: "info",
  version: "1.0.0",
  check(report, context) {
    const verdicts = rateVerdicts(report, context);
    if (verdicts.length === 0) return [{ status: "notApplicable", reason: "no rate relations" }];
    return verdicts.map((d): RuleOutcome => {
      if (d === "pass") return { status: "pass" };
      if (!d.check)
        return { status: "notApplicable", reason: d.notApplicable ?? "rate could not be computed" };
      if (d.check.status === "fail")
        return { status: "notApplicable", reason: "no rounding mode fits (FZ-RATE-001)" };
      // A derived verdict never passes under its own mode (rateVerdicts says "pass" for those): passOtherMode.
      return {
        status: "fail",
        path: d.path,
        params: {
          stated: d.check.stated,
          computed: d.check.computed,
          rounding: d.check.mode,
          modes: d.check.modesThatPass,
          interval: d.check.interval,
        },
        related: d.inputs.map((i) => i.path),
      };
    });
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({
      ...r,
      indicators: [
        { id: "a", label: "即办", value: "683", unit: "项", kind: "count" },
        { id: "b", label: "行政许可事项", value: "904", unit: "项", kind: "count" },
        { id: "c", label: "占比", value: "75.5", unit: "%", kind: "rate", rateKind: "share" },
      ],
      relations: [{ id: "r", type: "rate", rate: "c", numerator: ["a"], denominator: ["b"] }],
    }),
    notApplicable: (r) => ({ ...r, relations: [] }),
  },
};

import { extractedParams } from "../engine/extracted";
import { withValue } from "../engine/fixtureBase";
import { relationRule } from "../engine/relationRule";
import { rateCheck } from "./derived";

/** FZ-RATE-001: a stated rate is what its numerator and denominator give, at the stated precision. */
export const rateMatches = relationRule({
  id: "FZ-RATE-001",
  category: "rates",
  severity: "error",
  version: "1.0.0",
  basis: {
    "zh-CN": "按所述精度将所述比率视为区间（参照 XBRL Calculations 1.1）",
    en: "Stated figures are intervals at their stated precision (as XBRL Calculations 1.1)",
  },
  relation: "rate",
  none: "no rate relations",
  check(rel, { report, context, path, nth }) {
    const c = rateCheck(report, context, nth);
    if ("status" in c) return c;
    if (c.check.status !== "fail") return { status: "pass" };
    const { stated, computed, interval, mode, delta, explanation } = c.check;
    // The basis and quotes of the first relation with this id, as the verdicts name relations by id.
    const named = report.relations.find((r) => r.id === rel.id);
    return {
      status: "fail",
      path,
      params: {
        stated,
        computed,
        interval,
        rounding: mode,
        delta,
        formula: explanation.formula,
        ...extractedParams(report, named),
      },
      related: c.derived.inputs.map((i) => i.path),
    };
  },
  fixtures: {
    pass: (r) => r,
    fail: withValue("mediation-rate", "85"),
    notApplicable: (r) => ({ ...r, relations: [] }),
  },
});

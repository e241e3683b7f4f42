import { relationRule } from "../engine/relationRule";
import { rateCheck } from "./derived";

/** FZ-RATE-002: a stated rate holds only under another rounding mode than the one assumed (e.g. truncation). */
export const rateOtherRounding = relationRule({
  id: "FZ-RATE-002",
  category: "rates",
  severity: "info",
  version: "1.0.0",
  relation: "rate",
  none: "no rate relations",
  check(_rel, { report, context, path, nth }) {
    const c = rateCheck(report, context, nth);
    if ("status" in c) return c;
    if (c.check.status === "fail")
      return { status: "notApplicable", reason: "no rounding mode fits (FZ-RATE-001)" };
    // A derived verdict never passes under its own mode (rateCheck settles those as passing): passOtherMode.
    const { stated, computed, mode, modesThatPass, interval } = c.check;
    return {
      status: "fail",
      path,
      params: { stated, computed, rounding: mode, modes: modesThatPass, interval },
      related: c.derived.inputs.map((i) => i.path),
    };
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
});

import { defineRule, type OutcomeOf } from "../engine/ruleHead";

/** FZ-DATE-006: plans are for the year after the report year. */
export const planYear = defineRule({
  id: "FZ-DATE-006",
  category: "dates",
  severity: "warning",
  version: "1.0.0",
  check(report) {
    const year = report.reportYear;
    if (report.plans.length === 0 || year === undefined)
      return [{ status: "notApplicable", reason: "no plans, or no report year" }];
    return report.plans.map(
      (plan, i): OutcomeOf<"FZ-DATE-006"> =>
        plan.year === undefined || plan.year === year + 1
          ? { status: "pass" }
          : {
              status: "fail",
              path: `/plans/${i}/year`,
              params: { stated: plan.year, computed: year + 1 },
              related: ["/reportYear"],
            },
    );
  },
  fixtures: {
    pass: (r) => r,
    fail: (r) => ({ ...r, plans: [{ id: "n1", year: 2023, text: "加强执法队伍建设", themes: [] }] }),
    notApplicable: (r) => ({ ...r, plans: [] }),
  },
});

import { defineRule } from "../engine/ruleHead";

/** FZ-STRUCT-004: a department's report names the government it belongs to. */
export const departmentParent = defineRule({
  id: "FZ-STRUCT-004",
  category: "structure",
  severity: "warning",
  version: "1.0.0",
  check(report) {
    if (report.jurisdiction.level !== "department")
      return [{ status: "notApplicable", reason: "not a department" }];
    if (report.jurisdiction.parent) return [{ status: "pass" }];
    return [{ status: "fail", path: "/jurisdiction", params: { name: report.jurisdiction.name } }];
  },
  fixtures: {
    pass: (r) => ({
      ...r,
      jurisdiction: { name: "某县司法局", level: "department", parent: { name: "某县人民政府" } },
    }),
    fail: (r) => ({ ...r, jurisdiction: { name: "某县司法局", level: "department" } }),
    notApplicable: (r) => r,
  },
});

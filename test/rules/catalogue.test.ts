import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { safeParseReport } from "../../src/model";
import {
  ENGINE_RULES,
  fixtureBase,
  RULES,
  type Rule,
  ruleCatalogue,
  ruleText,
  validateReport,
} from "../../src/rules";
import { VERSION } from "../../src/version";

const context = { referenceDate: "2025-01-01", roundingMode: "halfUp" as const, denominators: {} };

function statuses(rule: Rule, patch: Rule["fixtures"]["pass"]): string[] {
  const parsed = safeParseReport(patch(structuredClone(fixtureBase())));
  if (!parsed.success)
    throw new Error(`${rule.id} fixture is not a valid report: ${JSON.stringify(parsed.issues)}`);
  return [...new Set(rule.check(parsed.value, context).map((o) => o.status))];
}

describe("the rule catalogue", () => {
  test("ids are unique and every rule has text in both locales", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(ruleText(id, "zh-CN")?.title, id).toBeTruthy();
      expect(ruleText(id, "en")?.title, id).toBeTruthy();
    }
  });

  test.each(RULES.map((r) => [r.id, r] as const))(
    "%s: pass fixture passes, fail fails, n/a is not applicable",
    (_id, rule) => {
      expect(statuses(rule, rule.fixtures.pass)).toEqual(["pass"]);
      expect(statuses(rule, rule.fixtures.fail)).toContain("fail");
      expect(statuses(rule, rule.fixtures.notApplicable)).toEqual(["notApplicable"]);
    },
  );

  test("the fixture base itself passes every rule except theme coverage", () => {
    const result = validateReport(fixtureBase(), { referenceDate: "2025-01-01" });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["FZ-COMP-005"]);
  });

  test("describes every rule in both locales, engine rules included", () => {
    const en = ruleCatalogue("en");
    expect(en.map((r) => r.id)).toContain("FZ-SCHEMA-001");
    expect(en.length).toBe(RULES.length + ENGINE_RULES.length);
    expect(ruleCatalogue("zh-CN").every((r) => /[\u4e00-\u9fff]/.test(r.title))).toBe(true);
  });

  test("VERSION equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });
});

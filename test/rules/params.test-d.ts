import { describe, expectTypeOf, test } from "vitest";
import * as en from "../../src/locales/en";
import type { ParamsOf, RuleParams } from "../../src/locales/ruleParams";
import { defineRuleTexts } from "../../src/locales/ruleTexts";
import * as zhCN from "../../src/locales/zh-CN";
import { RULES, type Rule, type RuleOutcome } from "../../src/rules";
import { defineRule } from "../../src/rules/engine/ruleHead";
import { phoneNumbers } from "../../src/rules/privacy/phoneNumbers";
import type { rateMatches } from "../../src/rules/rates/rateMatches";

const { "FZ-PRIV-002": _, ...others } = en.ruleTexts;
const head = { category: "privacy", severity: "warning", version: "1.0.0" } as const;
const fixtures: Rule["fixtures"] = { pass: (r) => r, fail: (r) => r, notApplicable: (r) => r };

describe("rule params", () => {
  test("a rule of the base set gives exactly its RuleParams", () => {
    expectTypeOf(phoneNumbers).toEqualTypeOf<Rule<"FZ-PRIV-002">>();
    expectTypeOf<ReturnType<typeof rateMatches.check>[number]>().toEqualTypeOf<
      RuleOutcome<RuleParams["FZ-RATE-001"]>
    >();
    // Typed rules still fit where any rule goes (the catalogue, rule packs).
    expectTypeOf(RULES).toEqualTypeOf<readonly Rule[]>();
    expectTypeOf(phoneNumbers).toMatchTypeOf<Rule>();
    expectTypeOf<ParamsOf<"X-PACK-001">>().toEqualTypeOf<
      Readonly<Record<string, string | number | boolean | readonly string[]>>
    >();
  });

  test("a message template may name only its rule's params", () => {
    defineRuleTexts({
      ...others,
      "FZ-PRIV-002": { title: "t", rationale: "r", message: "Shows {masked}" },
    });
    defineRuleTexts({
      ...others,
      // @ts-expect-error FZ-PRIV-002 gives `masked`, not `number`
      "FZ-PRIV-002": { title: "t", rationale: "r", message: "Shows {number}" },
    });
    defineRuleTexts({
      ...others,
      // @ts-expect-error an optional part names params too
      "FZ-PRIV-002": { title: "t", rationale: "r", message: "Shows {masked}[[ ({basis})]]" },
    });
    // @ts-expect-error every rule needs its text
    defineRuleTexts(others);
    expectTypeOf(zhCN.ruleTexts).toEqualTypeOf(en.ruleTexts);
  });

  test("a check may give only its rule's params", () => {
    defineRule({
      id: "FZ-PRIV-002",
      ...head,
      check: () => [{ status: "fail", path: "", params: { masked: "139****5678" } }],
      fixtures,
    });
    defineRule({
      id: "FZ-PRIV-002",
      ...head,
      // @ts-expect-error FZ-PRIV-002's params are { masked }, not { number }
      check: () => [{ status: "fail", path: "", params: { number: "13912345678" } }],
      fixtures,
    });
    defineRule({
      id: "FZ-DATE-002",
      ...head,
      // @ts-expect-error FZ-DATE-002 needs its deadline
      check: () => [{ status: "fail", path: "", params: { date: "2024-05-10" } }],
      fixtures,
    });
  });
});

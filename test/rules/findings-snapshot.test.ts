import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { ReportInput } from "../../src/model";
import { fixtureBase, RULES, type ValidateOptions, validateReport } from "../../src/rules";

// What validateReport says on every example, broken and invalid example, every rule fixture and a grid of rates,
// recorded so that speed work can prove that no finding changes. If a rule's verdicts change on purpose, update
// with `npx vitest run test/rules/findings-snapshot.test.ts -u` and say why in the commit.

const dir = (name: string) => new URL(`../../examples/${name}`, import.meta.url);
const files = (name: string): Array<[string, unknown]> =>
  readdirSync(dir(name))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [`${name}${f}`, JSON.parse(readFileSync(new URL(f, dir(name)), "utf8"))]);

const OPTIONS: Array<[string, ValidateOptions]> = [
  ["zh-CN", { referenceDate: "2026-11-25" }],
  ["truncate", { referenceDate: "2025-01-01", locale: "en", roundingMode: "truncate" }],
  ["halfEven", { referenceDate: "2024-03-01", roundingMode: "halfEven" }],
  [
    "rejected in denominator",
    { referenceDate: "2026-11-25", denominators: { reconsiderationCorrection: { excludeRejected: false } } },
  ],
];

/**
 * The result as compact plain data: one line per finding (rule, severity, path, message, params, related), the
 * summary, the not-applicable reasons, and the parsed report as a hash of its JSON (key order included); not the
 * provenance, which holds versions.
 */
function outcome(input: unknown, options: ValidateOptions, only?: RegExp) {
  const { findings, summary, notApplicable, valid, report } = validateReport(structuredClone(input), options);
  const reportSha =
    report === undefined ? null : createHash("sha256").update(JSON.stringify(report)).digest("hex");
  const lines = findings
    .filter((f) => !only || only.test(f.ruleId))
    .map(
      (f) =>
        `${f.ruleId} ${f.severity} ${f.path} | ${f.message} | ${JSON.stringify(f.params)}${f.related ? ` | ${f.related.join(" ")}` : ""}`,
    );
  const na = notApplicable.filter((n) => !only || only.test(n.ruleId)).map((n) => `${n.ruleId}: ${n.reason}`);
  const { error, warning, info, passed, failed, notApplicable: nas } = summary;
  return [
    `valid ${valid}, ${error}/${warning}/${info}, ${passed}/${failed}/${nas}, report ${reportSha}`,
    ...lines,
    ...na,
  ];
}

/** A rate relation in the fixture base with these figures: stated rate, numerator, denominator. */
function rateCase(stated: string, part: string, whole: string, extra: Record<string, unknown> = {}): unknown {
  const base = fixtureBase();
  const value = (id: string, v: string) => (id === "mediated" ? whole : id === "mediated-ok" ? part : v);
  return {
    ...base,
    indicators: base.indicators.map((x) =>
      x.id === "mediation-rate" ? { ...x, value: stated, ...extra } : { ...x, value: value(x.id, x.value) },
    ),
  } as ReportInput;
}

const RATE_GRID: Array<[string, unknown]> = [];
for (const [part, whole] of <Array<[string, string]>>[
  ["683", "904"],
  ["1", "3"],
  ["2", "3"],
  ["1", "8"],
  ["5", "8"],
  ["8881", "10952"],
  ["0", "7"],
  ["7", "7"],
  ["9", "0"],
]) {
  for (const stated of [
    "75.5",
    "75.6",
    "33.3",
    "33.4",
    "66.6",
    "66.7",
    "12.5",
    "12.4",
    "62",
    "81",
    "100",
    "0",
  ])
    RATE_GRID.push([`${stated}% of ${part}/${whole}`, rateCase(stated, part, whole)]);
  RATE_GRID.push([`98% 以上 of ${part}/${whole}`, rateCase("98", part, whole, { qualifier: "atLeast" })]);
  RATE_GRID.push([`约 33% of ${part}/${whole}`, rateCase("33", part, whole, { qualifier: "approx" })]);
  RATE_GRID.push([
    `33.3% truncated of ${part}/${whole}`,
    rateCase("33.3", part, whole, { rounding: "truncate" }),
  ]);
}

const FIXTURES: Array<[string, unknown]> = RULES.flatMap((rule) =>
  (["pass", "fail", "notApplicable"] as const).map(
    (kind) =>
      [`${rule.id} ${kind}`, rule.fixtures[kind](structuredClone(fixtureBase()))] as [string, unknown],
  ),
);

describe("validateReport's findings are unchanged", () => {
  const inputs: Array<[string, unknown]> = [
    ...files(""),
    ...files("broken/"),
    ...files("invalid/"),
    ...FIXTURES,
  ];
  test.each(OPTIONS)("with options %s", (_name, options) => {
    const results = Object.fromEntries([
      ...inputs.map(([name, input]) => [name, outcome(input, options)]),
      // The grid varies only the rate: its other findings are the fixture base's.
      ...RATE_GRID.map(([name, input]) => [name, outcome(input, options, /^FZ-RATE-/)]),
    ]);
    expect(results).toMatchSnapshot();
  });
});

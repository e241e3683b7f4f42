import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as api from "../../src/index";
import { flattenReport, summarizeConcepts } from "../../src/tables";
import { mutatedReport, reportishText } from "./arbitraries";

// Every public result is plain JSON data (STYLE.md habit 11): no bigint, Map, Set, class instance, function,
// undefined in an array or non-finite number, so that `JSON.stringify` keeps all of it and `JSON.parse` gives back
// an equal value. `jsonSafe` says where a value is not; the round trip checks the rest.

const runs = (numRuns: number) => ({ numRuns });

/** The JSON Pointer of the first part of `value` that JSON cannot hold, or `undefined` when it is all JSON. */
function notJson(value: unknown, path = ""): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || value[i] === undefined) return `${path}/${i}`;
      const at = notJson(value[i], `${path}/${i}`);
      if (at !== undefined) return at;
    }
    return undefined;
  }
  if (typeof value !== "object") return path;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return path;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue; // an absent optional property: JSON leaves it out, as the type allows
    const at = notJson(v, `${path}/${key}`);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** Checks that `value` is plain JSON data and survives a round trip through `JSON.stringify` unchanged. */
function expectJson(value: unknown, what: string): void {
  expect(notJson(value), `${what}: not JSON at`).toBeUndefined();
  expect(JSON.parse(JSON.stringify(value)), what).toEqual(value);
}

/** The result of `run`, or the issues of the `FazhiError` it throws (they are public data too). */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof api.FazhiError)) throw error;
    expectJson(error.issues, "FazhiError.issues");
    return { code: error.code, issues: error.issues };
  }
}

const root = new URL("../../", import.meta.url);
const examples = readdirSync(new URL("examples/", root))
  .filter((f) => f.endsWith(".json"))
  .map((f) => api.parseReport(JSON.parse(readFileSync(new URL(`examples/${f}`, root), "utf8"))));

// Inputs of the calculators: exact ones, and some that are not numbers at all.
const figure: fc.Arbitrary<api.NumberInput> = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.bigInt({ min: 0n, max: 10n ** 20n }),
  fc
    .tuple(fc.nat({ max: 99999 }), fc.nat({ max: 999 }))
    .map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
  fc.constantFrom("0", "x", "1/3", "222025/2738", "", " 5 "),
  fc.constantFrom(Number.NaN, 1.5, Number.POSITIVE_INFINITY) as fc.Arbitrary<number>,
);
const options: fc.Arbitrary<api.RateOptions> = fc.record(
  {
    precision: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 1.5)),
    mode: fc.oneof(fc.constantFrom(...api.ROUNDING_MODES), fc.constant("HALF_UP" as api.RoundingMode)),
  },
  { requiredKeys: [] },
);
const stated = fc.record(
  {
    value: figure,
    magnitude: fc.constantFrom("万" as const, "亿" as const),
    qualifier: fc.constantFrom(...(["exact", "atLeast", "approx", "approxAtLeast", "nearly"] as const)),
  },
  { requiredKeys: ["value"] },
);
const either = fc.oneof(figure, stated);

describe("every public result survives JSON.stringify", () => {
  test("the calculators, on success and on failure", () => {
    fc.assert(
      fc.property(figure, figure, options, (a, b, o) => {
        expectJson(api.safeRate(a, b, o), "safeRate");
        expectJson(
          outcome(() => api.rate(a, b, o)),
          "rate",
        );
        expectJson(
          outcome(() => api.share(a, b, o)),
          "share",
        );
        expectJson(
          outcome(() => api.yoyChange(a, b, o)),
          "yoyChange",
        );
        expectJson(
          outcome(() => api.percentagePointChange(String(a), String(b))),
          "percentagePointChange",
        );
        expectJson(
          outcome(() => api.sumOf([a, b])),
          "sumOf",
        );
        expectJson(
          outcome(() => api.mediationSuccessRate({ successful: a, mediated: b }, o)),
          "named rate",
        );
        expectJson(
          outcome(() => api.reconsiderationCorrectionRate({ annulled: a, decided: b, rejected: 1 }, o)),
          "reconsiderationCorrectionRate",
        );
      }),
      runs(300),
    );
  });

  test("the checks of stated figures, on success and on failure", () => {
    fc.assert(
      fc.property(figure, either, either, fc.array(either, { maxLength: 4 }), (s, num, den, parts) => {
        expectJson(
          api.checkStatedRate({ stated: String(s), numerator: num, denominator: den }),
          "checkStatedRate",
        );
        expectJson(api.checkSum({ whole: num, parts }), "checkSum");
        expectJson(api.checkSubset({ whole: den, parts, disjoint: true }), "checkSubset");
      }),
      runs(300),
    );
  });

  test("the exact value of a rate reads back as the same rate", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 6 }), (a, b) => {
        const r = api.rate(a, b);
        expect(api.rate(r.exact, 100).value).toBe(r.value);
      }),
      runs(200),
    );
  });

  test("parsing, validating and deriving rates of any report document", () => {
    fc.assert(
      fc.property(mutatedReport, (doc) => {
        const parsed = api.safeParseReport(doc, { locale: "en" });
        expectJson(parsed, "safeParseReport");
        expectJson(
          outcome(() => api.parseReport(doc)),
          "parseReport",
        );
        if (!parsed.success) return;
        expectJson(api.validateReport(parsed.value), "validateReport");
        expectJson(api.deriveRates(parsed.value), "deriveRates");
        expectJson(flattenReport(parsed.value), "flattenReport");
      }),
      runs(60),
    );
  });

  test("extracting any text", () => {
    fc.assert(
      fc.property(reportishText, (text) => {
        expectJson(api.extractReport(text), "extractReport");
      }),
      runs(100),
    );
  });

  test("the examples: validation, rates, comparison, tables, renderers' data", () => {
    for (const report of examples) {
      expectJson(api.validateReport(report, { locale: "en" }), `validateReport ${report.id}`);
      expectJson(api.deriveRates(report), `deriveRates ${report.id}`);
      expectJson(flattenReport(report), `flattenReport ${report.id}`);
      expectJson(
        api.locatedFindings({ file: "r.json", result: api.validateReport(report) }),
        "locatedFindings",
      );
    }
    const [first, second] = examples;
    if (first && second) expectJson(api.compareReports(first, second), "compareReports");
    expectJson(summarizeConcepts(examples), "summarizeConcepts");
  });

  test("the catalogues, code lists and schema", () => {
    for (const locale of ["zh-CN", "en"] as const) expectJson(api.ruleCatalogue(locale), "ruleCatalogue");
    expectJson(api.explainRule("FZ-RATE-001"), "explainRule");
    expectJson(api.reportJsonSchema(), "reportJsonSchema");
    for (const list of [
      api.CONCEPTS,
      api.DOMAINS,
      api.INDICATOR_KINDS,
      api.ISSUER_ROLES,
      api.LEVELS,
      api.MAGNITUDE_LABELS,
      api.QUALIFIER_LABELS,
      api.RATE_KINDS,
      api.RELATION_BASES,
      api.SECTION_ROLES,
      api.THEMES,
      api.UNITS,
      api.PAIR_RULES,
      api.ROUNDING_MODES,
    ])
      expectJson(list, "code list");
  });

  test("finds what JSON cannot hold", () => {
    expect(notJson({ a: [1, { b: 2n }] })).toBe("/a/1/b");
    expect(notJson({ m: new Map() })).toBe("/m");
    expect(notJson([1, undefined])).toBe("/1");
    expect(notJson({ f: () => 1 })).toBe("/f");
    expect(notJson({ x: Number.NaN })).toBe("/x");
    expect(notJson({ ok: [null, "s", true, 1.5, { deep: [] }] })).toBeUndefined();
  });
});

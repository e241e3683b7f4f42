import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractReport } from "../../src/extract";
import { Report, reportJsonSchema, safeParseReport } from "../../src/model";
import { fastParseReport } from "../../src/model/fastPath";
import {
  contains,
  decimalPlaces,
  parseDecimal,
  ROUNDING_MODES,
  rational,
  statedInterval,
  sumRationals,
  toDecimalString,
} from "../../src/numbers";
import { checkStatedRate, rate, share, toRational } from "../../src/rates";
import { validateReport } from "../../src/rules";
import { parseJsonText } from "../../src/source";
import { anyValue, isJsonPointer, mutatedReport, reportishText, resolvePointer } from "./arbitraries";

// Bounded so that `npm test` stays fast; `npm run fuzz` runs a million cases.
const runs = (numRuns: number) => ({ numRuns });

describe("never throws, always points with valid JSON Pointers", () => {
  test("safeParseReport on any value", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const r = safeParseReport(value);
        if (!r.success) for (const i of r.issues) expect(isJsonPointer(i.path), i.path).toBe(true);
      }),
      runs(300),
    );
  });

  test("validateReport on any value", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const r = validateReport(value, { referenceDate: "2026-11-25" });
        for (const f of r.findings) expect(isJsonPointer(f.path), f.path).toBe(true);
        expect(r.valid).toBe(false);
      }),
      runs(300),
    );
  });

  test("validateReport on mutated reports: rule findings point at nodes that exist", () => {
    fc.assert(
      fc.property(mutatedReport, (doc) => {
        const r = validateReport(doc, { referenceDate: "2026-11-25" });
        expect(r.findings.some((f) => f.ruleId === "FZ-INTERNAL-001")).toBe(false);
        for (const f of r.findings) {
          expect(isJsonPointer(f.path), f.path).toBe(true);
          if (f.ruleId !== "FZ-SCHEMA-001") expect(resolvePointer(doc, f.path).found, f.path).toBe(true);
        }
      }),
      runs(300),
    );
  });

  test("parseJsonText on any string agrees with JSON.parse", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.json().map((j) => ` ${j}\n`),
        ),
        (text) => {
          const r = parseJsonText(text);
          let expected: { ok: true; value: unknown } | { ok: false };
          try {
            expected = { ok: true, value: JSON.parse(text) };
          } catch {
            expected = { ok: false };
          }
          expect(r.ok).toBe(expected.ok);
          if (r.ok && expected.ok) expect(r.value).toEqual(expected.value);
          if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(1);
        },
      ),
      runs(300),
    );
  });

  test("parseJsonText reports duplicate keys exactly when an object repeats one", () => {
    type Pairs = { pairs: Array<[string, Pairs | number]> };
    const tree: fc.Arbitrary<Pairs> = fc.letrec((tie) => ({
      node: fc.record({
        pairs: fc.array(
          fc.tuple(
            fc.constantFrom("a", "b", "c:d", 'e"f', "\\"),
            fc.oneof({ depthSize: "small" }, fc.integer(), tie("node")),
          ),
          { maxLength: 4 },
        ),
      }),
    })).node as fc.Arbitrary<Pairs>;
    const write = (n: Pairs): string =>
      `{${n.pairs.map(([k, v]) => `${JSON.stringify(k)}: ${typeof v === "number" ? v : `[${write(v)}]`}`).join(",")}}`;
    const repeats = (n: Pairs): boolean =>
      new Set(n.pairs.map(([k]) => k)).size < n.pairs.length ||
      n.pairs.some(([, v]) => typeof v !== "number" && repeats(v));
    fc.assert(
      fc.property(tree, (n) => {
        const r = parseJsonText(write(n));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.duplicateKeys.length > 0).toBe(repeats(n));
      }),
      runs(300),
    );
  });

  test("extractReport on any text gives a valid draft whose evidence quotes the text", () => {
    fc.assert(
      fc.property(reportishText, (text) => {
        const { report } = extractReport(text);
        expect(safeParseReport(report).success).toBe(true);
        const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;
        const evidence = [
          ...report.indicators.flatMap((x) => x.evidence ?? []),
          ...report.relations.flatMap((x) => x.evidence ?? []),
          ...report.problems.flatMap((x) => x.evidence ?? []),
          ...report.plans.flatMap((x) => x.evidence ?? []),
        ];
        for (const e of evidence) {
          expect(text.slice(e.start, e.end)).toBe(e.quote);
          expect(e.line).toBe(lineOf(e.start ?? 0));
        }
      }),
      runs(200),
    );
  });

  test("extractReport on arbitrary bytes decoded as UTF-8", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { report } = extractReport(new TextDecoder().decode(bytes));
        expect(safeParseReport(report).success).toBe(true);
      }),
      runs(200),
    );
  });
});

describe("zod and the emitted JSON Schema agree", () => {
  // Strict ajv with no keyword registered; and Fastify 5's defaults, which remove and coerce in place.
  const make = (ajv: Ajv | Ajv2020, schema: Record<string, unknown>) => addFormats(ajv).compile(schema);
  const v2020 = make(new Ajv2020({ strict: true }), reportJsonSchema("2020-12"));
  const v07 = make(new Ajv({ strict: true }), reportJsonSchema("07"));
  const fastify = { removeAdditional: true, useDefaults: true, allErrors: false } as const;
  const vRemove = make(new Ajv({ ...fastify, coerceTypes: false }), reportJsonSchema("07"));
  const vFastify = make(new Ajv({ ...fastify, coerceTypes: "array" }), reportJsonSchema("07"));

  test("on mutated reports (edge values, deletions, extra and __proto__ keys)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedReport, (doc) => {
        const parsed = Report.safeParse(doc);
        const zod = parsed.success;
        if (zod) accepted++;
        expect(v2020(doc), "ajv 2020-12").toBe(zod);
        expect(v07(doc), "ajv draft-07").toBe(zod);
        const copy = structuredClone(doc);
        expect(vRemove(copy), "ajv with removeAdditional and useDefaults").toBe(zod);
        expect(copy, "nothing removed or added").toEqual(doc);
        // coerceTypes turns a number given for a string (and the like) into one: only the valid are certain.
        const coerced = structuredClone(doc);
        if (zod)
          expect(vFastify(coerced) && JSON.stringify(coerced), "Fastify's defaults").toBe(
            JSON.stringify(doc),
          );
        // The generated fast path of safeParseReport: zod's verdict, and zod's value with its keys in zod's order.
        const fast = fastParseReport(doc);
        expect(fast !== undefined, "fast path").toBe(zod);
        if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
        expect(safeParseReport(doc).success, "safeParseReport").toBe(zod);
      }),
      runs(500),
    );
    // The generator must reach both sides of the boundary, or the test proves nothing.
    expect(accepted).toBeGreaterThan(25);
    expect(accepted).toBeLessThan(475);
  });
});

describe("calculator laws", () => {
  const count = fc.bigInt({ min: 0n, max: 10n ** 15n });

  test("a rate lies in [0, 100] when the part is within the whole", () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (a, b, p, mode) => {
          const [part, whole] = a <= b ? [a, b] : [b, a];
          fc.pre(whole > 0n);
          const r = share(part, whole, { precision: p, mode });
          const v = parseDecimal(r.value);
          expect(v).toBeDefined();
          expect(Number(r.value)).toBeGreaterThanOrEqual(0);
          expect(Number(r.value)).toBeLessThanOrEqual(100);
          const exactValue = toRational(r.exact);
          expect(exactValue && exactValue.n * 100n <= 100n * 100n * exactValue.d).toBe(true);
        },
      ),
      runs(300),
    );
  });

  const exact = fc
    .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
    .map(([n, d]) => rational(n, d));

  test("a stated figure's interval holds exactly the values that round to it (every precision and mode)", () => {
    fc.assert(
      fc.property(
        exact,
        exact,
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(...ROUNDING_MODES),
        (x, y, p, mode) => {
          const stated = toDecimalString(x, p, mode);
          expect(decimalPlaces(stated)).toBe(p);
          const iv = statedInterval(stated, { mode });
          expect(iv).toBeDefined();
          if (!iv) return;
          expect(contains(iv, x), `${stated} ∌ x`).toBe(true);
          expect(contains(iv, y)).toBe(toDecimalString(y, p, mode) === stated);
        },
      ),
      runs(1000),
    );
  });

  test("checkStatedRate accepts every rounding of the computed rate, in its own mode", () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (a, b, p, mode) => {
          fc.pre(b > 0n);
          const stated = rate(a, b, { precision: p, mode }).value;
          expect(checkStatedRate({ stated, numerator: a, denominator: b, mode }).value?.status).toBe("pass");
        },
      ),
      runs(300),
    );
  });

  test("checkStatedRate rejects a figure one unit in the last place beyond every rounding", () => {
    fc.assert(
      fc.property(count, count, fc.integer({ min: 0, max: 4 }), (a, b, p) => {
        fc.pre(b > 0n);
        const r = rate(a, b, { precision: p, mode: "ceiling" });
        const ulp = rational(1n, 10n ** BigInt(p));
        const beyond = toDecimalString(
          sumRationals([toRational(r.exact) ?? rational(0), ulp, ulp]),
          p,
          "ceiling",
        );
        expect(checkStatedRate({ stated: beyond, numerator: a, denominator: b }).value?.status).toBe("fail");
      }),
      runs(300),
    );
  });

  test("sums are order-independent", () => {
    fc.assert(
      fc.property(fc.array(exact, { maxLength: 30 }), fc.nat(), (values, seed) => {
        const shuffled = [...values];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seed + i * 7919) % (i + 1);
          [shuffled[i], shuffled[j]] = [
            shuffled[j] as (typeof values)[number],
            shuffled[i] as (typeof values)[number],
          ];
        }
        expect(sumRationals(shuffled)).toEqual(sumRationals(values));
      }),
      runs(300),
    );
  });
});

describe("prototype pollution", () => {
  const key = fc.constantFrom("__proto__", "constructor", "prototype", "polluted", "toString", "a");
  const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom<unknown>(1, "x", null, true, { polluted: "yes" }),
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    ),
  })).node;

  test("__proto__, constructor and prototype keys change nothing outside the result, and are kept", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(hostile, mutatedReport, (payload, doc) => {
        const inner = JSON.stringify(payload);
        // A mutation may have turned the document into a non-object: keep it under a key then.
        const object = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc : { value: doc };
        const text = JSON.stringify(object).replace(/^\{/, `{"__proto__":${inner},"constructor":${inner},`);
        const parsed = parseJsonText(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(Object.hasOwn(parsed.value as object, "__proto__")).toBe(true);
        expect(parsed.value).toEqual(JSON.parse(text));
        safeParseReport(parsed.value);
        validateReport(parsed.value, { sourceText: text });
        extractReport(text);
        const probe: Record<string, unknown> = {};
        expect(probe.polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
        expect(({} as { toString: unknown }).toString).toBe(Object.prototype.toString);
      }),
      runs(200),
    );
  });
});

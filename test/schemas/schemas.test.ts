import { readdirSync, readFileSync } from "node:fs";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { reportFastPathSource } from "../../scripts/standalone";
import { Report, reportJsonSchema, safeParseReport } from "../../src/model";
import { fastParseReport } from "../../src/model/fastPath";

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

describe("committed JSON Schemas", () => {
  test.each([
    ["2020-12", "schemas/report.schema.json"],
    ["07", "schemas/report.draft-07.schema.json"],
  ] as const)("%s schema matches the zod model (if not: run `npm run gen:schemas`)", (draft, file) => {
    expect(read(file), `${file} is stale: run \`npm run gen:schemas\` and commit it`).toEqual(
      reportJsonSchema(draft),
    );
  });

  test("the generated fast path matches the zod model (if not: run `npm run gen:schemas`)", () => {
    const file = "src/model/generated/reportFastPath.ts";
    const committed = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
    expect(
      committed === reportFastPathSource(),
      `${file} is stale: run \`npm run gen:schemas\` and commit it`,
    ).toBe(true);
  });
});

function validators(): Array<[string, (doc: unknown) => boolean]> {
  // Strict ajv with ajv-formats and no keyword of ours registered; and ajv as Fastify 5 sets it up but for
  // coerceTypes (test/schemas/fastify.test.ts shows what coercion changes): removeAdditional and useDefaults must
  // change nothing, so the verdict is taken on a copy that must come out equal.
  const make = (ajv: Ajv | Ajv2020, schema: Record<string, unknown>) => {
    const validate = addFormats(ajv).compile(schema);
    return (doc: unknown) => {
      const copy = structuredClone(doc);
      const valid = validate(copy) === true;
      expect(copy, "the validator changed the document").toEqual(doc);
      return valid;
    };
  };
  const fastify = { removeAdditional: true, useDefaults: true, coerceTypes: false } as const;
  return [
    ["ajv 2020-12", make(new Ajv2020({ strict: true, allErrors: true }), reportJsonSchema("2020-12"))],
    ["ajv draft-07", make(new Ajv({ strict: true, allErrors: true }), reportJsonSchema("07"))],
    [
      "ajv 2020-12, removeAdditional",
      make(new Ajv2020({ strict: true, ...fastify }), reportJsonSchema("2020-12")),
    ],
    ["ajv draft-07, removeAdditional", make(new Ajv({ strict: true, ...fastify }), reportJsonSchema("07"))],
  ];
}

const minimal = () => read("test/fixtures/minimal-report.json") as Record<string, unknown>;
const withIndicator = (patch: Record<string, unknown>) => {
  const doc = minimal();
  doc.indicators = [{ ...(doc.indicators as object[])[0], ...patch }];
  doc.relations = [];
  return doc;
};

const examples = (dir: string): Array<[string, unknown]> =>
  readdirSync(new URL(`../../${dir}`, import.meta.url))
    .filter((f) => f.endsWith(".json"))
    .map((f) => [`${dir}/${f}`, read(`${dir}/${f}`)]);

const tricky: Array<[string, unknown]> = [
  ["minimal", minimal()],
  ["leap day 2024-02-29", { ...minimal(), dates: { document: { date: "2024-02-29" } } }],
  ["non-leap 2023-02-29", { ...minimal(), dates: { document: { date: "2023-02-29" } } }],
  ["date text only", { ...minimal(), dates: { document: { text: "202327日" } } }],
  ["empty printed date", { ...minimal(), dates: { document: {} } }],
  ["value with exponent", withIndicator({ value: "1e5" })],
  ["negative value", withIndicator({ value: "-1" })],
  ["value as number", withIndicator({ value: 10 })],
  ["unknown key", { ...minimal(), titel: "x" }],
  ["__proto__ key", { ...minimal(), ...JSON.parse('{"__proto__": 1}') }],
  ["extension key constructor", { ...minimal(), extensions: { constructor: 1 } }],
  ["extension key ok", { ...minimal(), extensions: { "x-office": { a: 1 } } }],
  [
    "unknown relation type",
    { ...minimal(), relations: [{ id: "r", type: "product", whole: "a", parts: ["b"] }] },
  ],
  ["sum with one part", { ...minimal(), relations: [{ id: "r", type: "sum", whole: "a", parts: ["b"] }] }],
  ["unknown theme", { ...minimal(), problems: [{ id: "p", text: "x", themes: ["2021:11"] }] }],
  ["year as float", { ...minimal(), reportYear: 2023.5 }],
  [
    "division code 9 digits",
    { ...minimal(), jurisdiction: { name: "x", level: "county", code: "123456789" } },
  ],
  ["empty issuers", { ...minimal(), issuers: [] }],
  ["source url", { ...minimal(), source: { url: "https://www.gov.cn/a?b=1#c" } }],
  ["source url not a url", { ...minimal(), source: { url: "not a url" } }],
  ["astral character in a one-character title", { ...minimal(), title: "𠀀" }],
  ["decimal of 40 characters", withIndicator({ value: "1".repeat(40) })],
  ["decimal of 41 characters", withIndicator({ value: "1".repeat(41) })],
  ["evidence start past 2^53", withIndicator({ evidence: [{ quote: "x", start: 2 ** 53 }] })],
];

/** What the generated fast path must give: zod's own value when it accepts, nothing (zod decides) otherwise. */
function expectFastPathAgrees(doc: unknown) {
  const zod = Report.safeParse(structuredClone(doc));
  const fast = fastParseReport(structuredClone(doc));
  if (fast !== undefined) {
    expect(zod.success, "the fast path accepts only what zod accepts").toBe(true);
    expect(JSON.stringify(fast), "and returns what zod returns, keys in the same order").toBe(
      JSON.stringify(zod.data),
    );
    expect(fast).toEqual(zod.data);
  }
  return { zod: zod.success, fast: fast !== undefined };
}

// Where the emitted JSON Schema and zod disagree, the fast path must side with zod: its formats are zod's (a host
// that is not an IPv4 address is no URL), or it leaves the input to zod (which trims a URL and drops a
// __proto__ key from extensions).
const fastPathOnly: Array<[string, unknown]> = [
  ["source url host 999.999.999.999", { ...minimal(), source: { url: "http://999.999.999.999/" } }],
];
const leftToZod: Array<[string, unknown]> = [
  ["source url with a space around it", { ...minimal(), source: { url: " https://a.cn/ " } }],
  ["extensions with a __proto__ key", { ...minimal(), extensions: JSON.parse('{"__proto__": 1}') }],
];

describe("zod and ajv agree", () => {
  const docs: Array<[string, unknown]> = [
    ...examples("examples"),
    ...examples("examples/invalid"),
    ...tricky,
  ];
  const checks = validators();
  test.each(docs)("on %s", (_name, doc) => {
    const zodVerdict = Report.safeParse(structuredClone(doc)).success;
    expect(safeParseReport(structuredClone(doc)).success, "safeParseReport").toBe(zodVerdict);
    for (const [name, validate] of checks) expect(validate(structuredClone(doc)), name).toBe(zodVerdict);
  });

  test.each([...docs, ...fastPathOnly])(
    "the generated fast path on %s: same verdict and value as zod",
    (_name, doc) => {
      const { zod, fast } = expectFastPathAgrees(doc);
      expect(fast).toBe(zod);
    },
  );

  test.each(leftToZod)("the generated fast path leaves %s to zod", (_name, doc) => {
    expect(expectFastPathAgrees(doc)).toEqual({ zod: true, fast: false });
  });

  // JSON never holds undefined; an object built in code may. An optional key is absent or holds a value, so that
  // Report's type reads `reportYear?: number` (exactOptional) and is assignable to types generated from the schema
  // under exactOptionalPropertyTypes (test/consumer).
  test.each<[string, unknown, string]>([
    ["reportYear", { ...minimal(), reportYear: undefined }, "/reportYear"],
    ["an indicator's unit", withIndicator({ unit: undefined }), "/indicators/0/unit"],
    [
      "a relation's note",
      { ...minimal(), relations: [{ id: "r", type: "sum", whole: "a", parts: ["b", "c"], note: undefined }] },
      "/relations/0/note",
    ],
  ])(
    "an optional key present as undefined (%s): zod refuses it, the fast path leaves it to zod",
    (_name, doc, at) => {
      expect(expectFastPathAgrees(doc)).toEqual({ zod: false, fast: false });
      const parsed = safeParseReport(doc);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.issues.map((i) => i.path)).toEqual([at]);
    },
  );
});

import { readdirSync, readFileSync } from "node:fs";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { reportJsonSchema, safeParseReport } from "../../src/model";

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
});

function validators(): Array<[string, (doc: unknown) => boolean]> {
  const make = (ajv: Ajv | Ajv2020, schema: Record<string, unknown>) => {
    addFormats(ajv);
    ajv.addKeyword("x-fazhi-rules");
    ajv.addKeyword("x-fazhi-rules-note");
    const validate = ajv.compile(schema);
    return (doc: unknown) => validate(doc) === true;
  };
  return [
    ["ajv 2020-12", make(new Ajv2020({ strict: true, allErrors: true }), reportJsonSchema("2020-12"))],
    ["ajv draft-07", make(new Ajv({ strict: true, allErrors: true }), reportJsonSchema("07"))],
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
];

describe("zod and ajv agree", () => {
  const docs: Array<[string, unknown]> = [
    ...examples("examples"),
    ...examples("examples/invalid"),
    ...tricky,
  ];
  const checks = validators();
  test.each(docs)("on %s", (_name, doc) => {
    const zodVerdict = safeParseReport(structuredClone(doc)).success;
    for (const [name, validate] of checks) expect(validate(structuredClone(doc)), name).toBe(zodVerdict);
  });
});

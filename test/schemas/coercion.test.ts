/**
 * Why the shipped schemas cannot keep Fastify's default `coerceTypes: "array"` from changing a number into a decimal
 * string or a string into a year (README, "Use the JSON Schema with ajv / Fastify / OpenAPI"): the ways out, tried
 * in ajv with Fastify's options. ajv coerces wherever a `type` stands and the data has another type
 * (ajv/lib/compile/validate/dataType.ts, `coerceAndCheckDataType`, run before any other keyword of that schema);
 * without a `type`, strict mode refuses every keyword that tells a string from a number
 * (ajv/lib/compile/validate/index.ts, `checkKeywordTypes`); the type-free keywords (`enum`, `const`, `not`, `anyOf`,
 * `oneOf`, `allOf`, `if`) can only single out finitely many values. If one of these tests fails, ajv has changed
 * and a schema that stops the coercion may have become possible.
 */
import Ajv, { type Options } from "ajv";
import { describe, expect, test } from "vitest";

/** @fastify/ajv-compiler's defaults (lib/default-ajv-options.js), in strict mode. */
const fastify: Options = {
  coerceTypes: "array",
  useDefaults: true,
  removeAdditional: true,
  allErrors: false,
  strict: true,
};
const DECIMAL = "^\\d+(\\.\\d+)?$";
const object = (value: Record<string, unknown>) => ({
  type: "object",
  properties: { value },
  required: ["value"],
});

describe("under Fastify's ajv options", () => {
  test("the shipped shape: a number where a decimal string belongs becomes that string", () => {
    const validate = new Ajv(fastify).compile(object({ type: "string", pattern: DECIMAL }));
    const data = { value: 8 };
    expect(validate(data)).toBe(true);
    expect(data.value).toBe("8");
  });

  test("a pattern without a type, which no coercion would touch, is refused by strict mode", () => {
    expect(() => new Ajv(fastify).compile(object({ pattern: DECIMAL }))).toThrow(
      'strict mode: missing type "string" for keyword "pattern"',
    );
  });

  test("a union type that holds both a string and a number, so nothing is coerced, is refused by strict mode", () => {
    expect(() => new Ajv(fastify).compile(object({ type: ["string", "number"] }))).toThrow(
      "use allowUnionTypes to allow union type keyword",
    );
  });

  test("a guard not: { type: number } coerces a valid decimal string into a number, and fails it", () => {
    const validate = new Ajv(fastify).compile(
      object({ allOf: [{ not: { type: "number" } }, { type: "string", pattern: DECIMAL }] }),
    );
    const data = { value: "10.50" };
    expect(validate(data)).toBe(false);
    expect(data.value).toBe(10.5);
  });

  test("anyOf tries the string branch first and coerces the number there", () => {
    const validate = new Ajv(fastify).compile(
      object({ anyOf: [{ type: "string", pattern: DECIMAL }, { type: "object" }] }),
    );
    const data = { value: 8 };
    expect(validate(data)).toBe(true);
    expect(data.value).toBe("8");
  });

  test("an integer type coerces the string '2023' into a year; only an enum of the years would not", () => {
    const year = new Ajv(fastify).compile(object({ type: "integer", minimum: 1949, maximum: 2100 }));
    const data = { value: "2023" };
    expect(year(data)).toBe(true);
    expect(data.value).toBe(2023);
    // 152 values: json-schema-to-typescript would type a year 1949 | 1950 | … | 2100, which the package's
    // `reportYear: number` is not assignable to, and every other field (a boolean, a level, a title) coerces too.
    const years = Array.from({ length: 2100 - 1949 + 1 }, (_, i) => 1949 + i);
    const byEnum = new Ajv(fastify).compile(object({ enum: years }));
    const asString = { value: "2023" };
    expect(byEnum(asString)).toBe(false);
    expect(asString.value).toBe("2023");
  });
});

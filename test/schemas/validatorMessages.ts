/**
 * What Fastify 5 answers (status 400, `message`) for each file of examples/invalid posted to a route whose body
 * schema is schemas/report.draft-07.schema.json. Written by hand from the file and ajv's wording; shared by
 * test/schemas/fastify.test.ts (the repository's schemas) and test/consumer (the packed package).
 */
export const FASTIFY_MESSAGES: Readonly<Record<string, string>> = {
  "bad-date-feb-30.json": 'body/dates/document/date must match format "date"',
  "decimal-with-exponent.json": 'body/indicators/0/value must match pattern "^\\d+(\\.\\d+)?$"',
  "empty-issuers.json": "body/issuers must contain at least 1 valid item(s)",
  "empty-title.json": "body/title must NOT have fewer than 1 characters",
  "missing-jurisdiction.json": "body must have required property 'jurisdiction'",
  "negative-count.json": 'body/indicators/0/value must match pattern "^\\d+(\\.\\d+)?$"',
  // Fastify's JSON parser refuses a __proto__ key before any schema runs.
  "proto-key.json": "Body is not valid JSON but content-type is set to 'application/json'",
  "relation-unknown-type.json": "body/relations/0/type must be equal to one of the allowed values",
  "report-year-as-string.json": "body/reportYear must be integer",
  "section-level-zero.json": "body/sections/0/level must be >= 1",
  // ajv names the key in the error's params (propertyName), not in the message.
  "unknown-key-typo.json":
    "body must be equal to one of the allowed values, body property name must be valid",
  "unknown-level.json": "body/jurisdiction/level must be equal to one of the allowed values",
  "unknown-theme-code.json": "body/sections/0/themes/0 must be equal to one of the allowed values",
  "value-as-number.json": "body/indicators/1/value must be string",
};

/**
 * The files that Fastify's default `coerceTypes: "array"` turns valid, in place, with the JSON Pointer of the value it
 * changes and the value the route then gets: the number 8 where a decimal string belongs becomes "8", the year
 * "2023" becomes 2023. No JSON Schema that strict ajv compiles can stop that (README, "Use the JSON Schema with
 * ajv / Fastify / OpenAPI"): ajv coerces wherever a `type` stands and the data has another type
 * (ajv/lib/compile/validate/dataType.ts, coerceAndCheckDataType), before any other keyword of that schema, inside
 * `not`, `if` and `anyOf` too; and without `type`, strict mode refuses every keyword that tells a string from a
 * number ("missing type "string" for keyword "pattern"", validate/index.ts, checkKeywordTypes).
 */
export const COERCED_BY_FASTIFY_DEFAULTS: Readonly<
  Record<string, readonly [pointer: string, value: unknown]>
> = {
  "report-year-as-string.json": ["/reportYear", 2023],
  "value-as-number.json": ["/indicators/1/value", "8"],
};

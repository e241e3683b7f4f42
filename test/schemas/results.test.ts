import { readFileSync } from "node:fs";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { RESULT_SCHEMA_FILES, resultJsonSchema } from "../../scripts/resultSchemas";
import { reportJsonSchema, validateReport } from "../../src";

const read = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

describe("the JSON Schemas of a finding and of a validation result", () => {
  test.each(RESULT_SCHEMA_FILES)(
    "%s (%s) in %s matches its source (if not: run `npm run gen:schemas`)",
    (name, draft, file) => {
      expect(read(file), `${file} is stale: run \`npm run gen:schemas\` and commit it`).toEqual(
        resultJsonSchema(name, draft),
      );
    },
  );

  const examples = ["2022-huian-county.json", "2023-linhe-district.json"].map((f) => read(`examples/${f}`));
  const broken = read("examples/broken/rates.json");
  test.each([
    ["2020-12", new Ajv2020({ strict: true, allErrors: true })],
    ["07", new Ajv({ strict: true, allErrors: true })],
  ] as const)("describe what validateReport returns, report included (strict ajv, %s)", (draft, ajv) => {
    addFormats(ajv).addSchema(reportJsonSchema(draft));
    const validate = ajv.compile(resultJsonSchema("validation-result", draft));
    const finding = ajv.compile(resultJsonSchema("finding", draft));
    for (const doc of [...examples, broken, { not: "a report" }]) {
      const result = JSON.parse(JSON.stringify(validateReport(doc)));
      expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
      for (const f of result.findings) expect(finding(f)).toBe(true);
    }
    expect(validateReport(broken).findings.length).toBeGreaterThan(0);
    expect(validate({ valid: true })).toBe(false);
    expect(finding({ ruleId: "FZ-X", severity: "fatal", path: "", params: {}, message: "m" })).toBe(false);
  });
});

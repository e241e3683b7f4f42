import { expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type { FindingSchema, ValidationResultSchema } from "../../scripts/resultSchemas";
import type { Finding, ValidationResult } from "../../src";

/** A type as JSON data has it: read-only all the way down, an optional key absent rather than undefined. */
type Data<T> = T extends readonly (infer U)[]
  ? readonly Data<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Data<Exclude<T[K], undefined>> }
    : T;

// The zod mirrors behind schemas/finding.schema.json and schemas/validation-result.schema.json describe the
// package's own types, both ways (`report` aside: the schema refers to report.schema.json for it).
test("Finding and the finding schema describe the same values", () => {
  expectTypeOf<Data<Finding>>().toEqualTypeOf<Data<z.output<typeof FindingSchema>>>();
});

test("ValidationResult and the validation result schema describe the same values", () => {
  type Result = Omit<ValidationResult, "report">;
  type Mirror = Omit<z.output<typeof ValidationResultSchema>, "report">;
  expectTypeOf<Data<Result>>().toEqualTypeOf<Data<Mirror>>();
});

import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import {
  type Indicator,
  type Relation,
  Report,
  type ReportInput,
  type Result,
  type Section,
  safeParseReport,
} from "../../src/model";

describe("model types", () => {
  test("Report is derived from the schema, input and output alike", () => {
    expectTypeOf<Report>().toEqualTypeOf<z.infer<typeof Report>>();
    expectTypeOf<ReportInput>().toEqualTypeOf<z.input<typeof Report>>();
    expectTypeOf<Report["sections"][number]>().toEqualTypeOf<Section>();
    expectTypeOf<Section["children"][number]>().toEqualTypeOf<Section>();
  });

  test("Report is a Standard Schema v1 validator of Report", () => {
    expectTypeOf(Report).toExtend<StandardSchemaV1<unknown, Report>>();
  });

  test("safeParseReport narrows on success", () => {
    const r = safeParseReport({});
    expectTypeOf(r).toEqualTypeOf<Result<Report>>();
    if (r.success) expectTypeOf(r.value).toEqualTypeOf<Report>();
    else expectTypeOf(r.issues[0]?.path).toEqualTypeOf<string | undefined>();
  });

  test("relations are a discriminated union and values are strings", () => {
    expectTypeOf<Relation["type"]>().toEqualTypeOf<"sum" | "subset" | "rate" | "listCount">();
    expectTypeOf<Indicator["value"]>().toEqualTypeOf<string>();
  });
});

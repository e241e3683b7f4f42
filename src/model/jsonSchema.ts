import { z } from "zod";
import { Report, SCHEMA_VERSION } from "./report";

/**
 * JSON Schema drafts the report schema is published in.
 * @example
 * const draft: JsonSchemaDraft = "07";
 * reportJsonSchema(draft).$schema //=> "http://json-schema.org/draft-07/schema#"
 */
export type JsonSchemaDraft = "2020-12" | "07";

/**
 * The `$id` of the published JSON Schema of the report model for a draft.
 *
 * @example
 * reportSchemaId("2020-12") //=> "https://fazhi-report.dev/schemas/1.1/report.schema.json"
 * reportSchemaId("07") //=> "https://fazhi-report.dev/schemas/1.1/report.draft-07.schema.json"
 */
export function reportSchemaId(draft: JsonSchemaDraft = "2020-12"): string {
  const file = draft === "07" ? "report.draft-07.schema.json" : "report.schema.json";
  return `https://fazhi-report.dev/schemas/${SCHEMA_VERSION}/${file}`;
}

/**
 * The JSON Schema of `Report`, generated from the zod model: titles and descriptions come from `.meta()`, and
 * `x-fazhi-rules` on a node names the semantic rules (see `docs/rules.md`) that apply there and that JSON Schema
 * cannot express. The committed files in `schemas/` are this function's output.
 *
 * @example
 * reportJsonSchema("2020-12").$schema //=> "https://json-schema.org/draft/2020-12/schema"
 * reportJsonSchema("07").$schema //=> "http://json-schema.org/draft-07/schema#"
 */
export function reportJsonSchema(draft: JsonSchemaDraft = "2020-12"): Record<string, unknown> {
  const generated = z.toJSONSchema(Report, {
    target: draft === "07" ? "draft-7" : "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: reportSchemaId(draft),
    ...rest,
    "x-fazhi-rules-note":
      "x-fazhi-rules on a node lists the ids of the semantic rules that apply there; JSON Schema cannot express " +
      "them. Run `fazhi validate` or validateReport() for those checks; `fazhi rules` lists them.",
  };
}

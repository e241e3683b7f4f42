import { z } from "zod";
import { forValidators } from "./forValidators";
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

/** `x-fazhi-rules: [ids]` on a node, which strict validators reject as an unknown keyword, as a `$comment`. */
function rulesAsComments(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rulesAsComments);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "x-fazhi-rules")
      out.$comment = `Semantic rules that apply here: ${(value as string[]).join(", ")} (docs/rules.md).`;
    else out[key] = rulesAsComments(value);
  }
  return out;
}

/**
 * zod's JSON Schema of `Report`, the rules named in `$comment`: what the generated fast path validates.
 * @internal
 */
export function zodReportJsonSchema(draft: JsonSchemaDraft = "2020-12"): Record<string, unknown> {
  const generated = z.toJSONSchema(Report, {
    target: draft === "07" ? "draft-7" : "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = rulesAsComments(generated) as Record<string, unknown>;
  return {
    $schema,
    $id: reportSchemaId(draft),
    $comment:
      "A $comment on a node names the semantic rules that apply there, which JSON Schema cannot express: run " +
      "`fazhi validate` or validateReport() for those checks; `fazhi rules` lists them.",
    ...rest,
  };
}

/**
 * The JSON Schema of `Report`, generated from the zod model: titles and descriptions come from `.meta()`; a
 * `$comment` on a node names the semantic rules (see `docs/rules.md`) that apply there and that JSON Schema cannot
 * express. Reused types are named `$defs` (`Identifier`, `DecimalString`, …). It compiles in strict validators
 * (ajv `strict: true` with ajv-formats, Fastify) without extra keywords; a relation is checked by the branch its
 * `type` names; under ajv's `removeAdditional` an unknown key is still an error, never dropped. The committed files
 * in `schemas/` are this function's output.
 *
 * @example
 * reportJsonSchema("2020-12").$schema //=> "https://json-schema.org/draft/2020-12/schema"
 * reportJsonSchema("07").$schema //=> "http://json-schema.org/draft-07/schema#"
 */
export function reportJsonSchema(draft: JsonSchemaDraft = "2020-12"): Record<string, unknown> {
  return forValidators(zodReportJsonSchema(draft));
}

/**
 * The JSON Schemas of a finding and of `validateReport`'s result, for OpenAPI documents and response validation:
 * zod mirrors of the `Finding` and `ValidationResult` interfaces (test/schemas/results.test-d.ts proves they
 * describe the same values), written to schemas/ by `npm run gen:schemas`.
 */
import { z } from "zod";
import { forValidators } from "../src/model/forValidators";
import { reportSchemaId } from "../src/model/jsonSchema";
import { SCHEMA_VERSION } from "../src/model/report";

const Pointer = z.string().meta({ description: 'A JSON Pointer into the report; "" is the whole document.' });

export const FindingSchema = z
  .strictObject({
    ruleId: z.string().meta({ description: "The rule's id, e.g. FZ-RATE-001 (docs/rules.md)." }),
    severity: z.enum(["error", "warning", "info"]),
    path: Pointer,
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
      .meta({ description: "The values behind the finding (stated, computed, interval …), by name." }),
    message: z.string().meta({ description: "The finding in words, in the requested locale." }),
    related: z.array(Pointer).optional().meta({ description: "Other JSON Pointers involved." }),
  })
  .meta({ id: "Finding", title: "Finding", description: "What a rule found, where, and why." });

const count = z.int().min(0);

export const ValidationResultSchema = z
  .strictObject({
    valid: z.boolean().meta({ description: "No finding of severity error." }),
    findings: z.array(FindingSchema),
    summary: z
      .strictObject({
        error: count,
        warning: count,
        info: count,
        passed: count,
        failed: count,
        notApplicable: count,
      })
      .meta({ id: "ValidationSummary", title: "ValidationSummary" }),
    notApplicable: z.array(
      z
        .strictObject({ ruleId: z.string(), reason: z.string() })
        .meta({ id: "NotApplicable", title: "NotApplicable" }),
    ),
    provenance: z
      .strictObject({
        library: z.literal("fazhi-report"),
        libraryVersion: z.string(),
        schemaId: z.string(),
        rulesetVersion: z.string(),
        inputSha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .meta({ id: "ValidationProvenance", title: "ValidationProvenance" }),
    report: z.unknown().optional().meta({ description: "The parsed report, when it is structurally valid." }),
  })
  .meta({ id: "ValidationResult", title: "ValidationResult", description: "What validateReport returns." });

type Draft = "2020-12" | "07";

/** The id of a result schema, beside the report's. */
export const resultSchemaId = (name: "finding" | "validation-result", draft: Draft): string =>
  `https://fazhi-report.dev/schemas/${SCHEMA_VERSION}/${name}${draft === "07" ? ".draft-07" : ""}.schema.json`;

/** The committed result schemas: name, draft, file. */
export const RESULT_SCHEMA_FILES = [
  ["finding", "2020-12", "schemas/finding.schema.json"],
  ["finding", "07", "schemas/finding.draft-07.schema.json"],
  ["validation-result", "2020-12", "schemas/validation-result.schema.json"],
  ["validation-result", "07", "schemas/validation-result.draft-07.schema.json"],
] as const;

/** A result schema as shipped: validator-ready like the report's; `report` refers to the report's schema. */
export function resultJsonSchema(
  name: "finding" | "validation-result",
  draft: Draft,
): Record<string, unknown> {
  const schema = name === "finding" ? FindingSchema : ValidationResultSchema;
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: draft === "07" ? "draft-7" : "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const out = forValidators({ $schema, $id: resultSchemaId(name, draft), ...rest });
  const defs = (out.$defs ?? out.definitions) as Record<string, { properties?: Record<string, unknown> }>;
  const props = defs.ValidationResult?.properties;
  if (props)
    props.report = {
      description: "The parsed report, when it is structurally valid.",
      $ref: reportSchemaId(draft),
    };
  return out;
}

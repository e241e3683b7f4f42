/**
 * Writes the JSON Schemas of the report model, of a finding and of a validation result into schemas/, and the fast
 * path generated from the model. Run: npm run gen:schemas
 */
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../src/model/jsonSchema";
import { RESULT_SCHEMA_FILES, resultJsonSchema } from "./resultSchemas";
import { reportFastPathSource } from "./standalone";

for (const [draft, file] of [
  ["2020-12", "schemas/report.schema.json"],
  ["07", "schemas/report.draft-07.schema.json"],
] as const) {
  writeFileSync(file, `${JSON.stringify(reportJsonSchema(draft), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
for (const [name, draft, file] of RESULT_SCHEMA_FILES) {
  writeFileSync(file, `${JSON.stringify(resultJsonSchema(name, draft), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
writeFileSync("src/model/generated/reportFastPath.ts", reportFastPathSource());
console.log("wrote src/model/generated/reportFastPath.ts");

/** Writes the JSON Schemas of the report model into schemas/, and the fast path generated from them. Run: npm run gen:schemas */
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../src/model/jsonSchema";
import { reportFastPathSource } from "./standalone";

for (const [draft, file] of [
  ["2020-12", "schemas/report.schema.json"],
  ["07", "schemas/report.draft-07.schema.json"],
] as const) {
  writeFileSync(file, `${JSON.stringify(reportJsonSchema(draft), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
writeFileSync("src/model/generated/reportFastPath.ts", reportFastPathSource());
console.log("wrote src/model/generated/reportFastPath.ts");

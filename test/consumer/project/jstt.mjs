// Run in the consumer project: json-schema-to-typescript, default options, on both shipped schemas.
import { readFileSync, writeFileSync } from "node:fs";
import { compile } from "json-schema-to-typescript";

for (const [file, out] of [
  ["report.schema.json", "report-2020-12.generated.ts"],
  ["report.draft-07.schema.json", "report-07.generated.ts"],
]) {
  const schema = JSON.parse(readFileSync(`node_modules/fazhi-report/schemas/${file}`, "utf8"));
  writeFileSync(out, await compile(schema, "Report", { bannerComment: "" }));
}

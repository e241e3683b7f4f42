// Run in the consumer project: the shipped schemas in strict ajv with ajv-formats and nothing else registered.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const dir = process.argv[2];
const schema = (file) => JSON.parse(readFileSync(`node_modules/fazhi-report/schemas/${file}`, "utf8"));
const validators = {
  "2020-12": addFormats(new Ajv2020({ strict: true })).compile(schema("report.schema.json")),
  "draft-07": addFormats(new Ajv({ strict: true })).compile(schema("report.draft-07.schema.json")),
};
const out = {};
for (const [sub, files] of [
  ["", readdirSync(dir).filter((f) => f.endsWith(".json"))],
  ["invalid", readdirSync(join(dir, "invalid"))],
]) {
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(dir, sub, f), "utf8"));
    out[join(sub, f)] = Object.fromEntries(
      Object.entries(validators).map(([name, validate]) => {
        const valid = validate(doc);
        const e = validate.errors?.[0];
        return [name, valid ? "valid" : `${e.instancePath} ${e.message}`];
      }),
    );
  }
}
process.stdout.write(JSON.stringify(out));

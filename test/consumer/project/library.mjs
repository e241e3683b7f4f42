// Run in the consumer project: the library's ESM entry on the examples (argv[2] is the examples folder).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseReport, validateReport } from "fazhi-report";

const dir = process.argv[2];
const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const out = { examples: {}, invalid: {} };
for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const doc = read(join(dir, f));
  out.examples[f] = { parsed: safeParseReport(doc).success, valid: validateReport(doc).valid };
}
for (const f of readdirSync(join(dir, "invalid"))) {
  const doc = read(join(dir, "invalid", f));
  out.invalid[f] = {
    en: safeParseReport(doc, { locale: "en" }).issues?.map((i) => [i.code, i.path, i.message]),
    zh: safeParseReport(doc).issues?.map((i) => i.message),
  };
}
process.stdout.write(JSON.stringify(out));

// Run in the consumer project: the library's CommonJS entry parses the examples (argv[2] is their folder).
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { safeParseReport } = require("fazhi-report");

const dir = process.argv[2];
const out = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")))
  out[f] = safeParseReport(JSON.parse(readFileSync(join(dir, f), "utf8"))).success;
process.stdout.write(JSON.stringify(out));

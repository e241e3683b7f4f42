// Run in the consumer project: a Fastify 5 server whose route validates the body with the shipped draft-07 schema,
// with Fastify's defaults and with coerceTypes off; every example and invalid example is posted with inject.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Fastify from "fastify";

const dir = process.argv[2];
const schema = JSON.parse(
  readFileSync("node_modules/fazhi-report/schemas/report.draft-07.schema.json", "utf8"),
);
const out = {};
for (const [name, options] of [
  ["defaults", {}],
  ["coerceTypes false", { ajv: { customOptions: { coerceTypes: false } } }],
]) {
  const app = Fastify(options);
  app.post("/reports", { schema: { body: schema } }, async (request) => ({ body: request.body }));
  await app.ready();
  out[name] = {};
  for (const [sub, files] of [
    ["", readdirSync(dir).filter((f) => f.endsWith(".json"))],
    ["invalid", readdirSync(join(dir, "invalid"))],
  ]) {
    for (const f of files) {
      const payload = readFileSync(join(dir, sub, f), "utf8");
      const response = await app.inject({
        method: "POST",
        url: "/reports",
        payload,
        headers: { "content-type": "application/json" },
      });
      const body = response.json();
      const unchanged = JSON.stringify(body.body) === JSON.stringify(JSON.parse(payload));
      out[name][join(sub, f)] = [response.statusCode, response.statusCode === 200 ? unchanged : body.message];
    }
  }
  await app.close();
}
process.stdout.write(JSON.stringify(out));

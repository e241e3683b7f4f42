/**
 * Writes the shared concept codes (`conceptsOf`, which calls `conceptOf`) into the hand-encoded examples that lack
 * them. Only `concept` keys are added, after each indicator's `rateKind` (or `domain`, `kind`); every other byte of a
 * file, evidence included, stays as it is. Run: npx tsx scripts/assign-concepts.ts [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseReport } from "../src/model";
import { conceptsOf } from "../src/tables/assignConcepts";

const check = process.argv.includes("--check");
let drift = 0;
for (const name of readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const path = `examples/${name}`;
  const before = readFileSync(path, "utf8");
  const raw = JSON.parse(before) as { indicators: Record<string, unknown>[] };
  const codes = conceptsOf(parseReport(raw));
  raw.indicators = raw.indicators.map((ind) => {
    const code = codes.get(String(ind.id));
    if (code === undefined || ind.concept !== undefined) return ind;
    const after = "rateKind" in ind ? "rateKind" : "domain" in ind ? "domain" : "kind";
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(ind)) {
      out[k] = v;
      if (k === after) out.concept = code;
    }
    return out;
  });
  const after = `${JSON.stringify(raw, null, 2)}\n`;
  if (after !== before) drift++;
  if (!check && after !== before) writeFileSync(path, after);
  console.log(`${path}: ${codes.size} of ${raw.indicators.length} indicators coded`);
}
if (check && drift > 0) process.exitCode = 1;

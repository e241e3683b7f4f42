/**
 * `npx tsx bench/profile-examples.ts [names] [parse|validate|analyze] [n]`: CPU time per call on real examples
 * (comma-separated names from examples/), for `node --cpu-prof` or an A/B of two builds. CPU time, not wall
 * time: the machine is shared.
 */
import { readFileSync } from "node:fs";
import { analyzeDocument } from "../src/analyze";
import { validateReport } from "../src/rules";

const names = (process.argv[2] ?? "2022-huian-county,2023-linhe-district").split(",");
const mode = process.argv[3] ?? "validate";
const n = Number(process.argv[4] ?? 2000);
for (const name of names) {
  const text = readFileSync(new URL(`../examples/${name}.json`, import.meta.url), "utf8");
  const fn =
    mode === "parse"
      ? () => JSON.parse(text)
      : mode === "analyze"
        ? () => analyzeDocument(text, { format: "json", referenceDate: "2026-11-25", rates: false })
        : () => validateReport(JSON.parse(text), { referenceDate: "2026-11-25" });
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const c = process.cpuUsage(c0);
  console.log(`${name} ${mode} ${((c.user + c.system) / 1000 / n).toFixed(3)} ms cpu/iter`);
}

/** `npx tsx bench/profile.ts [kb]`: runs validateReport in a loop, for `node --cpu-prof` or a quick split of the cost. */
import { safeParseReport } from "../src/model";
import { RULES, validateReport } from "../src/rules";
import { reportOfSize } from "./generate";

const kb = Number(process.argv[2] ?? 40);
const { json } = reportOfSize(kb * 1024);
const parsed: unknown = JSON.parse(json);
const time = (name: string, fn: () => unknown, n = 300) => {
  for (let i = 0; i < 20; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  console.log(`${name.padEnd(28)} ${((performance.now() - t0) / n).toFixed(3)} ms`);
};
time("JSON.parse", () => JSON.parse(json));
time("safeParseReport", () => safeParseReport(parsed));
time("validateReport", () => validateReport(parsed, { referenceDate: "2026-11-25" }));
const report = safeParseReport(parsed);
if (report.success) {
  const context = { referenceDate: "2026-11-25", roundingMode: "halfUp" as const, denominators: {} };
  const costs = RULES.map((r) => {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) r.check(report.value, context);
    return [r.id, (performance.now() - t0) / 100] as const;
  }).sort((a, b) => b[1] - a[1]);
  for (const [id, t] of costs.slice(0, 8)) console.log(`  ${id.padEnd(26)} ${t.toFixed(3)} ms`);
}

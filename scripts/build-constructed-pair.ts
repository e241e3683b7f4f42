/**
 * Writes the CONSTRUCTED compare pair (test/compare/constructed.ts: made from the 临河 2023 example, not real reports)
 * to examples/constructed/ so that `fazhi compare` can be run on it. Run: npx tsx scripts/build-constructed-pair.ts
 */
import { writeFileSync } from "node:fs";
import { constructedCurrent, constructedPrevious } from "../test/compare/constructed";

for (const report of [constructedPrevious(), constructedCurrent()])
  writeFileSync(`examples/constructed/${report.id}.json`, `${JSON.stringify(report, null, 2)}\n`);

/**
 * `npm run quality`: the extractor and `fazhi check` measured on the labelled corpus of real texts
 * (test/corpus/) and on the five hand-encoded examples. `--misses` lists what each text got wrong.
 */
import { corpusTotals, scoreCorpus } from "../test/extract/corpus";
import { scoreExamples, scoreTable } from "../test/extract/quality";

const root = new URL("../", import.meta.url);
const pct = (x: { right: number; of: number }) =>
  `${x.of === 0 ? "–" : `${((100 * x.right) / x.of).toFixed(1)}%`} (${x.right}/${x.of})`;
const scores = scoreCorpus(root);
const t = corpusTotals(scores);
console.log(`## Corpus: ${t.texts} real texts (${t.reports} reports), test/corpus/\n`);
console.log("| field | score |\n| --- | --- |");
console.log(`| report year right (reports) | ${pct(t.year)} |`);
console.log(`| issuer right (reports that name one) | ${pct(t.issuer)} |`);
console.log(`| rates with both counts recomputed right (recall) | ${pct(t.ratesWithBase)} |`);
console.log(`| relations right (precision) | ${pct(t.relations)} |`);
console.log(`| labelled inconsistencies flagged | ${pct(t.inconsistencies)} |`);
console.log(`| false error findings | ${t.falseErrors} |`);
console.log(`| genuine reports refused as not a report | ${t.refused.length} ${t.refused.join(", ")} |`);
if (process.argv.includes("--misses")) {
  for (const s of scores) {
    const lines = [
      ...(s.yearRight ? [] : ["year wrong"]),
      ...(s.issuerLabelled && !s.issuerRight ? ["issuer wrong"] : []),
      ...s.misses,
      ...s.falseErrors.map((f) => `false error: ${f}`),
    ];
    if (lines.length > 0) console.log(`\n${s.name}\n  ${lines.join("\n  ")}`);
  }
}
console.log("\n## The five hand-encoded examples (precision / recall)\n");
console.log(scoreTable(scoreExamples(root)));

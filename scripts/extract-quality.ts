/**
 * `npm run quality`: the extractor and `fazhi check` measured on a labelled set of real texts and on the five
 * hand-encoded examples. `--set tuning` (default: test/corpus/, the texts the extractor was tuned on),
 * `--set holdout` (test/corpus/holdout/, texts nobody tunes on) or `--set all`; `--misses` lists what each
 * text got wrong.
 */
import { type CorpusSet, corpusDirs, corpusTotals, scoreCorpus } from "../test/extract/corpus";
import { scoreExamples, scoreTable } from "../test/extract/quality";

const root = new URL("../", import.meta.url);
const at = process.argv.indexOf("--set");
const set = (at === -1 ? "tuning" : process.argv[at + 1]) as CorpusSet;
if (!Object.hasOwn(corpusDirs, set)) {
  console.error(
    `--set must be one of ${Object.keys(corpusDirs).join(", ")}, not ${process.argv[at + 1] ?? "nothing"}`,
  );
  process.exit(2);
}
const pct = (x: { right: number; of: number }) =>
  `${x.of === 0 ? "–" : `${((100 * x.right) / x.of).toFixed(1)}%`} (${x.right}/${x.of})`;
const scores = scoreCorpus(root, set);
const t = corpusTotals(scores);
console.log(
  `## Corpus (${set}): ${t.texts} real texts (${t.reports} reports), ${t.rates} labelled rates, ${corpusDirs[set].join(" + ")}\n`,
);
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
    // table-row quotes span lines: print their line breaks as \n so each miss stays on one line
    const shown = lines.map((l) => l.replace(/\n/g, "\\n"));
    if (shown.length > 0) console.log(`\n${s.name}\n  ${shown.join("\n  ")}`);
  }
}
console.log("\n## The five hand-encoded examples (precision / recall)\n");
console.log(scoreTable(scoreExamples(root)));

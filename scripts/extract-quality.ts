/** Prints the extractor's precision and recall on the hand-encoded examples as a Markdown table. */
import { scoreExamples, scoreTable } from "../test/extract/quality";

console.log(scoreTable(scoreExamples(new URL("../", import.meta.url))));

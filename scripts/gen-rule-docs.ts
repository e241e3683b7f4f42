/** Writes docs/rules.md from the rule catalogue. Run: npm run gen:docs */
import { writeFileSync } from "node:fs";
import { rulesMarkdown } from "../src/cli/commands";

writeFileSync("docs/rules.md", rulesMarkdown("en"));
console.log("wrote docs/rules.md");

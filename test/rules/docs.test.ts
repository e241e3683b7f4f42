import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { rulesMarkdown } from "../../src/cli/commands";

test("docs/rules.md is generated from the catalogue (if not: run `npm run gen:docs`)", () => {
  const committed = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
  expect(committed, "docs/rules.md is stale: run `npm run gen:docs` and commit it").toBe(rulesMarkdown("en"));
});

import { describe, expect, test } from "vitest";
import { ENTRIES, exportsOf } from "../package/entries";

// Every public export (what the root and the subpath entries export) has a JSDoc summary and an @example.
describe("public API documentation", () => {
  test("the entries export the public API", { timeout: 120_000 }, () => {
    expect(exportsOf(ENTRIES["."]).symbols.length).toBeGreaterThan(100);
  });

  test.each(Object.entries(ENTRIES))(
    "every export of %s has a summary and an @example",
    { timeout: 120_000 },
    (_entry, file) => {
      const { symbols, checker } = exportsOf(file);
      const missing: string[] = [];
      for (const { name, symbol } of symbols) {
        if (symbol.getDocumentationComment(checker).length === 0) missing.push(`${name}: no summary`);
        if (!symbol.getJsDocTags(checker).some((t) => t.name === "example"))
          missing.push(`${name}: no @example`);
      }
      expect(missing).toEqual([]);
    },
  );

  test("no public export is marked @internal", { timeout: 120_000 }, () => {
    const internal = Object.values(ENTRIES).flatMap((file) => {
      const { symbols, checker } = exportsOf(file);
      return symbols.filter(({ symbol }) => symbol.getJsDocTags(checker).some((t) => t.name === "internal"));
    });
    expect(internal.map((s) => s.name)).toEqual([]);
  });
});

import ts from "typescript";
import { describe, expect, test } from "vitest";

// Every public export (what `src/index.ts` exports) has a JSDoc summary and an @example.
describe("public API documentation", () => {
  const program = ts.createProgram([new URL("../../src/index.ts", import.meta.url).pathname], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFiles().find((f) => f.fileName.endsWith("src/index.ts"));
  const module = source && checker.getSymbolAtLocation(source);
  const exports = module ? checker.getExportsOfModule(module) : [];

  test("the index exports the public API", () => {
    expect(exports.length).toBeGreaterThan(150);
  });

  test("every export has a summary and an @example", () => {
    const missing: string[] = [];
    for (const exp of exports) {
      const symbol = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      if (symbol.getDocumentationComment(checker).length === 0) missing.push(`${exp.name}: no summary`);
      if (!symbol.getJsDocTags(checker).some((t) => t.name === "example"))
        missing.push(`${exp.name}: no @example`);
    }
    expect(missing).toEqual([]);
  });
});

import ts from "typescript";

/** The public entries: the package's root and subpath exports, by the source file each is built from. */
export const ENTRIES = {
  ".": "src/index.ts",
  "./extract": "src/extract/index.ts",
  "./html": "src/html/index.ts",
  "./inputs": "src/inputs/index.ts",
  "./model": "src/model/index.ts",
  "./tables": "src/tables/index.ts",
} as const;

const root = new URL("../../", import.meta.url);

let program: ts.Program | undefined;

/** What an entry exports, values and types apart, sorted, with each export's symbol for its documentation. */
export function exportsOf(file: string): {
  values: string[];
  types: string[];
  symbols: { name: string; symbol: ts.Symbol }[];
  checker: ts.TypeChecker;
} {
  const path = new URL(file, root).pathname;
  // One program for every entry, built once: a program costs seconds.
  program ??= ts.createProgram(
    Object.values(ENTRIES).map((f) => new URL(f, root).pathname),
    {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const module = source && checker.getSymbolAtLocation(source);
  const all = module ? checker.getExportsOfModule(module) : [];
  const values: string[] = [];
  const types: string[] = [];
  const symbols = all.map((exp) => {
    const symbol = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
    // `export type { X }` of a schema exports its type only, though the symbol it aliases is a value too.
    const typeOnly = exp.declarations?.some(
      (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
    );
    if (symbol.flags & ts.SymbolFlags.Value && !typeOnly) values.push(exp.name);
    else types.push(exp.name);
    return { name: exp.name, symbol };
  });
  return { values: values.sort(), types: types.sort(), symbols, checker };
}

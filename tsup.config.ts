import { defineConfig, type Options } from "tsup";

/**
 * The CLI imports the library through `../index` (and `../html/index`): those imports load the library's own
 * build (dist/index.js, dist/html.js) instead of bundling a second copy of it into the CLI.
 */
const libraryFromDist: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "library-from-dist",
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+(index|html\/index)$/ }, (args) =>
      args.importer.includes("/src/cli/")
        ? { path: args.path.endsWith("html/index") ? "./html.js" : "./index.js", external: true }
        : undefined,
    );
  },
};

// @noble/hashes and jsonc-parser are bundled: small, and loading them as separate packages cost more at import
// time than their code (bench/RESULTS.md, cold start). zod (peer) and date-fns stay external; date-fns is imported
// one function a module (`date-fns/formatISO`), so only what is used gets loaded. zod's two locales come through
// package.json "imports" (#zod-locale-en …): zod's locales index would load all forty, and the "import"/"require"
// conditions pick zod's ESM or CommonJS file, so that one copy of zod's core is loaded, not two.
// No source maps: the code is not minified (a stack trace reads as it is), and the maps, with the sources in them,
// were more than half of the unpacked package.
export default defineConfig([
  {
    // The root entry and the subpath entries (package.json "exports"). Shared code goes to chunks, in CommonJS too
    // (`splitting`), so that `FazhiError` and the schemas are one class and one object whichever entry they come
    // from (`instanceof` holds across entries).
    entry: {
      index: "src/index.ts",
      extract: "src/extract/index.ts",
      html: "src/html/index.ts",
      model: "src/model/index.ts",
      tables: "src/tables/index.ts",
    },
    format: ["esm", "cjs"],
    splitting: true,
    dts: true,
    // dist/ is emptied by the build script before tsup starts: a block that cleans would race the other blocks,
    // which tsup builds at the same time (the inputs entry's declarations went missing that way)
    clean: false,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
    external: ["zod", /^zod\//, /^#zod-locale-/, /^date-fns(\/|$)/, "htmlparser2"],
    noExternal: ["@noble/hashes", "jsonc-parser"],
  },
  // fazhi-report/inputs on its own, so that the core entry shares no chunk with it; its converters (mammoth,
  // word-extractor, pdfjs-dist) are optional packages imported at run time, never bundled.
  {
    entry: { inputs: "src/inputs/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
    external: [
      "zod",
      /^zod\//,
      /^#zod-locale-/,
      /^date-fns(\/|$)/,
      "htmlparser2",
      "mammoth",
      "word-extractor",
      /^pdfjs-dist/,
    ],
    noExternal: ["@noble/hashes", "jsonc-parser"],
  },
  {
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [libraryFromDist],
    external: [
      "zod",
      /^zod\//,
      /^#zod-locale-/,
      /^date-fns(\/|$)/,
      "tinyglobby",
      "cli-progress",
      "opencc-js",
      "htmlparser2",
      "exceljs",
      "@duckdb/node-api",
    ],
    noExternal: ["@noble/hashes", "jsonc-parser"],
  },
]);

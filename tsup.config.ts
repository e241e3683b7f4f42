import { defineConfig } from "tsup";

// @noble/hashes and jsonc-parser are bundled: small, and loading them as separate packages cost more at import
// time than their code (bench/RESULTS.md, cold start). zod (peer) and date-fns stay external; date-fns is imported
// one function a module (`date-fns/formatISO`), so only what is used gets loaded. zod's two locales come through
// package.json "imports" (#zod-locale-en …): zod's locales index would load all forty, and the "import"/"require"
// conditions pick zod's ESM or CommonJS file, so that one copy of zod's core is loaded, not two.
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
    sourcemap: true,
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
    sourcemap: true,
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

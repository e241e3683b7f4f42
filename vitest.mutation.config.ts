import { defineConfig } from "vitest/config";

// The tests StrykerJS runs against mutants of src/numbers, src/rates and src/rules (`npm run mutation`):
// deterministic unit tests only; property tests draw random cases and the CLI tests spawn processes.
export default defineConfig({
  test: {
    include: ["test/numbers/**/*.test.ts", "test/rates/**/*.test.ts", "test/rules/**/*.test.ts"],
    testTimeout: 30_000,
  },
});

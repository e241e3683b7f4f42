import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

// The README's TypeScript examples run as written (importing the library from src/), and where a line ends
// with `// "value"` or `// 123`, that value is asserted.
const root = new URL("../../", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const dir = join(root, "test/.readme");

const CLAIM =
  /^(?<expr>(?!const |let |import |if |for |console\.|\/\/)[^;]+);\s*\/\/\s*(?<lit>"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)(?<rest>.*)$/;

/** The block with the package import pointed at src/ and each claimed value turned into an assertion. */
function runnable(block: string): { code: string; claims: number } {
  let claims = 0;
  const lines = block.split("\n").map((line) => {
    const m = CLAIM.exec(line);
    if (!m?.groups) return line;
    claims++;
    return `expect(${m.groups.expr}).toEqual(${m.groups.lit});`;
  });
  const code = lines
    .join("\n")
    .replaceAll(/from "fazhi-report\/(extract|html|inputs|model|tables)"/g, (_m, sub: string) => {
      return `from ${JSON.stringify(join(root, `src/${sub}/index.ts`))}`;
    })
    .replaceAll('from "fazhi-report"', `from ${JSON.stringify(join(root, "src/index.ts"))}`);
  return { code: `import { expect } from "vitest";\n${code}\nexport {};\n`, claims };
}

describe("README examples", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("there are examples, with claims to check", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(blocks.map((b) => runnable(b).claims).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(4);
  });

  test.each(blocks.map((b, i) => [i + 1, b] as const))(
    "block %i runs and its stated values hold",
    async (i, block) => {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `block-${i}.ts`);
      writeFileSync(file, runnable(block).code);
      await import(file);
    },
  );
});

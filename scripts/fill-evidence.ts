/**
 * Fills in the character offsets and line of every evidence quote of a hand-encoded example, and the SHA-256 of
 * its source text, so that provenance points at the exact characters. Run after editing an example:
 *
 *   npx tsx scripts/fill-evidence.ts examples/2023-linhe-district.json
 *
 * `source.file` is read relative to the example. A quote must occur in the text exactly as printed. When it
 * occurs more than once, the script reports the candidate offsets: lengthen the quote or set `start` yourself.
 * An evidence object that already has `start` is checked, not moved.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

const errors: string[] = [];

function fill(node: Json, text: string, pointer: string): void {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) fill(child, text, `${pointer}/${i}`);
    return;
  }
  if (node === null || typeof node !== "object") return;
  if (
    pointer.endsWith("/evidence") === false &&
    /\/evidence\/\d+$/.test(pointer) &&
    typeof node.quote === "string"
  ) {
    const quote = node.quote;
    if (typeof node.start === "number") {
      if (text.slice(node.start, node.start + quote.length) !== quote)
        errors.push(`${pointer}: quote not at start ${node.start}`);
    } else {
      const found = occurrences(text, quote);
      if (found.length === 0) errors.push(`${pointer}: quote not found: ${quote}`);
      else if (found.length > 1)
        errors.push(`${pointer}: quote found ${found.length}× at ${found.join(", ")}: ${quote}`);
      else node.start = found[0] ?? 0;
    }
    if (typeof node.start === "number") {
      node.end = node.start + quote.length;
      node.line = lineOf(text, node.start);
    }
    return;
  }
  for (const [key, child] of Object.entries(node)) fill(child, text, `${pointer}/${key}`);
}

for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, "utf8")) as { [key: string]: Json };
  const source = doc.source as { [key: string]: Json } | undefined;
  if (!source || typeof source.file !== "string") {
    errors.push(`${file}: source.file is missing`);
    continue;
  }
  const text = readFileSync(resolve(dirname(file), source.file), "utf8");
  source.textSha256 = createHash("sha256").update(text, "utf8").digest("hex");
  fill(doc, text, "");
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}
if (errors.length > 0) {
  console.error(errors.join("\n"));
  process.exitCode = 1;
}

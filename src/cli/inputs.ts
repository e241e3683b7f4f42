import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** A file named on the command line, or `-` for standard input, or a problem with a name. */
export type InputName =
  | { readonly path: string }
  | { readonly path: string; readonly problem: "notFound" | "isDir" };

const REPORT = /\.(json|ndjson|jsonl)$/i;

/** Expands files, directories (their .json/.ndjson files) and globs into input names, in a stable order. */
export async function expandInputs(args: readonly string[], recursive: boolean): Promise<InputName[]> {
  const out: InputName[] = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push({ path: "-" });
      continue;
    }
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const names = recursive
        ? await glob("**/*.{json,ndjson,jsonl}", { cwd: arg, onlyFiles: true })
        : readdirSync(arg).filter((n) => REPORT.test(n) && statSync(join(arg, n)).isFile());
      if (names.length === 0) out.push({ path: arg, problem: "isDir" });
      for (const n of names.sort()) out.push({ path: join(arg, n) });
    } else if (stat) {
      out.push({ path: arg });
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { onlyFiles: true });
      if (found.length === 0) out.push({ path: arg, problem: "notFound" });
      for (const f of found.sort()) out.push({ path: f });
    } else {
      out.push({ path: arg, problem: "notFound" });
    }
  }
  return out;
}

/** The text of a file, or why it cannot be read: too large (not read at all), empty, or binary. */
export function readText(
  path: string,
  maxBytes: number,
): { text: string } | { problem: "tooLarge" | "empty" | "binary" | "notFound"; detail?: string } {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return { problem: "notFound" };
  if (stat.size > maxBytes) return { problem: "tooLarge" };
  if (stat.size === 0) return { problem: "empty" };
  const buffer = Buffer.alloc(stat.size);
  const fd = openSync(path, "r");
  try {
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  if (buffer.includes(0)) return { problem: "binary" };
  return { text: buffer.toString("utf8") };
}

/** Reads all of standard input. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether a file holds one report per line. */
export const isNdjson = (path: string, text: string): boolean =>
  /\.(ndjson|jsonl)$/i.test(path) || (path === "-" && /^\s*\{[^\n]*\}\s*\n\s*\{/.test(text));

import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { type DecodedText, decodeText } from "../index";
import { loadOptional } from "./optional";

/** tinyglobby, an optional package: loaded for a recursive folder walk or a glob only. */
const tinyglobby = () => loadOptional("tinyglobby", "A glob or --recursive", () => import("tinyglobby"));
/** Characters without which a name cannot be a glob (tinyglobby's isDynamicPattern decides for the others). */
const GLOB_CHARS = /[*?[\]{}()!+@]/;

/** A file named on the command line, or `-` for standard input, or a problem with a name. */
export type InputName =
  | { readonly path: string }
  | { readonly path: string; readonly problem: ReadProblem | "isDir"; readonly detail?: string };

const REPORT = /\.(json|ndjson|jsonl)$/i;

/** The report files of a folder (links included: reading them says whether they lead anywhere). */
async function reportsIn(
  dir: string,
  glob: Awaited<ReturnType<typeof tinyglobby>>["glob"] | undefined,
): Promise<string[]> {
  if (glob) return glob("**/*.{json,ndjson,jsonl}", { cwd: dir, onlyFiles: true });
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => REPORT.test(d.name) && !d.isDirectory())
    .map((d) => d.name);
}

/**
 * Expands files, directories (their .json/.ndjson files) and globs into input names, in a stable order. A file
 * reached twice (through a link, or named twice) is listed once; a folder that cannot be listed is that folder's
 * problem, never the batch's. Never throws.
 */
export async function expandInputs(args: readonly string[], recursive: boolean): Promise<InputName[]> {
  const out: InputName[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    let real: string | undefined;
    try {
      real = realpathSync(path);
    } catch {
      // A broken link or a loop: reading it names the problem.
    }
    if (real !== undefined) {
      if (seen.has(real)) return;
      seen.add(real);
    }
    out.push({ path });
  };
  for (const arg of args) {
    if (isStdin(arg)) {
      out.push({ path: arg });
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(arg, { throwIfNoEntry: false });
    } catch (error) {
      out.push({ path: arg, ...problemOf(error, arg) });
      continue;
    }
    if (stat?.isDirectory()) {
      let names: string[];
      const glob = recursive ? (await tinyglobby()).glob : undefined;
      try {
        names = await reportsIn(arg, glob);
      } catch (error) {
        out.push({ path: arg, ...problemOf(error, arg) });
        continue;
      }
      if (names.length === 0) out.push({ path: arg, problem: "isDir" });
      for (const n of names.sort()) add(join(arg, n));
    } else if (stat) {
      add(arg);
    } else if (GLOB_CHARS.test(arg) && (await tinyglobby()).isDynamicPattern(arg)) {
      const found = await (await tinyglobby()).glob(arg, { onlyFiles: true });
      if (found.length === 0) out.push({ path: arg, problem: "notFound" });
      for (const f of found.sort()) add(f);
    } else {
      out.push({ path: arg, ...problemOf(Object.assign(new Error(), { code: "ENOENT" }), arg) });
    }
  }
  return out;
}

/** Why an input could not be read: each is that input's error, with its path; the rest of the batch goes on. */
export type ReadProblem =
  | "notFound"
  | "brokenLink"
  | "linkLoop"
  | "directory"
  | "unreadable"
  | "empty"
  | "binary"
  | "tooLarge"
  | "encoding";

/** The text of an input and the encoding it was read in, or why it could not be read. */
export type ReadResult =
  | { readonly text: string; readonly encoding: DecodedEncoding }
  | { readonly problem: ReadProblem; readonly detail?: string };

type DecodedEncoding = Extract<DecodedText, { ok: true }>["encoding"];

/** The problem an fs error stands for; a missing path that is still a link is a broken link. */
function problemOf(error: unknown, path: string): { problem: ReadProblem; detail?: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (code === "ENOENT" || code === "ENOTDIR")
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()
      ? { problem: "brokenLink" }
      : { problem: "notFound" };
  if (code === "ELOOP") return { problem: "linkLoop" };
  if (code === "EISDIR") return { problem: "directory" };
  return { problem: "unreadable", ...(code ? { detail: code } : {}) };
}

/** Decodes what was read (see `decodeText`), empty and binary included. */
function decoded(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { problem: "empty" };
  const d = decodeText(bytes);
  return d.ok ? { text: d.text, encoding: d.encoding } : { problem: d.problem };
}

/** Reads a file descriptor to its end in chunks, giving up past `maxBytes` (a FIFO or a device has no size). */
function readAll(fd: number, maxBytes: number): Buffer | "tooLarge" {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(65536);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > maxBytes) return "tooLarge";
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
  }
}

/** Reads a regular file of a known size into one buffer (a file that shrank meanwhile gives what it holds). */
function readSized(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/**
 * The text of a file, or why it cannot be read: missing, a broken link or a loop of links, a directory, not
 * readable, too large (a regular file is not read at all), empty, binary, or in no encoding we know. FIFOs,
 * `/dev/stdin` and process substitution (`<(cat f)`) are read to their end, up to `maxBytes`. Never throws.
 */
export function readText(path: string, maxBytes: number): ReadResult {
  let fd: number;
  let size: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { problem: "directory" };
    if (stat.isFile() && stat.size > maxBytes) return { problem: "tooLarge" };
    // A regular file is read into one buffer of its size (proc files say 0: they are read in chunks).
    if (stat.isFile() && stat.size > 0) size = stat.size;
    fd = openSync(path, "r");
  } catch (error) {
    return problemOf(error, path);
  }
  try {
    const bytes = size === undefined ? readAll(fd, maxBytes) : readSized(fd, size);
    return bytes === "tooLarge" ? { problem: "tooLarge" } : decoded(bytes);
  } catch (error) {
    return problemOf(error, path);
  } finally {
    closeSync(fd);
  }
}

/** Whether a name stands for standard input: `-`, or a path to it (read from the stream: it may be a socket). */
export const isStdin = (path: string): boolean =>
  path === "-" || path === "/dev/stdin" || path === "/dev/fd/0" || path === "/proc/self/fd/0";

/** Reads all of standard input, up to `maxBytes` (beyond it, stops reading and says so). */
export async function readStdin(maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      process.stdin.destroy();
      return { problem: "tooLarge" };
    }
    chunks.push(chunk as Buffer);
  }
  return decoded(Buffer.concat(chunks, total));
}

/** Whether a file holds one report per line. */
export const isNdjson = (path: string, text: string): boolean =>
  /\.(ndjson|jsonl)$/i.test(path) || (isStdin(path) && /^\s*\{[^\n]*\}\s*\n\s*\{/.test(text));

import { closeSync, lstatSync, openSync, readSync, statSync } from "node:fs";
import { type DecodedText, textFromBytes } from "../index";

/** A file named on the command line, or `-` for standard input, or a problem with a name. */
export type InputName =
  | { readonly path: string }
  | { readonly path: string; readonly problem: ReadProblem | "isDir"; readonly detail?: string };

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
export function problemOf(error: unknown, path: string): { problem: ReadProblem; detail?: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (code === "ENOENT" || code === "ENOTDIR")
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()
      ? { problem: "brokenLink" }
      : { problem: "notFound" };
  if (code === "ELOOP") return { problem: "linkLoop" };
  if (code === "EISDIR") return { problem: "directory" };
  return { problem: "unreadable", ...(code ? { detail: code } : {}) };
}

/** The text of what was read, or why there is none (see `textFromBytes`, where bytes become text). */
function decoded(bytes: Uint8Array): ReadResult {
  const d = textFromBytes(bytes);
  if (d.success) return { text: d.value.text, encoding: d.value.encoding };
  const code = d.issues[0]?.code;
  return { problem: code === "empty" || code === "binary" ? code : "encoding" };
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

import { randomBytes } from "node:crypto";
import { closeSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Locale } from "../locales";
import { cliText } from "./messages";

/** A refusal to go on, with a one-line message for the user (exit 2, no usage hint). */
export class RefusedError extends Error {}

/** The real path a path names or would name once written (its folder's real path and its name). */
function realOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return undefined;
    }
  }
}

/**
 * Refuses an `--output` that is a folder, or that names one of the inputs after links are followed: the findings
 * would replace the report (or the draft its source text).
 */
export function guardOutput(output: string, inputs: readonly string[], locale: Locale): void {
  const t = cliText(locale);
  if (statSync(output, { throwIfNoEntry: false })?.isDirectory())
    throw new RefusedError(t.outputIsDir(output));
  const target = realOf(output);
  if (target === undefined) return;
  for (const input of inputs) {
    if (input !== "-" && realOf(input) === target) throw new RefusedError(t.outputIsInput(output, input));
  }
}

/**
 * Writes a file atomically: a temporary file with an unpredictable name is created exclusively (`wx`, so a planted
 * link is never followed) next to the target, written, then renamed over it. On any failure the temporary file is
 * removed and the message names the user's path, never the temporary one.
 */
export function writeAtomically(path: string, text: string, locale: Locale): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
  let created = false;
  try {
    const fd = openSync(temp, "wx", 0o666);
    created = true;
    try {
      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new RefusedError(`${cliText(locale).cannotWrite(path)}${code ? ` (${code})` : ""}`);
  }
}

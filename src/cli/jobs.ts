import type { ValidateOptions } from "../index";
import type { Locale } from "../locales";
import type { FileResult } from "../output";
import { checkNdjson, checkText } from "./check";
import { isNdjson, type ReadResult, readText } from "./inputs";
import { cliText, problemText } from "./messages";

/** A job for a worker: one file to read and validate. */
export interface WorkerJob {
  readonly id: number;
  readonly path: string;
  readonly maxBytes: number;
  readonly options: ValidateOptions & { locale: Locale };
}

/**
 * Validates what was read from one input: its problem, a refusal of a non-UTF-8 JSON text (never validated as
 * mojibake), or its reports. Whatever goes wrong stays this input's error; the batch goes on.
 */
export function checkRead(
  path: string,
  read: ReadResult,
  maxBytes: number,
  options: ValidateOptions & { locale: Locale },
): FileResult[] {
  const locale = options.locale;
  if ("problem" in read)
    return [{ file: path, error: problemText(locale, read.problem, maxBytes, read.detail) }];
  if (read.text.trim() === "") return [{ file: path, error: problemText(locale, "empty", maxBytes) }];
  if (read.encoding === "GB18030")
    return [{ file: path, error: { message: cliText(locale).notUtf8(read.encoding), code: "encoding" } }];
  try {
    return isNdjson(path, read.text)
      ? checkNdjson(path, read.text, options)
      : [checkText(path, read.text, options)];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ file: path, error: { message: `${cliText(locale).internal}: ${detail}`, code: "internal" } }];
  }
}

/** Reads and validates one file (used by workers and by the main thread alike). */
export function runJob(job: WorkerJob): FileResult[] {
  return checkRead(job.path, readText(job.path, job.maxBytes), job.maxBytes, job.options);
}

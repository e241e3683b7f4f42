import type { ValidateOptions } from "../index";
import { type CheckedFile, checkNdjson, checkText } from "./check";
import { isNdjson, readText } from "./inputs";
import { type CliLocale, cliText } from "./messages";

/** A job for a worker: one file to read and validate. */
export interface WorkerJob {
  readonly id: number;
  readonly path: string;
  readonly maxBytes: number;
  readonly options: ValidateOptions & { locale: CliLocale };
}

/** Reads and validates one file (used by workers and by the main thread alike). */
export function runJob(job: WorkerJob): CheckedFile[] {
  const read = readText(job.path, job.maxBytes);
  const t = cliText(job.options.locale);
  if ("problem" in read) {
    const message = read.problem === "tooLarge" ? t.tooLarge(job.maxBytes) : t[read.problem];
    return [{ file: job.path, error: { message } }];
  }
  return isNdjson(job.path, read.text)
    ? checkNdjson(job.path, read.text, job.options)
    : [checkText(job.path, read.text, job.options)];
}

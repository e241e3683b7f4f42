import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Locale, Severity, ValidateOptions } from "../index";
import type { FileResult } from "../output";
import { isStdin, readStdin } from "./inputs";
import { checkRead, runJob, type WorkerJob } from "./jobs";
import { cliText, problemText } from "./messages";
import { guardOutput } from "./outputFile";
import { type CiChoices, type OutputFormat, renderAs } from "./render";
import { skippedText, walkInputs } from "./walk";

export { renderAs };

/** Options of `fazhi validate`. */
export interface ValidateCommand {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly locale: Locale;
  readonly failOn: Severity;
  readonly options: ValidateOptions;
  readonly recursive: boolean;
  readonly maxBytes: number;
  readonly jobs: number;
  readonly quiet: boolean;
  readonly color: boolean;
  readonly progress: boolean;
  /** The `--output` file, refused when it is one of the inputs. */
  readonly output?: string;
  /** `--exclude` patterns. */
  readonly exclude?: readonly string[];
  readonly ci?: CiChoices;
}

async function inWorkers(
  jobs: WorkerJob[],
  n: number,
  onDone: () => void,
  crashed: (job: WorkerJob, error: unknown) => FileResult[],
): Promise<FileResult[][]> {
  const results: FileResult[][] = new Array(jobs.length);
  const url = new URL("./cli-worker.js", import.meta.url);
  const workers = Array.from({ length: Math.min(n, jobs.length) }, () => new Worker(url));
  let next = 0;
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          let current: WorkerJob | undefined;
          const feed = () => {
            current = jobs[next++];
            if (current) worker.postMessage(current);
            else void worker.terminate().then(() => resolve());
          };
          worker.on("message", (msg: { id: number; files: FileResult[] }) => {
            results[msg.id] = msg.files;
            onDone();
            feed();
          });
          // A worker that dies (out of memory …) costs its current file, not the batch.
          worker.on("error", (error) => {
            if (current) results[current.id] = crashed(current, error);
            resolve();
          });
          feed();
        }),
    ),
  );
  for (const job of jobs) results[job.id] ??= crashed(job, new Error("not checked"));
  return results;
}

/** Runs `fazhi validate`; returns the rendered output and the exit code. */
export async function runValidate(cmd: ValidateCommand): Promise<{ output: string; exitCode: number }> {
  const t = cliText(cmd.locale);
  const options = { ...cmd.options, locale: cmd.locale };
  const { names, skipped } = await walkInputs(cmd.inputs, {
    recursive: cmd.recursive,
    ...(cmd.exclude ? { exclude: cmd.exclude } : {}),
  });
  if (!cmd.quiet) process.stderr.write(skippedText(skipped, cmd.locale));
  if (cmd.output)
    guardOutput(
      cmd.output,
      names.map((n) => n.path),
      cmd.locale,
    );
  const bar = cmd.progress && names.length > 1 ? await makeBar(names.length) : undefined;
  const jobs: WorkerJob[] = [];
  const slots: Array<FileResult[] | number> = [];
  for (const name of names) {
    if ("problem" in name)
      slots.push([
        { file: name.path, error: problemText(cmd.locale, name.problem, cmd.maxBytes, name.detail) },
      ]);
    else if (isStdin(name.path)) {
      slots.push(checkRead(name.path, await readStdin(cmd.maxBytes), cmd.maxBytes, options));
    } else {
      slots.push(jobs.length);
      jobs.push({ id: jobs.length, path: name.path, maxBytes: cmd.maxBytes, options });
    }
  }
  const tick = () => bar?.increment();
  const done =
    cmd.jobs > 1 && jobs.length > 1
      ? await inWorkers(jobs, Math.min(cmd.jobs, availableParallelism() * 2), tick, (job, error) => [
          {
            file: job.path,
            error: {
              message: `${t.internal}: ${(error as Error).message ?? String(error)}`,
              code: "internal",
            },
          },
        ])
      : jobs.map((job) => {
          const r = runJob(job);
          tick();
          return r;
        });
  bar?.stop();
  const files: FileResult[] = slots.flatMap((s) => (typeof s === "number" ? (done[s] ?? []) : s));
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const unreadable = files.some((f) => f.error);
  const failing = files.some((f) => f.result?.findings.some((x) => rank[x.severity] <= rank[cmd.failOn]));
  const shown = cmd.quiet ? files.filter((f) => f.error || (f.result?.findings.length ?? 0) > 0) : files;
  const output =
    cmd.format === "text"
      ? renderAs("text", shown, cmd.locale, cmd.failOn, cmd.color)
      : renderAs(cmd.format, files, cmd.locale, cmd.failOn, cmd.color, cmd.ci);
  return { output, exitCode: unreadable ? 2 : failing ? 1 : 0 };
}

/** A progress bar on stderr; none when the optional package cli-progress is not installed. */
async function makeBar(total: number) {
  const loaded = await import("cli-progress").catch(() => undefined);
  if (!loaded) return undefined;
  const { SingleBar, Presets } = loaded;
  const bar = new SingleBar(
    { stream: process.stderr, clearOnComplete: true, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

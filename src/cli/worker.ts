import { parentPort } from "node:worker_threads";
import { runJob, type WorkerJob } from "./jobs";

// Worker-thread entry of `fazhi validate --jobs N`: validates the files it is sent, one message each.
parentPort?.on("message", (job: WorkerJob) => {
  parentPort?.postMessage({ id: job.id, files: runJob(job) });
});

/** The playground's web worker: analyzes inputs off the page's thread so that a 5 MB paste never freezes the tab. */
import { type Analysis, analyze } from "./analyze";
import type { WorkerRequest, WorkerResponse } from "./protocol";

let last: Analysis | undefined;
const reply = (m: WorkerResponse) => self.postMessage(m);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  try {
    if ("download" in m) reply({ id: m.id, download: m.download, text: last?.render?.(m.download) ?? "" });
    else {
      last = analyze(m);
      reply(last.response);
    }
  } catch (error) {
    reply({ id: m.id, crash: String(error) });
  }
};

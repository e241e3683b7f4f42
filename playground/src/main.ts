/** The playground page: input, options, and the rendering of what the worker found. */

import { textFromBytes } from "../../src/source/textFromBytes";
import { $, el } from "./dom";
import type {
  AnalyzeRequest,
  AnalyzeResponse,
  DownloadKind,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";
import { render } from "./render";
import { type Locale, UI } from "./ui";

declare const __WORKER_SOURCE__: string;
declare const __EXAMPLES__: ReadonlyArray<{ name: string; file: string; content: string }>;

const input = $<HTMLTextAreaElement>("input");
const locale = $<HTMLSelectElement>("locale");
const rounding = $<HTMLSelectElement>("rounding");
const failOn = $<HTMLSelectElement>("fail-on");
const example = $<HTMLSelectElement>("example");
const fileInput = $<HTMLInputElement>("file");
let fileName = "report.txt";
/** The input being analyzed. Above BIG characters it is not put in the textarea, whose layout would stall. */
let current = "";
const BIG = 1_000_000;
let binary = false;
let latest = 0;
let last: AnalyzeResponse | undefined;
let analyzedText = "";

// The worker: from an inlined bundle, through a Blob URL; on a browser that refuses that, the same code on a
// fake `self` in this thread (still asynchronous, but no longer off the page's thread).
type Handler = (data: WorkerResponse) => void;
let onResult: Handler = () => {};
let send: (req: WorkerRequest) => void;
try {
  const worker = new Worker(URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" })));
  worker.onmessage = (e) => onResult(e.data);
  send = (req) => worker.postMessage(req);
  document.documentElement.dataset.worker = "yes";
} catch {
  const fake: { postMessage: (m: unknown) => void; onmessage?: (e: { data: WorkerRequest }) => void } = {
    postMessage: (m) => onResult(m as WorkerResponse),
  };
  new Function("self", __WORKER_SOURCE__)(fake);
  send = (req) => setTimeout(() => fake.onmessage?.({ data: req }), 0);
  document.documentElement.dataset.worker = "no";
}

function labels() {
  const L = UI[locale.value as Locale];
  document.documentElement.lang = locale.value;
  for (const node of document.querySelectorAll<HTMLElement>("[data-ui]")) {
    const v = L[node.dataset.ui as keyof typeof L];
    if (typeof v === "string") node.textContent = v;
  }
  (example.options[0] as HTMLOptionElement).textContent = L.pick;
  return L;
}

function run() {
  const L = labels();
  const id = ++latest;
  analyzedText = current;
  $("status").textContent = L.working;
  document.body.dataset.state = "working";
  send({
    id,
    input: analyzedText,
    fileName,
    locale: locale.value as Locale,
    roundingMode: rounding.value as AnalyzeRequest["roundingMode"],
    binary,
  });
}

onResult = (data) => {
  if (data.id !== latest) return;
  if ("download" in data) {
    save(data.download, data.text);
    return;
  }
  const L = labels();
  if ("crash" in data) {
    $("problem").textContent = `${L.crash}${data.crash}`;
    $("problem").hidden = false;
    document.body.dataset.state = "done";
    return;
  }
  last = data;
  show(data);
  $("status").textContent = L.done(data.millis);
  document.body.dataset.state = "done";
};

/** Renders an analysis of the text last sent. */
function show(r: AnalyzeResponse) {
  render(r, { L: labels(), text: analyzedText, failOn: failOn.value as "error" | "warning" | "info" });
}

/** Asks the worker to render a download of the last analysis; `save` receives it. */
function download(kind: DownloadKind) {
  if (last?.downloadable) send({ id: latest, download: kind });
}

function save(kind: DownloadKind, text: string) {
  const names = { model: "report.json", findings: "findings.json", sarif: "findings.sarif" };
  const blob = new Blob([text], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: names[kind] });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// Wiring
for (const [i, e] of __EXAMPLES__.entries()) example.append(el("option", { value: String(i), text: e.name }));
example.addEventListener("change", () => {
  const e = __EXAMPLES__[Number(example.value)];
  if (!e) return;
  setInput(e.content);
  fileName = e.file;
  binary = false;
  run();
});
let timer: ReturnType<typeof setTimeout> | undefined;
/** Puts a text in as the input: in the textarea when it is small enough to edit there. */
function setInput(text: string) {
  current = text;
  const L = UI[locale.value as Locale];
  input.value = text.length > BIG ? L.big(text.length) : text;
  input.readOnly = text.length > BIG;
}
input.addEventListener("paste", (e) => {
  const text = e.clipboardData?.getData("text/plain") ?? "";
  if (text.length <= BIG) return;
  e.preventDefault();
  setInput(text);
  binary = false;
  fileName = "pasted.txt";
  run();
});
input.addEventListener("dblclick", () => {
  if (input.readOnly) setInput("");
});
input.addEventListener("input", () => {
  current = input.value;
  binary = false;
  fileName = input.value.trimStart().startsWith("{") ? "report.json" : "report.txt";
  clearTimeout(timer);
  timer = setTimeout(run, 300);
});
async function readFile(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // UTF-16 by its byte order mark, UTF-8, or GB18030 (GBK pages); anything else is not read as text.
  const decoded = textFromBytes(bytes);
  binary = !decoded.success && decoded.issues[0]?.code !== "empty";
  fileName = file.name;
  setInput(decoded.success ? decoded.value.text : "");
  run();
}
fileInput.addEventListener("change", () => {
  const f = fileInput.files?.[0];
  if (f) void readFile(f);
});
input.addEventListener("dragover", (e) => e.preventDefault());
input.addEventListener("drop", (e) => {
  e.preventDefault();
  const f = e.dataTransfer?.files[0];
  if (f) void readFile(f);
});
for (const s of [locale, rounding]) s.addEventListener("change", run);
failOn.addEventListener("change", () => last && show(last));
for (const b of document.querySelectorAll<HTMLButtonElement>("[data-download]"))
  b.addEventListener("click", () => download(b.dataset.download as DownloadKind));
labels();

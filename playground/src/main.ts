/** The playground page: input, options, and the rendering of what the worker found. */

import type { Section } from "../../src/index";
import { decodeText } from "../../src/source/decode";
import type {
  AnalyzeRequest,
  AnalyzeResponse,
  DownloadKind,
  FindingRow,
  Span,
  WorkerRequest,
  WorkerResponse,
} from "./analyze";

declare const __WORKER_SOURCE__: string;
declare const __EXAMPLES__: ReadonlyArray<{ name: string; file: string; content: string }>;

type Locale = "zh-CN" | "en";
const UI = {
  "zh-CN": {
    title: "法治政府建设年度报告 检查台",
    intro: "粘贴报告全文或 JSON，或拖入文件、选择示例。全部在本页内完成，不联网。",
    example: "示例",
    pick: "— 选择示例 —",
    file: "打开文件",
    locale: "语言",
    rounding: "舍入方式",
    failOn: "失败阈值",
    working: "正在分析…",
    done: (ms: number) => `分析完成，用时 ${ms.toFixed(0)} 毫秒`,
    findings: "检查结果",
    rates: "比率复算",
    indicators: "指标",
    tree: "章节结构",
    source: "原文",
    downloads: "下载",
    model: "模型 JSON",
    findingsJson: "检查结果 JSON",
    sarif: "SARIF",
    error: "错误",
    warning: "警告",
    info: "提示",
    pass: "通过",
    fail: "未通过",
    none: "没有发现问题",
    cols: ["比率", "所述", "复算", "分子/分母", "结论"],
    icols: ["名称", "数值", "单位", "限定", "原文"],
    status: { pass: "相符", passOtherMode: "换舍入方式相符", fail: "不符", notApplicable: "无法计算" },
    more: (shown: number, all: number) => `仅显示前 ${shown} 项，共 ${all} 项`,
    crash: "分析时出错：",
    noLocation: "（无原文位置）",
    big: (n: number) => `（已载入 ${(n / 1e6).toFixed(1)} M 字符，过大不在此编辑；原文见下方。双击清空。）`,
  },
  en: {
    title: "Rule-of-law government report checker",
    intro:
      "Paste a report's text or JSON, drop a file, or pick an example. Everything runs in this page, offline.",
    example: "Example",
    pick: "— pick an example —",
    file: "Open file",
    locale: "Language",
    rounding: "Rounding",
    failOn: "Fail on",
    working: "Analyzing…",
    done: (ms: number) => `Analyzed in ${ms.toFixed(0)} ms`,
    findings: "Findings",
    rates: "Rates recomputed",
    indicators: "Indicators",
    tree: "Sections",
    source: "Source",
    downloads: "Downloads",
    model: "Model JSON",
    findingsJson: "Findings JSON",
    sarif: "SARIF",
    error: "error",
    warning: "warning",
    info: "info",
    pass: "pass",
    fail: "fail",
    none: "No findings",
    cols: ["Rate", "Stated", "Computed", "Numerator/denominator", "Verdict"],
    icols: ["Label", "Value", "Unit", "Qualifier", "Quote"],
    status: {
      pass: "matches",
      passOtherMode: "matches under another rounding",
      fail: "does not match",
      notApplicable: "cannot compute",
    },
    more: (shown: number, all: number) => `Showing the first ${shown} of ${all}`,
    crash: "The analysis failed: ",
    noLocation: "(no place in the source)",
    big: (n: number) =>
      `(${(n / 1e6).toFixed(1)} M characters loaded: too large to edit here; see the source below. Double-click to clear.)`,
  },
} as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
};

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
const SOURCE_WINDOW = 100_000;
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
  render(data);
  $("status").textContent = L.done(data.millis);
  document.body.dataset.state = "done";
};

function render(r: AnalyzeResponse) {
  const L = labels();
  const problem = $("problem");
  problem.hidden = !r.problem;
  problem.textContent = r.problem?.message ?? "";
  if (r.problem) problem.dataset.code = r.problem.code;
  $("report-title").textContent = r.title;

  // Counts and verdict
  for (const s of ["error", "warning", "info"] as const) {
    const c = $(`count-${s}`);
    c.textContent = `${r.counts[s]} ${L[s]}`;
    c.dataset.count = String(r.counts[s]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const failing = r.findings.some((f) => rank[f.severity] <= rank[failOn.value as keyof typeof rank]);
  const verdict = $("verdict");
  verdict.textContent = r.problem ? "" : failing ? L.fail : L.pass;
  verdict.className = failing ? "verdict fail" : "verdict pass";

  // Findings, by severity
  const findings = $("findings");
  findings.replaceChildren();
  if (r.findings.length === 0) findings.append(el("p", { class: "none", text: L.none }));
  for (const s of ["error", "warning", "info"] as const) {
    const group = r.findings.filter((f) => f.severity === s);
    if (group.length === 0) continue;
    const list = el("ul");
    for (const f of group) list.append(el("li", {}, findingButton(f, L)));
    findings.append(
      el(
        "section",
        { class: `group ${s}`, "data-severity": s },
        el("h3", { text: `${L[s]} (${group.length})` }),
        list,
      ),
    );
  }

  // Rates
  const rates = $("rates");
  rates.replaceChildren(el("tr", {}, ...L.cols.map((c) => el("th", { text: c }))));
  for (const x of r.rates) {
    const row = el(
      "tr",
      { "data-relation": x.relationId, "data-status": x.status, title: x.explanation },
      el("td", { text: x.rateKind }),
      el("td", { text: x.stated ? `${x.stated}%` : "" }),
      el("td", { text: x.computed ? `${x.computed}%` : "" }),
      el("td", { class: "fraction", text: `${x.numerator}/${x.denominator}` }),
      el("td", { class: `status ${x.status}`, text: L.status[x.status] }),
    );
    if (x.span) attachSpan(row, x.span);
    rates.append(row);
  }

  // Indicators
  const inds = $("indicators");
  inds.replaceChildren(el("tr", {}, ...L.icols.map((c) => el("th", { text: c }))));
  for (const i of r.indicators) {
    const row = el(
      "tr",
      { "data-indicator": i.id },
      el("td", { text: i.label }),
      el("td", { class: "num", text: i.value }),
      el("td", { text: i.unit }),
      el("td", { text: i.qualifier }),
      el("td", { class: "quote", text: i.quote }),
    );
    if (i.span) attachSpan(row, i.span);
    inds.append(row);
  }
  $("indicators-more").textContent =
    r.indicatorCount > r.indicators.length ? L.more(r.indicators.length, r.indicatorCount) : "";

  // Section tree
  const tree = $("tree");
  tree.replaceChildren(...r.sections.map(sectionNode));

  // Source, without highlight
  showSource();
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-download]"))
    b.disabled = !r.downloadable;
}

function findingButton(f: FindingRow, L: (typeof UI)[Locale]) {
  const b = el(
    "button",
    { class: "finding", type: "button", "data-rule": f.ruleId, "data-path": f.path },
    el("code", { text: f.ruleId }),
    ` ${f.message} `,
    el("span", { class: "where", text: f.span ? `L${f.span.line}` : L.noLocation }),
  );
  if (f.span) attachSpan(b, f.span);
  return b;
}

function attachSpan(node: HTMLElement, span: Span) {
  node.dataset.start = String(span.start);
  node.dataset.end = String(span.end);
  node.classList.add("located");
  node.addEventListener("click", () => showSource(span));
}

function sectionNode(s: Section): HTMLElement {
  const head = `${s.ordinal ?? ""}${s.title ?? "（前言）"}`;
  const meta = ` [${s.roles.join(", ")}${s.themes.length ? `; ${s.themes.join(", ")}` : ""}]`;
  const d = el("details", { open: "" }, el("summary", {}, head, el("small", { text: meta })));
  for (const c of s.children) d.append(sectionNode(c));
  return d;
}

/** Shows the analyzed text, with `span` marked and scrolled into view. */
function showSource(span?: Span) {
  const pre = $("source");
  const text = analyzedText;
  if (!span) {
    pre.textContent = text.length > SOURCE_WINDOW ? `${text.slice(0, SOURCE_WINDOW)}…` : text;
    return;
  }
  const mark = el("mark", { id: "highlight", text: text.slice(span.start, span.end) });
  const from = Math.max(0, span.start - SOURCE_WINDOW / 2);
  const to = Math.min(text.length, span.end + SOURCE_WINDOW / 2);
  pre.replaceChildren(
    from > 0 ? "…" : "",
    text.slice(from, span.start),
    mark,
    text.slice(span.end, to),
    to < text.length ? "…" : "",
  );
  mark.scrollIntoView({ block: "center" });
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
  const decoded = decodeText(bytes);
  binary = !decoded.ok;
  fileName = file.name;
  setInput(decoded.ok ? decoded.text : "");
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
failOn.addEventListener("change", () => last && render(last));
for (const b of document.querySelectorAll<HTMLButtonElement>("[data-download]"))
  b.addEventListener("click", () => download(b.dataset.download as DownloadKind));
labels();

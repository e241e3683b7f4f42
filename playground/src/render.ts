/** Renders an analysis into the page: counts and verdict, findings, rates, indicators, sections, source. */

import type { Section, SourceLocation } from "../../src/index";
import { $, el } from "./dom";
import type { AnalyzeResponse, FindingRow } from "./protocol";
import type { Labels } from "./ui";

/** How many characters of the source are shown around a highlight. */
const SOURCE_WINDOW = 100_000;

/** What rendering needs besides the analysis: the labels, the text analyzed, and the severity that fails. */
export interface RenderContext {
  readonly L: Labels;
  readonly text: string;
  readonly failOn: "error" | "warning" | "info";
}

/** Renders an analysis into the page. */
export function render(r: AnalyzeResponse, ctx: RenderContext) {
  const { L } = ctx;
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
  const failing = r.findings.some((f) => rank[f.severity] <= rank[ctx.failOn]);
  const verdict = $("verdict");
  verdict.textContent = r.problem ? "" : failing ? L.fail : L.pass;
  verdict.className = failing ? "verdict fail" : "verdict pass";

  renderFindings(r, ctx);
  renderRates(r, ctx);
  renderIndicators(r, ctx);
  $("tree").replaceChildren(...r.sections.map(sectionNode));
  // Source, without highlight
  showSource(ctx.text);
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-download]"))
    b.disabled = !r.downloadable;
}

/** Findings, by severity. */
function renderFindings(r: AnalyzeResponse, ctx: RenderContext) {
  const { L } = ctx;
  const findings = $("findings");
  findings.replaceChildren();
  if (r.findings.length === 0) findings.append(el("p", { class: "none", text: L.none }));
  for (const s of ["error", "warning", "info"] as const) {
    const group = r.findings.filter((f) => f.severity === s);
    if (group.length === 0) continue;
    const list = el("ul");
    for (const f of group) list.append(el("li", {}, findingButton(f, ctx)));
    findings.append(
      el(
        "section",
        { class: `group ${s}`, "data-severity": s },
        el("h3", { text: `${L[s]} (${group.length})` }),
        list,
      ),
    );
  }
}

/** The rates recomputed, one row each. */
function renderRates(r: AnalyzeResponse, ctx: RenderContext) {
  const { L } = ctx;
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
    if (x.location) attachLocation(row, x.location, ctx.text);
    rates.append(row);
  }
}

/** The indicators (the first MAX_ROWS), one row each. */
function renderIndicators(r: AnalyzeResponse, ctx: RenderContext) {
  const { L } = ctx;
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
      el(
        "td",
        { class: "quote" },
        i.quote,
        ...(i.place ? [" ", el("span", { class: "place", text: L.place(i.place.kind, i.place.n) })] : []),
      ),
    );
    if (i.location) attachLocation(row, i.location, ctx.text);
    inds.append(row);
  }
  $("indicators-more").textContent =
    r.indicatorCount > r.indicators.length ? L.more(r.indicators.length, r.indicatorCount) : "";
}

function findingButton(f: FindingRow, { L, text }: RenderContext) {
  const b = el(
    "button",
    { class: "finding", type: "button", "data-rule": f.ruleId, "data-path": f.path },
    el("code", { text: f.ruleId }),
    ` ${f.message} `,
    el("span", { class: "where", text: f.location ? `L${f.location.line}` : L.noLocation }),
  );
  if (f.location) attachLocation(b, f.location, text);
  return b;
}

/** Makes a row or a finding show its place in the source when clicked. */
function attachLocation(node: HTMLElement, at: SourceLocation, text: string) {
  node.dataset.start = String(at.offset);
  node.dataset.end = String(at.end);
  node.classList.add("located");
  node.addEventListener("click", () => showSource(text, at));
}

function sectionNode(s: Section): HTMLElement {
  const head = `${s.ordinal ?? ""}${s.title ?? "（前言）"}`;
  const meta = ` [${s.roles.join(", ")}${s.themes.length ? `; ${s.themes.join(", ")}` : ""}]`;
  const d = el("details", { open: "" }, el("summary", {}, head, el("small", { text: meta })));
  for (const c of s.children) d.append(sectionNode(c));
  return d;
}

/** Shows the analyzed text, with the place `at` marked and scrolled into view. */
export function showSource(text: string, at?: SourceLocation) {
  const pre = $("source");
  if (!at) {
    pre.textContent = text.length > SOURCE_WINDOW ? `${text.slice(0, SOURCE_WINDOW)}…` : text;
    return;
  }
  const mark = el("mark", { id: "highlight", text: text.slice(at.offset, at.end) });
  const from = Math.max(0, at.offset - SOURCE_WINDOW / 2);
  const to = Math.min(text.length, at.end + SOURCE_WINDOW / 2);
  pre.replaceChildren(
    from > 0 ? "…" : "",
    text.slice(from, at.offset),
    mark,
    text.slice(at.end, to),
    to < text.length ? "…" : "",
  );
  mark.scrollIntoView({ block: "center" });
}

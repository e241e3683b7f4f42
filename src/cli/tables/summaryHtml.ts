import { conceptEntry, type Locale } from "../../index";
import type { ConceptSummary } from "../../tables";

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

const W = 520;
const PAD = 40;

/** A strip of dots, one per report, on a common axis, with the quartile box. */
function distribution(s: ConceptSummary): string {
  const lo = Number(s.min.value);
  const hi = Number(s.max.value);
  const x = (v: number) => PAD + (hi === lo ? (W - 2 * PAD) / 2 : ((v - lo) / (hi - lo)) * (W - 2 * PAD));
  const box = `<rect x="${x(Number(s.q1))}" y="18" width="${Math.max(1, x(Number(s.q3)) - x(Number(s.q1)))}" height="24" fill="#dbe8f6" stroke="#4a78a8"/><line x1="${x(Number(s.median))}" x2="${x(Number(s.median))}" y1="18" y2="42" stroke="#1d3f66" stroke-width="2"/>`;
  const dots = s.values
    .map(
      (v) =>
        `<circle cx="${x(Number(v.value))}" cy="30" r="4" fill="${v.qualifier ? "#fff" : "#c0392b"}" stroke="#c0392b"><title>${esc(`${v.jurisdiction} ${v.year ?? ""}: ${v.value}`)}</title></circle>`,
    )
    .join("");
  const axis = `<text x="${PAD}" y="60" font-size="11">${esc(s.min.value)}</text><text x="${W - PAD}" y="60" font-size="11" text-anchor="end">${esc(s.max.value)}</text>`;
  return `<svg width="${W}" height="66" role="img">${box}${dots}${axis}</svg>`;
}

/** The median by year as a line. */
function trend(s: ConceptSummary): string {
  if (s.byYear.length < 2) return "";
  const ys = s.byYear.map((y) => Number(y.median));
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  const first = s.byYear[0]?.year ?? 0;
  const last = s.byYear[s.byYear.length - 1]?.year ?? first;
  const x = (year: number) => PAD + ((year - first) / Math.max(1, last - first)) * (W - 2 * PAD);
  const y = (v: number) => 70 - (hi === lo ? 25 : ((v - lo) / (hi - lo)) * 50);
  const points = s.byYear.map((p) => `${x(p.year)},${y(Number(p.median))}`).join(" ");
  const labels = s.byYear
    .map(
      (p) =>
        `<text x="${x(p.year)}" y="92" font-size="11" text-anchor="middle">${p.year} (${p.n}): ${esc(p.median)}</text>`,
    )
    .join("");
  return `<svg width="${W}" height="100" role="img"><polyline points="${points}" fill="none" stroke="#1d3f66" stroke-width="2"/>${labels}</svg>`;
}

/** One self-contained page (no scripts, no network): a chart per concept, distribution and trend. */
export function summaryHtml(list: readonly ConceptSummary[], locale: Locale): string {
  const en = locale === "en";
  const sections = list
    .map((s) => {
      const e = conceptEntry(s.concept);
      const title = `${e?.zh ?? s.concept} · ${e?.en ?? ""}`;
      const stats = `n=${s.n} · min ${s.min.value} (${s.min.jurisdiction}) · q1 ${s.q1} · median ${s.median} · q3 ${s.q3} · max ${s.max.value} (${s.max.jurisdiction})`;
      return `<section><h2>${esc(title)} <code>${s.concept}</code></h2><p>${esc(stats)}</p>${distribution(s)}${trend(s)}</section>`;
    })
    .join("\n");
  const heading = en ? "Indicators across reports" : "各报告指标分布";
  const note = en
    ? "Each dot is one report (hollow: a qualified figure such as 98%以上); the box spans the quartiles, the bar is the median. The line is the median by year."
    : "每个点为一份报告（空心点为“以上”“约”等约数）；方框为四分位区间，竖线为中位数；折线为各年度中位数。";
  return `<!doctype html><html lang="${en ? "en" : "zh-CN"}"><head><meta charset="utf-8"><title>${heading}</title><style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}section{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1rem}code{color:#666}</style></head><body><h1>${heading}</h1><p>${note}</p>\n${sections}\n</body></html>\n`;
}

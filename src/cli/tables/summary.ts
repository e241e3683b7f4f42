import { conceptEntry, type Locale, type Report } from "../../index";
import { type ConceptSummary, summarizeConcepts } from "../../tables";
import { readReports } from "./read";

/** The summary as text: one line per concept. */
export function renderSummary(list: readonly ConceptSummary[], locale: Locale): string {
  const en = locale === "en";
  const lines = list.map((s) => {
    const e = conceptEntry(s.concept);
    const unit = e?.kind === "rate" ? "%" : "";
    const name = `${(en ? e?.en : e?.zh) ?? s.concept} (${s.concept})`;
    const q = s.qualified > 0 ? (en ? `, ${s.qualified} qualified` : `，其中 ${s.qualified} 个为约数`) : "";
    return `${name}\n  n=${s.n}${q}  min ${s.min.value}${unit} (${s.min.jurisdiction} ${s.min.year ?? ""})  q1 ${s.q1}  median ${s.median}  q3 ${s.q3}  max ${s.max.value}${unit} (${s.max.jurisdiction} ${s.max.year ?? ""})\n  ${s.byYear.map((y) => `${y.year}: n=${y.n} median ${y.median}`).join("  ")}`;
  });
  return `${lines.join("\n")}\n`;
}

/** `fazhi summary <inputs…>`: per concept across reports. */
export async function runSummary(
  inputs: readonly string[],
  options: { locale: Locale; maxBytes: number; recursive: boolean; json: boolean; html?: string | undefined },
): Promise<{ output: string; exitCode: number }> {
  const reports: Report[] = [];
  let failed = false;
  for await (const r of readReports(inputs, options)) {
    if ("error" in r) {
      process.stderr.write(`${r.file}: ${r.error}\n`);
      failed = true;
    } else reports.push(r.report);
  }
  const list = summarizeConcepts(reports);
  if (options.html) {
    const { writeFileSync } = await import("node:fs");
    const { summaryHtml } = await import("./summaryHtml");
    writeFileSync(options.html, summaryHtml(list, options.locale));
  }
  return {
    output: options.json ? `${JSON.stringify(list, null, 2)}\n` : renderSummary(list, options.locale),
    exitCode: failed ? 2 : 0,
  };
}

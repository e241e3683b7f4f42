import {
  type Comparison,
  compareReports,
  conceptEntry,
  type Locale,
  type Report,
  type Severity,
} from "../../index";
import { tableText } from "./messages";
import { readReports } from "./read";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MARK = { pass: "✓", passOtherMode: "≈", fail: "✗", notApplicable: "-" } as const;

async function one(file: string, locale: Locale, maxBytes: number): Promise<Report | string> {
  const found: Report[] = [];
  for await (const r of readReports([file], { locale, maxBytes })) {
    if ("error" in r) return `${r.file}: ${r.error}`;
    found.push(r.report);
  }
  return found.length === 1 && found[0] ? found[0] : `${file}: ${tableText(locale).oneReport(file)}`;
}

/** The comparison as text: concepts with their change, claims, plans, findings. */
export function renderComparison(c: Comparison, locale: Locale): string {
  const en = locale === "en";
  const label = (code: string) => (en ? conceptEntry(code)?.en : conceptEntry(code)?.zh) ?? code;
  const show = (f: { value: string; magnitude?: string; unit?: string } | undefined) =>
    f ? `${f.value}${f.magnitude ?? ""}${f.unit ?? ""}` : "—";
  const lines = [
    `${c.previous.jurisdiction} ${c.previous.reportYear ?? "?"} → ${c.current.jurisdiction} ${c.current.reportYear ?? "?"}`,
    `  ${en ? "Concepts" : "指标"}`,
  ];
  for (const x of c.concepts) {
    const ch = x.change;
    const sign = ch?.direction === "decrease" ? "−" : ch?.direction === "increase" ? "+" : "";
    const delta = !ch
      ? ""
      : ch.percentagePoints !== undefined
        ? `  ${sign}${ch.percentagePoints} ${en ? "points" : "个百分点"}`
        : `  ${sign}${ch.difference}${ch.percent !== undefined ? ` (${sign}${ch.percent}%)` : ""}`;
    lines.push(
      `    ${label(x.concept)}: ${show(x.previous)} → ${show(x.current)}${delta}${x.approximate ? (en ? " (approximate)" : "（约数）") : ""}`,
    );
  }
  if (c.claims.length > 0) lines.push(`  ${en ? "Claims about last year" : "与上年比较的表述"}`);
  for (const x of c.claims) {
    const detail =
      x.computed !== undefined ? `${x.computed}${x.interval ? ` / ${x.interval}` : ""}` : (x.reason ?? "");
    lines.push(
      `    ${MARK[x.verdict]} ${x.quote ?? x.indicatorId}${x.concept ? ` [${label(x.concept)}]` : ""}: ${detail}`,
    );
  }
  if (c.plans.length > 0) lines.push(`  ${en ? "Last year's plans" : "上年工作安排"}`);
  for (const p of c.plans)
    lines.push(
      `    ${p.followedUp ? "✓" : "✗"} ${p.text}${p.followedUp && p.sectionId ? ` → ${p.sectionId} (${p.matched.join(" ")})` : ""}`,
    );
  if (c.findings.length > 0) lines.push(`  ${en ? "Findings" : "发现"}`);
  for (const f of c.findings)
    lines.push(`    ${f.ruleId} ${f.severity.padEnd(7)} ${f.report}:${f.path || "/"}  ${f.message}`);
  return `${lines.join("\n")}\n`;
}

/** `fazhi compare <previous> <current>`: two reports of one government in consecutive years. */
export async function runCompare(
  files: readonly string[],
  options: { locale: Locale; maxBytes: number; json: boolean; failOn: Severity },
): Promise<{ output: string; exitCode: number }> {
  const [a, b] = files;
  if (a === undefined || b === undefined || files.length !== 2)
    return { output: `fazhi compare: ${tableText(options.locale).compareNeedsTwo}\n`, exitCode: 2 };
  const previous = await one(a, options.locale, options.maxBytes);
  const current = await one(b, options.locale, options.maxBytes);
  if (typeof previous === "string" || typeof current === "string")
    return {
      output: `${[previous, current].filter((x) => typeof x === "string").join("\n")}\n`,
      exitCode: 2,
    };
  const c = compareReports(previous, current, { locale: options.locale });
  const failing = c.findings.some((f) => RANK[f.severity] <= RANK[options.failOn]);
  return {
    output: options.json ? `${JSON.stringify(c, null, 2)}\n` : renderComparison(c, options.locale),
    exitCode: failing ? 1 : 0,
  };
}

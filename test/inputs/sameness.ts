import { readFileSync } from "node:fs";
import { extractReport, type ReportInput, validateReport } from "../../src";
import { htmlToText } from "../../src/html";
import { type DocumentText, readDocumentBytes, withPlaces } from "../../src/inputs";

/** The folder of the input fixtures (made by test/fixtures/inputs/make.sh). */
export const FIXTURES = new URL("../fixtures/inputs/", import.meta.url);

/** Reads a fixture through `readDocumentBytes`, failing loudly when it gives no text. */
export async function readFixture(name: string): Promise<DocumentText> {
  const r = await readDocumentBytes(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name, {
    locale: "en",
  });
  if (!r.success) throw new Error(`${name}: ${r.issues.map((i) => i.message).join("; ")}`);
  return r.value;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** A value with every string squeezed of whitespace and offsets and lines dropped from evidence. */
function comparable(value: unknown): unknown {
  if (typeof value === "string") return squeeze(value);
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    if (!["start", "end", "line", "page", "paragraph", "column"].includes(k)) out[k] = comparable(v);
  return out;
}

/** The draft of a read file, with the places of the original file on its evidence, and its findings. */
export function analyze(doc: DocumentText): { report: ReportInput; findings: unknown[] } {
  const extracted = extractReport(doc.text, { htmlToText, fileName: "sample.txt", locale: "en" }).report;
  const report = doc.places ? withPlaces(extracted, doc.places) : extracted;
  const { findings } = validateReport(report, { locale: "en", documentText: doc.text });
  return {
    report,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      path: f.path,
      params: f.params,
    })),
  };
}

/** What must be the same whatever file a text came in: indicators, relations, findings (quotes squeezed). */
export function essence(a: { report: ReportInput; findings: unknown[] }) {
  return {
    indicators: comparable(a.report.indicators),
    relations: comparable(a.report.relations),
    findings: comparable(a.findings),
  };
}

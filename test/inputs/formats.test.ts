import { describe, expect, test } from "vitest";
import { analyze, essence, readFixture } from "./sameness";

// Each sample text was turned into .docx, .doc and .pdf by LibreOffice and into a web page (make.sh): what the
// report says must not depend on the file it came in.
const SAMPLES = [
  "seed-000",
  "seed-001",
  "seed-002",
  "seed-003",
  "seed-004",
  "corpus-chifeng",
  "corpus-haikou",
];
const FORMATS = ["html", "docx", "doc", "pdf"] as const;

describe.each(SAMPLES)("%s", (sample) => {
  test.each(FORMATS)(
    "as .%s gives the indicators, relations and findings of its text",
    async (format) => {
      const text = analyze(await readFixture(`${sample}.txt`));
      const other = analyze(await readFixture(`${sample}.${format}`));
      expect(text.report.indicators.length).toBeGreaterThan(0);
      expect(essence(other)).toEqual(essence(text));
    },
    120_000,
  );

  test("in Word, each quote carries the paragraph it stands in (the line of the text: a line was a paragraph)", async () => {
    const lines = analyze(await readFixture(`${sample}.txt`)).report.indicators.map(
      (i) => i.evidence?.[0]?.line,
    );
    for (const format of ["docx", "doc"]) {
      const { report } = analyze(await readFixture(`${sample}.${format}`));
      expect(report.schemaVersion).toBe("1.1");
      expect(report.indicators.map((i) => i.evidence?.[0]?.paragraph)).toEqual(lines);
    }
  }, 120_000);

  test("in a PDF, each quote carries a page, in the order of the text", async () => {
    const doc = await readFixture(`${sample}.pdf`);
    const pages = analyze(doc).report.indicators.map((i) => i.evidence?.[0]?.page);
    expect(pages.every((p) => typeof p === "number" && p >= 1 && p <= (doc.places?.starts.length ?? 0))).toBe(
      true,
    );
    expect([...pages].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(pages);
  }, 120_000);
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { readDocumentBytes } from "../../src/inputs";

// The built playground (`npm run build:playground`, run by `npm test` before the tests): the page itself carries
// no converter; the reader of .docx and PDF files, mammoth and pdf.js are modules of their own next to it, which the
// page imports only when such a file arrives.
const dist = new URL("../../playground/dist/", import.meta.url).pathname;
const read = (file: string) => readFileSync(join(dist, file), "utf8");
const built = existsSync(join(dist, "index.html")) && existsSync(join(dist, "lazy"));

describe("the built playground", () => {
  test("has been built (npm run build:playground)", () => {
    expect(built, "run `npm run build:playground` first").toBe(true);
  });

  test.runIf(built)("keeps mammoth and pdf.js out of the page", () => {
    const page = read("index.html");
    for (const marker of ["JSZip", "officeDocument", "WorkerMessageHandler", "pdfjsVersion"])
      expect(page.includes(marker), marker).toBe(false);
    expect(page).toContain("lazy/reader.js");
  });

  test.runIf(built)(
    "has the reader import mammoth and pdf.js as chunks of their own, only when asked",
    () => {
      const files = readdirSync(join(dist, "lazy"));
      const chunk = (prefix: string) => files.find((f) => f.startsWith(prefix) && f.endsWith(".js")) ?? "";
      const mammoth = chunk("mammoth.browser-");
      const pdfjs = chunk("pdf.min-");
      expect(read(`lazy/${mammoth}`)).toContain("JSZip");
      expect(read(`lazy/${pdfjs}`)).toContain("GlobalWorkerOptions");
      expect(read("lazy/pdf.worker.min.mjs")).toContain("pdfjsVersion");
      const reader = read("lazy/reader.js");
      // Each converter's chunk is named only in a dynamic import(), never in a static one.
      for (const name of [mammoth, pdfjs]) {
        expect(reader).toContain(`import("./${name}")`);
        expect(reader.split(`./${name}`).length).toBe(2);
      }
      expect(reader).toContain("pdf.worker.min.mjs");
      expect(reader.includes("JSZip") || reader.includes("pdfjsVersion")).toBe(false);
    },
  );

  test.runIf(built)(
    "the built reader and its mammoth chunk read a .docx as the CLI reads it",
    async () => {
      const { readConverted } = (await import(pathToFileURL(join(dist, "lazy/reader.js")).href)) as {
        readConverted: (b: Uint8Array, name: string, locale: string) => Promise<unknown>;
      };
      const bytes = () =>
        new Uint8Array(readFileSync(new URL("../fixtures/inputs/seed-000.docx", import.meta.url)));
      const r = await readConverted(bytes(), "seed-000.docx", "en");
      expect(r).toEqual(await readDocumentBytes(bytes(), "seed-000.docx", { locale: "en" }));
      expect((r as { success: boolean }).success).toBe(true);
    },
    120_000,
  );
});

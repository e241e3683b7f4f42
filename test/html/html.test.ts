import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractReport } from "../../src/extract";
import { htmlToText } from "../../src/html";
import { type Evidence, safeParseReport } from "../../src/model";

const root = new URL("../../", import.meta.url);
const texts = readdirSync(new URL("examples/text/", root)).filter((f) => f.endsWith(".txt"));
const read = (f: string) => readFileSync(new URL(`examples/text/${f}`, root), "utf8");

/** A report text as a web page would carry it: paragraphs, entities, navigation, scripts and a footer. */
function asPage(text: string): string {
  const escapeHtml = (s: string) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/%/g, "&#37;")
      .replace(/“/g, "&ldquo;")
      .replace(/”/g, "&rdquo;");
  const body = text
    .split("\n")
    .map((l) => (l.trim() ? `<p style="text-indent:2em"><span>${escapeHtml(l)}</span></p>` : ""))
    .join("\n");
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>报告_人民政府</title>\n<style>p{margin:0}</style>\n<script>var s = "<p>1234件</p>";</script></head>\n<body><div class="nav"><a href="/">首页</a> &gt; <a>政务公开</a></div>\n${body}\n<div class="footer">版权所有 ICP备12345号</div></body></html>`;
}

describe("htmlToText", () => {
  test("lays the text over the page: same length, tags and hidden elements blanked, entities decoded", () => {
    const html =
      '<html><head><title>T</title><script>var a="<p>9件</p>";</script></head><body><p>成功率81&#37;，共&ldquo;8881&rdquo;件</p><br/>第二行<!-- 注释 --></body></html>';
    const text = htmlToText(html);
    expect(text.length).toBe(html.length);
    expect(
      text
        .split("\n")
        .map((l) => l.replace(/\s+/g, ""))
        .filter(Boolean),
    ).toEqual(["成功率81%，共“8881”件", "第二行"]);
    expect(text).not.toContain("9件");
  });

  test("keeps the page's own line breaks where they are", () => {
    const html = "<p>第一行</p>\n\n<p>第二行</p>";
    const text = htmlToText(html);
    const breaks = (s: string) => [...s].flatMap((c, i) => (c === "\n" ? [i] : []));
    // Every line break of the page is one of the text's (the text adds more, where blocks start).
    expect(breaks(html)).toEqual([10, 11]);
    expect(breaks(text)).toEqual(expect.arrayContaining(breaks(html)));
  });

  test("never throws and always keeps the length, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc
            .array(
              fc.constantFrom(
                "<p>",
                "</p>",
                "<br>",
                "<script>",
                "</script>",
                "&amp;",
                "&#37;",
                "&bogus",
                "<!--",
                "-->",
                "文",
                "1",
                "<",
                ">",
                "\n",
              ),
            )
            .map((a) => a.join("")),
        ),
        (html) => {
          expect(htmlToText(html).length).toBe(html.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("extractReport on a web page", () => {
  test.each(texts)("%s as HTML gives the figures of its text, quoted from the page", (file) => {
    const text = read(file);
    const page = asPage(text);
    const fromText = extractReport(text).report;
    const fromPage = extractReport(page, { htmlToText });
    expect(fromPage.warnings.map((w) => w.code)).toContain("htmlRead");
    expect(safeParseReport(fromPage.report).success).toBe(true);
    const figures = (r: typeof fromText) =>
      r.indicators.map((i) => `${i.value}${i.magnitude ?? ""}${i.unit ?? ""}`);
    expect(figures(fromPage.report)).toEqual(figures(fromText));
    expect(fromPage.report.title).toBe(fromText.title);
    const evidence: Evidence[] = fromPage.report.indicators.flatMap((i) => i.evidence ?? []);
    for (const e of evidence) {
      expect(page.slice(e.start, e.end)).toBe(e.quote);
      expect(e.line).toBe(page.slice(0, e.start).split("\n").length);
      expect(e.quote).not.toMatch(/&(#\d+|[a-z]+)$/);
    }
  });

  test("without htmlToText a page is read as text and flagged", () => {
    const r = extractReport(asPage(read("2023-linhe-district.txt")));
    expect(r.warnings.map((w) => w.code)).toContain("html");
  });
});

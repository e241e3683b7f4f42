/**
 * The playground's work, run in a web worker: `analyzeDocument` (the library's one road for a document), then the
 * rows the page shows and the downloads. Pure: no DOM.
 */

import { htmlToText } from "../../src/html/index";
import {
  analyzeDocument,
  type DocumentAnalysis,
  documentLocator,
  type Locale,
  renderJson,
  renderSarif,
  ruleCatalogue,
} from "../../src/index";
import { withPlaces } from "../../src/inputs/places";
import type { AnalyzeRequest, AnalyzeResponse, DownloadKind, Problem } from "./protocol";
import { findingRows, indicatorRows, rateRows } from "./rows";

/** An analysis: what the page shows, and the downloads, rendered only when asked for (they can be large). */
export interface Analysis {
  readonly response: AnalyzeResponse;
  readonly render?: (what: DownloadKind) => string;
}

const SENTENCES = {
  "zh-CN": {
    binary: "这是二进制数据，不是报告文本或 JSON。",
    empty: "请粘贴报告、拖入文件或选择示例。",
    tooDeep: (max: number) => `JSON 嵌套超过 ${max} 层，未检查。`,
    notAReport: (warning: string) => `${warning}：未找到法治政府建设报告的内容。`,
  },
  en: {
    binary: "This is binary data, not a report's text or JSON.",
    empty: "Paste a report, drop a file, or pick an example.",
    tooDeep: (max: number) => `The JSON nests deeper than ${max} levels; not checked.`,
    notAReport: (warning: string) => `${warning}: nothing like a rule-of-law report was found.`,
  },
} as const;

const nothing = (req: AnalyzeRequest, problem: Problem, t0: number): Analysis => ({
  response: {
    id: req.id,
    kind: /^\s*[{[]/.test(req.input) ? "json" : "text",
    problem,
    warnings: [],
    title: "",
    sections: [],
    indicators: [],
    indicatorCount: 0,
    rates: [],
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    downloadable: false,
    millis: performance.now() - t0,
  },
});

/** What keeps the page from showing a report: invalid JSON, JSON nested too deep, a text that is not a report. */
function problemOf(a: DocumentAnalysis, locale: Locale): Problem | undefined {
  if (a.problem)
    return { code: a.problem.code, message: SENTENCES[locale].tooDeep(a.problem.params.maxDepth) };
  const invalid = a.findings.find((f) => f.ruleId === "FZ-JSON-001");
  if (invalid) return { code: "invalidJson", message: invalid.message };
  const fatal = a.warnings.find((w) => w.code === "notAReport" || w.code === "empty");
  return fatal ? { code: fatal.code, message: SENTENCES[locale].notAReport(fatal.message) } : undefined;
}

/**
 * Analyzes one input for the page.
 *
 * @example
 * analyze({ id: 1, input: text, fileName: "report.txt", locale: "en", roundingMode: "halfUp" }).response.rates[0]?.numerator
 */
export function analyze(req: AnalyzeRequest): Analysis {
  const t0 = performance.now();
  const { input, locale } = req;
  if (req.binary || input.includes("\u0000"))
    return nothing(req, { code: "binary", message: SENTENCES[locale].binary }, t0);
  if (input.trim() === "") return nothing(req, { code: "empty", message: SENTENCES[locale].empty }, t0);

  const analysis = analyzeDocument(input, {
    fileName: req.fileName,
    locale,
    roundingMode: req.roundingMode,
    htmlToText,
  });
  const locate = documentLocator(input, analysis);
  const problem = problemOf(analysis, locale);
  // A text read out of a .docx or PDF: each quote with the page or paragraph of the file, as `fazhi extract` gives.
  const report = analysis.report && req.places ? withPlaces(analysis.report, req.places) : analysis.report;
  const response: AnalyzeResponse = {
    id: req.id,
    kind: analysis.format,
    ...(problem ? { problem } : {}),
    warnings: analysis.warnings,
    title: report?.title ?? "",
    sections: report?.sections ?? [],
    indicators: indicatorRows(report, locate),
    indicatorCount: report?.indicators.length ?? 0,
    rates: rateRows(analysis, locate, locale),
    findings: findingRows(analysis, locale),
    counts: { error: analysis.summary.error, warning: analysis.summary.warning, info: analysis.summary.info },
    downloadable: true,
    millis: performance.now() - t0,
  };
  const file = { file: req.fileName, result: analysis };
  return {
    response,
    render: (what) =>
      what === "model"
        ? report
          ? `${JSON.stringify(report, null, 2)}\n`
          : input
        : what === "findings"
          ? renderJson([file])
          : renderSarif([file], { locale, rules: ruleCatalogue(locale) }),
  };
}

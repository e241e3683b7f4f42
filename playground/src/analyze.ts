/**
 * The playground's work, run in a web worker: read the input (report text or JSON), extract, validate, derive
 * rates, locate every finding in the source, and prepare the downloads. Pure: no DOM.
 */

import { sourceSpanOf } from "../../src/extract";
import { htmlToText } from "../../src/html/index";
import {
  deriveRates,
  type ExtractWarning,
  extractReport,
  type FileResult,
  type Locale,
  type ReportInput,
  type RoundingMode,
  renderJson,
  renderSarif,
  ruleCatalogue,
  type Section,
  type Severity,
  validateReport,
} from "../../src/index";
import { lineIndex, parseJsonText } from "../../src/source";

export interface AnalyzeRequest {
  readonly id: number;
  readonly input: string;
  readonly fileName: string;
  readonly locale: Locale;
  readonly roundingMode: RoundingMode;
  /** The input was a file with NUL bytes. */
  readonly binary?: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export interface FindingRow {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly span?: Span;
}

export interface RateRow {
  readonly relationId: string;
  readonly rateKind: string;
  readonly status: "pass" | "passOtherMode" | "fail" | "notApplicable";
  readonly stated: string;
  readonly computed: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly formula: string;
  readonly interval: string;
  readonly explanation: string;
  readonly span?: Span;
}

export interface IndicatorRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly qualifier: string;
  readonly quote: string;
  readonly span?: Span;
}

export interface AnalyzeResponse {
  readonly id: number;
  readonly kind: "text" | "json";
  /** Why nothing (or little) could be read: binary data, invalid JSON, not a report, empty. */
  readonly problem?: {
    readonly code: string;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
  };
  readonly warnings: readonly ExtractWarning[];
  readonly title: string;
  readonly sections: readonly Section[];
  readonly indicators: readonly IndicatorRow[];
  readonly indicatorCount: number;
  readonly rates: readonly RateRow[];
  readonly findings: readonly FindingRow[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Whether there is a model and findings to download (rendered on request: see `Analysis.render`). */
  readonly downloadable: boolean;
  readonly millis: number;
}

const MAX_ROWS = 500;

/** What can be downloaded. */
export type DownloadKind = "model" | "findings" | "sarif";

/** An analysis: what the page shows, and the downloads, rendered only when asked for (they can be large). */
export interface Analysis {
  readonly response: AnalyzeResponse;
  readonly render?: (what: DownloadKind) => string;
}

/** Messages to the worker: analyze an input, or render a download of the last analysis. */
export type WorkerRequest = AnalyzeRequest | { readonly id: number; readonly download: DownloadKind };

/** Messages from the worker. */
export type WorkerResponse =
  | AnalyzeResponse
  | { readonly id: number; readonly download: DownloadKind; readonly text: string }
  | { readonly id: number; readonly crash: string };

/** Where the JSON value starting at `offset` ends: its closing bracket, or the end of its line. */
function valueEnd(text: string, offset: number): number {
  const open = text[offset];
  if (open !== "{" && open !== "[") {
    const eol = text.indexOf("\n", offset);
    return eol === -1 ? text.length : eol;
  }
  let depth = 0;
  let inString = false;
  for (let i = offset; i < text.length && i < offset + 20_000; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  const eol = text.indexOf("\n", offset);
  return eol === -1 ? text.length : eol;
}

const empty = (
  id: number,
  kind: "text" | "json",
  problem: AnalyzeResponse["problem"],
  t0: number,
): Analysis => ({
  response: {
    id,
    kind,
    ...(problem ? { problem } : {}),
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

/**
 * Analyzes one input.
 *
 * @example
 * analyze({ id: 1, input: text, fileName: "report.txt", locale: "en", roundingMode: "halfUp" }).response.rates[0]?.numerator
 */
export function analyze(req: AnalyzeRequest): Analysis {
  const t0 = performance.now();
  const { input, locale } = req;
  const en = locale === "en";
  const trimmed = input.trimStart();
  const kind = trimmed.startsWith("{") || trimmed.startsWith("[") ? "json" : "text";
  if (req.binary || input.includes("\u0000"))
    return empty(
      req.id,
      kind,
      {
        code: "binary",
        message: en
          ? "This is binary data, not a report's text or JSON."
          : "这是二进制数据，不是报告文本或 JSON。",
      },
      t0,
    );
  if (input.trim() === "")
    return empty(
      req.id,
      kind,
      {
        code: "empty",
        message: en ? "Paste a report, drop a file, or pick an example." : "请粘贴报告、拖入文件或选择示例。",
      },
      t0,
    );

  const position = lineIndex(input);
  let report: unknown;
  let warnings: readonly ExtractWarning[] = [];
  let spanOf: (pointer: string) => Span | undefined;
  let problem: AnalyzeResponse["problem"];
  let duplicateKeys: readonly string[] = [];
  if (kind === "json") {
    const parsed = parseJsonText(input);
    if (!parsed.ok) {
      const e = parsed.error;
      return empty(
        req.id,
        kind,
        {
          code: "invalidJson",
          line: e.line,
          column: e.column,
          message: en
            ? `Invalid JSON at line ${e.line}, column ${e.column}: ${e.message}`
            : `JSON 无效：第 ${e.line} 行第 ${e.column} 列，${e.message}`,
        },
        t0,
      );
    }
    report = parsed.value;
    duplicateKeys = parsed.duplicateKeys;
    spanOf = (pointer) => {
      const at = parsed.locate(pointer);
      if (!at) return undefined;
      return { start: at.offset, end: valueEnd(input, at.offset), line: at.line };
    };
  } else {
    const r = extractReport(input, { fileName: req.fileName, locale, htmlToText });
    report = r.report;
    warnings = r.warnings;
    const draft = r.report;
    spanOf = (pointer) => {
      const s = sourceSpanOf(draft, pointer);
      return s ? { start: s.start, end: s.end, line: position(s.start).line } : undefined;
    };
    const fatal = r.warnings.find((w) => w.code === "notAReport" || w.code === "empty");
    if (fatal)
      problem = {
        code: fatal.code,
        message: en
          ? `${fatal.message}: nothing like a rule-of-law report was found.`
          : `${fatal.message}：未找到法治政府建设报告的内容。`,
      };
  }

  const { report: valid, ...result } = validateReport(report, {
    locale,
    roundingMode: req.roundingMode,
    duplicateKeys,
    ...(kind === "json" ? { sourceText: input } : {}),
  });
  const titles = new Map(ruleCatalogue(locale).map((r) => [r.id, r.title]));
  const findings: FindingRow[] = result.findings.map((f) => {
    const span = spanOf(f.path);
    return {
      ruleId: f.ruleId,
      title: titles.get(f.ruleId) ?? f.ruleId,
      severity: f.severity,
      message: f.message,
      path: f.path,
      ...(span ? { span } : {}),
    };
  });
  const model = (valid ?? report) as ReportInput;
  const indicatorsAll = Array.isArray(model?.indicators) ? model.indicators : [];
  const indicators: IndicatorRow[] = indicatorsAll.slice(0, MAX_ROWS).map((ind, i) => {
    const span = spanOf(`/indicators/${i}`);
    return {
      id: ind.id,
      label: ind.label,
      value: `${ind.value}${ind.magnitude ?? ""}`,
      unit: ind.unit ?? "",
      qualifier: ind.qualifier ?? "exact",
      quote: ind.evidence?.[0]?.quote ?? "",
      ...(span ? { span } : {}),
    };
  });
  const rates: RateRow[] = [];
  if (valid) {
    const byId = new Map(valid.indicators.map((i) => [i.id, i]));
    const values = (inputs: readonly { role: string; value: string }[], role: string) =>
      inputs
        .filter((x) => x.role === role)
        .map((x) => x.value)
        .join(" + ");
    for (const d of deriveRates(valid, { mode: req.roundingMode })) {
      const span = spanOf(d.path);
      rates.push({
        relationId: d.relationId,
        rateKind: d.rateKind ?? "rate",
        status: d.check?.status ?? "notApplicable",
        stated: d.stated ?? byId.get(d.rateIndicatorId)?.value ?? "",
        computed: d.check?.computed ?? "",
        numerator: values(d.inputs, "numerator"),
        denominator: values(d.inputs, "denominator"),
        formula: d.check?.explanation.formula ?? "",
        interval: d.check?.interval ?? "",
        explanation: d.check
          ? en
            ? d.check.explanation.en
            : d.check.explanation.zh
          : (d.notApplicable ?? ""),
        ...(span ? { span } : {}),
      });
    }
  }
  const file: FileResult = {
    file: req.fileName,
    result,
    locate: (pointer) => {
      const s = spanOf(pointer);
      if (!s) return undefined;
      const { line, column } = position(s.start);
      return { line, column };
    },
  };
  const response: AnalyzeResponse = {
    id: req.id,
    kind,
    ...(problem ? { problem } : {}),
    warnings,
    title: typeof model?.title === "string" ? model.title : "",
    sections: Array.isArray(model?.sections) ? (model.sections as Section[]) : [],
    indicators,
    indicatorCount: indicatorsAll.length,
    rates,
    findings,
    counts: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info },
    downloadable: true,
    millis: performance.now() - t0,
  };
  return {
    response,
    render: (what) =>
      what === "model"
        ? `${JSON.stringify(report, null, 2)}\n`
        : what === "findings"
          ? renderJson([file])
          : renderSarif([file], { locale, rules: ruleCatalogue(locale) }),
  };
}

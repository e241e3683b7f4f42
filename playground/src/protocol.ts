/** What the page and the worker say to each other: requests, and the rows of an analysis ready to render. */

import type {
  ExtractWarning,
  Locale,
  RoundingMode,
  Section,
  Severity,
  SourceLocation,
} from "../../src/index";
import type { DocumentPlaces } from "../../src/inputs/types";

export interface AnalyzeRequest {
  readonly id: number;
  readonly input: string;
  readonly fileName: string;
  readonly locale: Locale;
  readonly roundingMode: RoundingMode;
  /** The input was a file whose bytes are no text (see `textFromBytes`). */
  readonly binary?: boolean;
  /** The input was read out of a .docx or PDF: where its paragraphs or pages start (see `readDocumentBytes`). */
  readonly places?: DocumentPlaces;
}

export interface FindingRow {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
  readonly location?: SourceLocation;
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
  readonly location?: SourceLocation;
}

export interface IndicatorRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly qualifier: string;
  readonly quote: string;
  /** The page (PDF) or paragraph (Word) of the original file the quote stands in. */
  readonly place?: { readonly kind: "page" | "paragraph"; readonly n: number };
  readonly location?: SourceLocation;
}

/** Why nothing (or little) could be read: binary data, invalid JSON, JSON nested too deep, not a report, empty. */
export interface Problem {
  readonly code: string;
  readonly message: string;
}

export interface AnalyzeResponse {
  readonly id: number;
  readonly kind: "text" | "html" | "json";
  readonly problem?: Problem;
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

/** What can be downloaded. */
export type DownloadKind = "model" | "findings" | "sarif";

/** Messages to the worker: analyze an input, or render a download of the last analysis. */
export type WorkerRequest = AnalyzeRequest | { readonly id: number; readonly download: DownloadKind };

/** Messages from the worker. */
export type WorkerResponse =
  | AnalyzeResponse
  | { readonly id: number; readonly download: DownloadKind; readonly text: string }
  | { readonly id: number; readonly crash: string };

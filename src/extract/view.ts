import type { Evidence } from "../model";
import { type SourceLine, splitLines } from "./lines";

/**
 * Whether a text looks like an HTML page (a tag among its first 5,000 characters).
 *
 * @example
 * looksLikeHtml("<html><body><p>报告</p></body></html>") //=> true
 * looksLikeHtml("一、总体情况") //=> false
 */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype|html|head|body|div|p|span|br|table|meta)\b/i.test(text.slice(0, 5000));
}

const TRADITIONAL = /[國務縣鎮區發門會與為這說進關實體們經報記處際復權應]/;

/**
 * Whether a text has Traditional Chinese characters (a cheap test, to decide whether to load a converter).
 *
 * @example
 * hasTraditional("臨河區法治政府建設報告") //=> true
 * hasTraditional("临河区法治政府建设报告") //=> false
 */
export function hasTraditional(text: string): boolean {
  return TRADITIONAL.test(text);
}

/** A same-length Simplified reading of a line: whole-line conversion, else character by character. */
function simplifier(convert: (text: string) => string): (raw: string) => string {
  return (raw) => {
    const whole = convert(raw);
    if (whole.length === raw.length) return whole;
    let out = "";
    for (const ch of raw) {
      const c = convert(ch);
      out += c.length === ch.length ? c : ch;
    }
    return out;
  };
}

/** Lines of a text laid over `original`, numbered as the original's lines. */
function onOriginalLines(lines: SourceLine[], original: string): SourceLine[] {
  const starts = [0];
  for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 10) starts.push(i + 1);
  let k = 0;
  return lines.map((l, index) => {
    while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= l.start) k++;
    return { ...l, index, line: k + 1 };
  });
}

/** What the extractor reads: the lines of the text (or of an HTML page's text laid over it), and how. */
export interface TextView {
  readonly input: string;
  /** The text the lines were read from: `input`, or a same-length reading of an HTML page. */
  readonly view: string;
  readonly lines: SourceLine[];
  readonly isHtml: boolean;
  readonly traditional: boolean;
  readonly converted: boolean;
  readonly empty: boolean;
}

/** Reads a text into lines, through an HTML reader and a Traditional → Simplified converter when given. */
export function viewOf(
  input: string,
  htmlToText: ((html: string) => string) | undefined,
  toSimplified: ((text: string) => string) | undefined,
): TextView {
  const isHtml = looksLikeHtml(input);
  const laid = isHtml && htmlToText ? htmlToText(input) : undefined;
  const view = laid !== undefined && laid.length === input.length ? laid : input;
  const traditional = hasTraditional(view);
  const convert = traditional && toSimplified ? simplifier(toSimplified) : undefined;
  const lines =
    view === input ? splitLines(input, convert) : onOriginalLines(splitLines(view, convert), input);
  return {
    input,
    view,
    lines,
    isHtml,
    traditional,
    converted: convert !== undefined,
    empty: view.trim() === "",
  };
}

/** Evidence of a span of the original text (not cutting an HTML character reference in two). */
export function evidence(
  text: string,
  start: number,
  end: number,
  line: number,
  sectionId?: string,
): Evidence {
  const to = entityEnd(text, start, end);
  return { quote: text.slice(start, to), start, end: to, line, ...(sectionId ? { sectionId } : {}) };
}

/**
 * Where a quote of an HTML page must end so as not to cut a character reference in two: read through
 * `htmlToText`, `&#37;` is `%` followed by spaces, so a quote ending at the `%` ends inside the reference.
 */
function entityEnd(text: string, start: number, end: number): number {
  // Look only at the few characters around the end (a search through the whole text would make long texts
  // quadratic).
  const from = Math.max(start, end - 12);
  const back = text.slice(from, end).lastIndexOf("&");
  if (back === -1) return end;
  const amp = from + back;
  const semi = text.slice(amp, amp + 13).indexOf(";");
  if (semi === -1 || amp + semi < end) return end;
  return /^&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);$/i.test(text.slice(amp, amp + semi + 1)) ? amp + semi + 1 : end;
}

/**
 * Adversarial inputs for the linear-time harness (test/perf/linear.test.ts at small sizes, `npm run soak` at 1 MB
 * and 5 MB): each generator makes a text of about `n` characters built to trip a backtracking pattern or a
 * quadratic walk, and `growth` measures how the time grows when the input grows.
 */
import { extractReport } from "../src/extract";
import { htmlToText } from "../src/html";
import { parseJsonText } from "../src/source";

/** An input maker: about `n` characters. */
export type Generator = (n: number) => string;

const fill = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

/** Plain texts, for `extractReport(text)`. */
export const TEXTS: Readonly<Record<string, Generator>> = {
  "字体 + spaces": (n) => `字体${fill(" ", n)}x`,
  "来源 + spaces": (n) => `来源${fill(" ", n)}`,
  "今天是 + spaces": (n) => `今天是${fill(" ", n)}x`,
  "spaces then 索引号": (n) => `${fill(" ", n)}索引号x`,
  "tabs then text": (n) => `${fill("\t", n)}x`,
  "U+3000 run": (n) => `${fill("\u3000", n)}x`,
  "bullets and spaces": (n) => `${fill(" ·", n)}x`,
  "pipes and spaces": (n) => `${fill(" |", n)}x`,
  "furniture words + spaces": (n) => fill("来源 字体 索引号 日期 今天是 ", n),
  digits: (n) => fill("1", n),
  "percent signs": (n) => fill("%", n),
  "numbers with percent": (n) => fill("12.5% ", n),
  其中: (n) => fill("其中", n),
  brackets: (n) => `${fill("（", n / 2)}${fill("）", n / 2)}`,
  "【 and 】": (n) => fill("【大】", n),
  "many short lines of spaces": (n) => fill(`${" ".repeat(60)}\n`, n),
  "one long sentence": (n) => fill("依法行政工作扎实推进，", n),
};

/** HTML pages, for `htmlToText` and `extractReport(html, { htmlToText })`. */
export const PAGES: Readonly<Record<string, Generator>> = {
  "nested <div>": (n) => fill("<div>", n),
  "nested <div> then stray closes": (n) => `${fill("<div>", n / 2)}${fill("</b>", n / 2)}`,
  "nested <span> with text": (n) => fill("<span>字", n),
  "long href before text": (n) => `<p><a href="${fill("a", n)}">文字</a></p>`,
  "data: image at the start of a <p>": (n) =>
    `<p><img src="data:image/png;base64,${fill("QUJD", n)}">正文</p>`,
  "inline SVG after 字体": (n) => `<p>字体<svg>${fill("<path d='M0 0'/>", n)}</svg>大 中 小</p>`,
  entities: (n) => fill("&ldquo;&#37;&amp;", n),
};

/** JSON texts, for `parseJsonText`. */
export const JSONS: Readonly<Record<string, Generator>> = {
  "deep array": (n) => `${fill("[", n / 2)}${fill("]", n / 2)}`,
  "deep object": (n) => `${fill('{"a":', (n * 5) / 6)}1${fill("}", n / 6)}`,
  "whitespace-padded": (n) => `{"a":${fill(" ", n)}1}`,
  "newline-padded": (n) => `{"a":${fill("\n", n)}1}`,
  "whitespace-padded, invalid": (n) => `{"a":${fill(" ", n)}}`,
  "whitespace-padded, duplicate key": (n) => `{"a":1,${fill(" ", n)}"a":2}`,
  "long string": (n) => `{"a":"${fill("字", n)}"}`,
  "many keys": (n) => `{${fill('"k":1,', n)}"z":1}`,
};

/** The functions under test, by the kind of input they take. */
export const TARGETS = {
  text: (s: string) => extractReport(s),
  page: (s: string) => extractReport(s, { htmlToText }),
  html: (s: string) => htmlToText(s),
  // Parsing, then what the CLI asks of a file with findings: a position (the syntax tree) and duplicate keys.
  json: (s: string) => {
    const r = parseJsonText(s);
    return r.ok ? [r.locate("/a"), r.duplicateKeys] : r.error;
  },
} as const;

/** The best of `tries` timings of `fn`, in ms, each over enough calls to last `minMs`. */
function best(fn: () => unknown, calls: number, tries: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let t = 0; t < tries; t++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    min = Math.min(min, (performance.now() - t0) / calls);
  }
  return min;
}

/**
 * How the time of `fn` grows from an input of `n` characters to one of `factor × n`: the ratio of the best of
 * three timings (after a warm-up), each over as many calls as make the small input last about `minMs`. A linear
 * function gives about `factor`; a quadratic one `factor²`.
 *
 * @example
 * growth((s) => s.length, (n) => "x".repeat(n), 10_000).ratio //=> about 4
 */
export function growth(
  fn: (input: string) => unknown,
  make: Generator,
  n: number,
  factor = 4,
  minMs = 20,
): { small: number; large: number; ratio: number } {
  const a = make(n);
  const b = make(n * factor);
  fn(a);
  const t0 = performance.now();
  fn(a);
  const once = Math.max(performance.now() - t0, 0.001);
  const calls = Math.max(1, Math.min(100_000, Math.ceil(minMs / once)));
  best(() => fn(a), calls, 1);
  const small = best(() => fn(a), calls, 3);
  fn(b);
  const large = best(() => fn(b), Math.max(1, Math.ceil(calls / factor)), 3);
  return { small, large, ratio: large / small };
}

import { type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { duplicateKeysOf, findPointer, indexJson, type JsonIndex, stringEnd } from "./jsonIndex";
import { lineIndex, type SourceLocation, type SourcePosition } from "./location";

/**
 * The result of `parseJsonText`.
 * @example
 * const r: JsonTextResult = parseJsonText('{"a": 1}');
 * if (r.ok) r.locate("/a") //=> { line: 1, column: 7, offset: 6, end: 7 }
 */
export type JsonTextResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** Where the value at a JSON Pointer stands (its nearest existing ancestor's when it is absent). */
      readonly locate: (pointer: string) => SourceLocation | undefined;
      /** JSON Pointers of keys that appear twice in one object (JSON.parse keeps only the last). */
      readonly duplicateKeys: readonly string[];
    }
  | { readonly ok: false; readonly error: SourcePosition & { readonly message: string } };

/**
 * Options of `parseJsonText`.
 * @example
 * parseJsonText("[[1]]", { maxDepth: 1 }).ok //=> false
 */
export interface JsonTextOptions {
  /** Deepest nesting of arrays and objects accepted; deeper text is an error `NestingTooDeep`. Default 512. */
  readonly maxDepth?: number;
}

/**
 * The default of `JsonTextOptions.maxDepth`: far beyond any report, far below what a recursive reader survives.
 * @example
 * parseJsonText("[".repeat(MAX_JSON_DEPTH + 1)).ok //=> false
 */
export const MAX_JSON_DEPTH = 512;

/**
 * Parses JSON text exactly as `JSON.parse` does, and keeps where each value stands so that findings can point at a
 * line and column. A syntax error comes back as data with its line and column, never as an exception; so does
 * nesting deeper than `maxDepth` (message `NestingTooDeep`, at the bracket that goes too deep), which is checked
 * first, in one pass, so that no reader recurses into it. A byte order mark is ignored. Time and memory are linear
 * in the text; the index of lines is built only when a position is asked for.
 *
 * @example
 * const r = parseJsonText('{\n  "a": [1, 2]\n}');
 * r.ok && r.locate("/a/1") //=> { line: 2, column: 12, offset: 13, end: 14 }
 * parseJsonText('{"a": }') //=> { ok: false, error: { message: "ValueExpected", line: 1, column: 7, offset: 6 } }
 * parseJsonText("[".repeat(100_000)) //=> { ok: false, error: { message: "NestingTooDeep", line: 1, column: 513, offset: 512 } }
 */
export function parseJsonText(input: string, options: JsonTextOptions = {}): JsonTextResult {
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  let index: ((offset: number) => SourcePosition) | undefined;
  const position = (offset: number) => {
    index ??= lineIndex(text);
    return index(offset);
  };
  const scan = scanText(text, options.maxDepth ?? MAX_JSON_DEPTH);
  if (scan.tooDeepAt !== undefined)
    return { ok: false, error: { message: "NestingTooDeep", ...position(scan.tooDeepAt) } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    const short = compact(text);
    parseTree(short.text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first ? short.original(first.offset) : Math.max(0, text.length - 1);
    const message = first ? printParseErrorCode(first.error) : (error as Error).message;
    return { ok: false, error: { message, ...position(offset) } };
  }
  // Where values stand is indexed only when a position is asked for, or when the text has more object members
  // than the parsed value (JSON.parse dropped a duplicate key).
  let ix: JsonIndex | undefined;
  const indexed = () => {
    ix ??= indexJson(text);
    return ix;
  };
  return {
    ok: true,
    value,
    locate: (pointer) => {
      const i = indexed();
      const v = findPointer(text, i, pointer);
      const start = i.start[v];
      return start === undefined ? undefined : { ...position(start), end: i.end[v] as number };
    },
    duplicateKeys: scan.members > membersInValue(value) ? duplicateKeysOf(text, indexed()) : [],
  };
}

/**
 * One pass over a JSON text: the object members written in it (the colons outside strings), and the offset of the
 * first bracket that nests deeper than `maxDepth`, if any.
 */
function scanText(text: string, maxDepth: number): { members: number; tooDeepAt?: number } {
  let members = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i) - 1;
    else if (c === 58) members++;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return { members, tooDeepAt: i };
    } else if (c === 93 || c === 125) depth--;
  }
  return { members };
}

const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Runs of whitespace (outside strings) longer than this are cut to this length before jsonc-parser reads them. */
const KEEP = 64;

/**
 * The text with every run of whitespace outside strings cut to `KEEP` characters, and the way back from an offset
 * in it to the offset in the text. jsonc-parser builds each run of whitespace one character at a time (a 50 MB
 * padded file took 1.9 GB and minutes); cutting runs changes neither the structure nor any error.
 */
function compact(text: string): { text: string; original: (offset: number) => number } {
  const cuts: number[] = []; // offsets in the short text where characters were removed
  const shifts: number[] = []; // characters removed up to and including each cut
  const parts: string[] = [];
  let from = 0;
  let removed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i) - 1;
    else if (isBlank(c)) {
      let end = i + 1;
      while (end < text.length && isBlank(text.charCodeAt(end))) end++;
      if (end - i > KEEP) {
        parts.push(text.slice(from, i + KEEP));
        cuts.push(i + KEEP - removed);
        removed += end - i - KEEP;
        shifts.push(removed);
        from = end;
      }
      i = end - 1;
    }
  }
  if (cuts.length === 0) return { text, original: (offset) => offset };
  parts.push(text.slice(from));
  return {
    text: parts.join(""),
    original: (offset) => {
      let lo = 0;
      let hi = cuts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cuts[mid] as number) <= offset) lo = mid + 1;
        else hi = mid;
      }
      return offset + (lo > 0 ? (shifts[lo - 1] as number) : 0);
    },
  };
}

/** Object members in a parsed JSON value. */
function membersInValue(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push(x);
    } else if (v !== null && typeof v === "object")
      // for…in without the array Object.keys would allocate; own keys only (a polluted prototype adds none).
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        count++;
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === "object") stack.push(x);
      }
  }
  return count;
}

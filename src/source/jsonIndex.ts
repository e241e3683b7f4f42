/**
 * Where the values of a valid JSON text stand, in flat arrays of numbers: one pass over the text, no object per
 * value (a syntax tree of objects cost several times JSON.parse in time and garbage). Built only for a text that
 * JSON.parse accepted, and only when a position or the duplicate keys are asked for.
 */
export interface JsonIndex {
  /** Offset of value `v`'s first character, and just past its last. */
  readonly start: number[];
  readonly end: number[];
  /** 1 for an object, 2 for an array, 0 for any other value. */
  readonly kind: number[];
  /** First child (member value or element) of a container, the next sibling of a child; -1 for none. */
  readonly first: number[];
  readonly next: number[];
  /** For a member value: the offset of its key's opening quote and just past its closing one; else -1. */
  readonly keyStart: number[];
  readonly keyEnd: number[];
}

/** The offset just past the string whose opening quote is at `from` (the text is valid JSON). */
export function stringEnd(text: string, from: number): number {
  let i = from + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

// A character that ends a number, true, false or null: white space, comma, closing bracket.
const endsLiteral = (c: number) =>
  c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9;

/** Indexes every value of a text that JSON.parse accepted. Iterative: nesting depth costs no stack. */
export function indexJson(text: string): JsonIndex {
  const ix: JsonIndex = { start: [], end: [], kind: [], first: [], next: [], keyStart: [], keyEnd: [] };
  const open: number[] = []; // containers not yet closed
  const last: number[] = []; // their last child so far (-1: none)
  let expectKey = false;
  let keyStart = -1;
  let keyEnd = -1;
  const add = (start: number, end: number, kind: number): number => {
    const v = ix.start.length;
    ix.start.push(start);
    ix.end.push(end);
    ix.kind.push(kind);
    ix.first.push(-1);
    ix.next.push(-1);
    ix.keyStart.push(keyStart);
    ix.keyEnd.push(keyEnd);
    keyStart = -1;
    keyEnd = -1;
    const depth = open.length - 1;
    if (depth >= 0) {
      const prev = last[depth] as number;
      if (prev < 0) ix.first[open[depth] as number] = v;
      else ix.next[prev] = v;
      last[depth] = v;
    }
    return v;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      if (expectKey) {
        keyStart = i;
        keyEnd = end;
        expectKey = false;
      } else add(i, end, 0);
      i = end - 1;
    } else if (c === 123 || c === 91) {
      open.push(add(i, i + 1, c === 123 ? 1 : 2));
      last.push(-1);
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      ix.end[open.pop() as number] = i + 1;
      last.pop();
      expectKey = false;
    } else if (c === 44) {
      expectKey = ix.kind[open[open.length - 1] as number] === 1;
    } else if (c !== 58 && !endsLiteral(c)) {
      let end = i + 1;
      while (end < text.length && !endsLiteral(text.charCodeAt(end))) end++;
      add(i, end, 0);
      i = end - 1;
    }
  }
  return ix;
}

/** The key of member value `v`, decoded as JSON.parse decodes it. */
export function keyOf(text: string, ix: JsonIndex, v: number): string {
  const raw = text.slice((ix.keyStart[v] as number) + 1, (ix.keyEnd[v] as number) - 1);
  return raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/**
 * The value a JSON Pointer names; when it names nothing, its nearest existing ancestor. Of a key repeated in one
 * object, the last (the one JSON.parse keeps).
 */
export function findPointer(text: string, ix: JsonIndex, pointer: string): number {
  let v = 0;
  if (pointer === "" || ix.start.length === 0) return v;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    let found = -1;
    if (ix.kind[v] === 1) {
      for (let m = ix.first[v] as number; m >= 0; m = ix.next[m] as number)
        if (keyOf(text, ix, m) === key) found = m;
    } else if (ix.kind[v] === 2 && /^\d+$/.test(key)) {
      let n = Number(key);
      for (let e = ix.first[v] as number; e >= 0; e = ix.next[e] as number)
        if (n-- === 0) {
          found = e;
          break;
        }
    }
    if (found < 0) return v;
    v = found;
  }
  return v;
}

const escapeKey = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** JSON Pointers of keys that appear twice in one object, sorted. */
export function duplicateKeysOf(text: string, ix: JsonIndex): string[] {
  const out: string[] = [];
  const stack: Array<[number, string]> = ix.start.length > 0 ? [[0, ""]] : [];
  while (stack.length > 0) {
    const [v, pointer] = stack.pop() as [number, string];
    if (ix.kind[v] === 1) {
      const seen = new Set<string>();
      for (let m = ix.first[v] as number; m >= 0; m = ix.next[m] as number) {
        const key = keyOf(text, ix, m);
        if (seen.has(key)) out.push(`${pointer}/${escapeKey(key)}`);
        seen.add(key);
        if (ix.kind[m] !== 0) stack.push([m, `${pointer}/${escapeKey(key)}`]);
      }
    } else if (ix.kind[v] === 2) {
      let i = 0;
      for (let e = ix.first[v] as number; e >= 0; e = ix.next[e] as number, i++)
        if (ix.kind[e] !== 0) stack.push([e, `${pointer}/${i}`]);
    }
  }
  return out.sort();
}

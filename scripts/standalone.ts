/**
 * Writes the source of src/model/generated/reportFastPath.ts: ajv's standalone validator of zod's JSON Schema of the
 * model (draft-07, before the rewrites for validators that schemas/ holds), and a copier that builds, from a value that validator accepted, exactly what zod's `Report.parse`
 * returns (keys in the model's order, optional keys kept when present, shared or cyclic sections left to zod).
 * Run through `npm run gen:schemas`; test/schemas checks that the committed file is this function's output.
 */
import Ajv, { _ } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { zodReportJsonSchema } from "../src/model/jsonSchema";

type Node = Record<string, unknown>;
const ANNOTATIONS = new Set(["title", "description", "$comment"]);

/** The schema without annotations, which the validator does not need and would otherwise embed. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== "object") return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) {
    if (ANNOTATIONS.has(k)) continue;
    out[k] =
      k === "properties" || k === "definitions"
        ? Object.fromEntries(Object.entries(v as Node).map(([name, s]) => [name, strip(s)]))
        : strip(v);
  }
  return out;
}

/** ajv's standalone code for the schema, as the body of a function (no module exports, no require). */
function validatorBody(schema: Node): { body: string; entry: string } {
  const ajv = new Ajv({
    strict: true,
    logger: false,
    // zod counts string length in UTF-16 code units and reads patterns without the u flag; so must the validator.
    unicode: false,
    unicodeRegExp: false,
    messages: false,
    inlineRefs: false,
    code: { source: true, formats: _`formats`, optimize: true },
  } as ConstructorParameters<typeof Ajv>[0]);
  ajv.addFormat("date", () => true);
  ajv.addFormat("uri", () => true);
  const code = standaloneCode(ajv, ajv.compile(schema));
  const head = /^"use strict";module\.exports = (validate\d+);module\.exports\.default = validate\d+;/.exec(
    code,
  );
  if (!head?.[1]) throw new Error("unexpected standalone code header");
  const body = withoutErrorDetails(code.slice(head[0].length));
  if (/require\(/.test(body)) throw new Error("the standalone code needs a runtime helper: inline it");
  return { body: `const E = {};\n${body}`, entry: head[1] };
}

/** The end of the object literal that opens at `start` (a `{`), skipping string literals. */
function literalEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  throw new Error("unbalanced object literal in the standalone code");
}

/**
 * The code with every error object (`{instancePath, schemaPath, keyword, params}`) replaced by one shared empty
 * object `E`: the fast path reads only the verdict. The arrays that hold them stay fresh and as long (ajv counts
 * errors by their length, and truncates them), so the verdict is unchanged; the code is about a third smaller.
 */
function withoutErrorDetails(code: string): string {
  let out = "";
  let at = 0;
  for (const m of code.matchAll(/\.errors = \[(?=\{instancePath)|const err\d+ = (?=\{instancePath)/g)) {
    const open = (m.index ?? 0) + m[0].length;
    if (open < at) continue;
    out += `${code.slice(at, open)}E`;
    at = literalEnd(code, open);
  }
  return out + code.slice(at);
}

/** Generates the copy functions: one per definition, `copy_<Name>(x)`. */
function copierBody(schema: Node): string {
  const defs = schema.definitions as Record<string, Node>;
  const refName = (ref: string) => {
    const m = /^#\/definitions\/(\w+)$/.exec(ref);
    if (!m?.[1] || !defs[m[1]]) throw new Error(`unsupported $ref ${ref}`);
    return m[1];
  };
  // draft-07 wraps a $ref that has annotations beside it in a one-element allOf.
  const single = (n: Node): Node | undefined =>
    Array.isArray(n.allOf) && n.allOf.length === 1 && Object.keys(n).length === 1
      ? (n.allOf[0] as Node)
      : undefined;
  const resolve = (n: Node): Node => {
    const inner = single(n);
    if (inner) return resolve(inner);
    return typeof n.$ref === "string" ? resolve(defs[refName(n.$ref)] as Node) : n;
  };
  // Definitions that reach themselves: zod memoizes their objects (shared input objects come out shared), so the
  // copier leaves any input that shares or nests one too deeply to zod.
  const reaches = (n: unknown, target: string, seen: Set<string>): boolean => {
    if (Array.isArray(n)) return n.some((x) => reaches(x, target, seen));
    if (n === null || typeof n !== "object") return false;
    const ref = (n as Node).$ref;
    if (typeof ref === "string") {
      const name = refName(ref);
      if (name === target) return true;
      if (seen.has(name)) return false;
      seen.add(name);
      return reaches(defs[name], target, seen);
    }
    return Object.values(n).some((x) => reaches(x, target, seen));
  };
  const recursive = new Set(Object.keys(defs).filter((name) => reaches(defs[name], name, new Set())));
  const isLeaf = (n: Node): boolean => {
    const r = resolve(n);
    return r.type === "string" || r.type === "integer" || r.type === "number" || r.type === "boolean";
  };

  /** An expression copying the value `v` of schema node `n`. */
  const copy = (n: Node, v: string): string => {
    const inner = single(n);
    if (inner) return copy(inner, v);
    if (typeof n.$ref === "string") return `copy_${refName(n.$ref)}(${v})`;
    if (isLeaf(n) || ("const" in n && !n.type) || ("enum" in n && !n.type)) return v;
    if (n.type === "array") {
      const items = n.items as Node;
      const tracked = typeof items.$ref === "string" && recursive.has(refName(items.$ref));
      if (isLeaf(items)) return `copyLeaves(${v})`;
      return `copyArray(${v}, (e) => ${copy(items, "e")}, ${tracked})`;
    }
    if (n.type === "object" && n.properties) return `(${objectFunction(n)})(${v})`;
    if (n.type === "object" && n.additionalProperties && typeof n.additionalProperties === "object") {
      if (Object.keys(n.additionalProperties).length > 0) throw new Error("only records of unknown values");
      return `copyRecord(${v})`;
    }
    const branches = (n.oneOf ?? n.anyOf) as Node[] | undefined;
    if (branches) return `(${unionFunction(branches)})(${v})`;
    throw new Error(`no copier for ${JSON.stringify(n).slice(0, 200)}`);
  };

  /**
   * A function copying an object of this schema: declared keys in order, optional ones only when present (and
   * not undefined, which zod refuses).
   */
  const objectFunction = (n: Node, tracked = false): string => {
    if (n.additionalProperties !== false) throw new Error("objects must be strict");
    const props = n.properties as Record<string, Node>;
    const required = new Set((n.required as string[] | undefined) ?? []);
    const lines = Object.entries(props).map(([key, s]) => {
      const k = JSON.stringify(key);
      const set = `o[${k}] = ${copy(s, `x[${k}]`)};`;
      // zod's exactOptional refuses a key that is present with the value undefined: leave that to zod.
      return required.has(key) ? set : `if (${k} in x) { if (x[${k}] === undefined) throw BAIL; ${set} }`;
    });
    const enter = tracked ? "enter(x); " : "";
    const leave = tracked ? " depth--;" : "";
    return `function (x) { ${enter}const o = {}; ${lines.join(" ")}${leave} return o; }`;
  };

  /**
   * A union of strict objects: by a discriminating constant when every branch has one (zod's discriminated
   * union), else in the merged key order of branches whose keys are all leaves (zod takes the first branch that
   * passes; with leaves only, every branch orders the keys it shares the same way, which is checked here).
   */
  const unionFunction = (branches: Node[]): string => {
    const objects = branches.map(resolve);
    const keys = Object.keys((objects[0]?.properties as Node | undefined) ?? {});
    const discriminator = keys.find((k) =>
      objects.every(
        (o) => typeof (o.properties as Record<string, Node> | undefined)?.[k]?.const === "string",
      ),
    );
    if (discriminator) {
      const d = JSON.stringify(discriminator);
      const cases = branches.map((b, i) => {
        const props = (objects[i]?.properties ?? {}) as Record<string, Node>;
        const value = JSON.stringify(props[discriminator]?.const);
        return `case ${value}: return ${copy(b, "x")};`;
      });
      return `function (x) { switch (x[${d}]) { ${cases.join(" ")} default: throw BAIL; } }`;
    }
    const order: string[] = [];
    for (const o of objects) {
      const props = o.properties as Record<string, Node>;
      if (o.type !== "object" || o.additionalProperties !== false || !Object.values(props).every(isLeaf))
        throw new Error("unions must be discriminated, or of strict objects of leaves");
      for (const k of Object.keys(props)) if (!order.includes(k)) order.push(k);
      const own = Object.keys(props);
      if (own.join() !== order.filter((k) => own.includes(k)).join())
        throw new Error("union branches order their keys differently");
    }
    const lines = order.map(
      (key) => `if (${JSON.stringify(key)} in x) o[${JSON.stringify(key)}] = x[${JSON.stringify(key)}];`,
    );
    return `function (x) { const o = {}; ${lines.join(" ")} return o; }`;
  };

  return Object.entries(defs)
    .map(([name, n]) => {
      const tracked = recursive.has(name);
      if (n.type === "object" && n.properties) return `const copy_${name} = ${objectFunction(n, tracked)};`;
      if (tracked) throw new Error(`recursive definition ${name} must be an object`);
      const branches = (n.oneOf ?? n.anyOf) as Node[] | undefined;
      if (branches) return `const copy_${name} = ${unionFunction(branches)};`;
      return `const copy_${name} = (x) => ${copy(n, "x")};`;
    })
    .join("\n");
}

/** The source of the generated module. */
export function reportFastPathSource(): string {
  const schema = strip(zodReportJsonSchema("07")) as Node;
  const { body, entry } = validatorBody(schema);
  const root = /^#\/definitions\/(\w+)$/.exec(String(schema.$ref))?.[1];
  if (!root) throw new Error("the schema's root must be a $ref to a definition");
  return `// @ts-nocheck
// Generated by \`npm run gen:schemas\` (scripts/standalone.ts) from the zod model: do not edit.
// ajv's standalone validator of schemas/report.draft-07.schema.json (annotations left out), then a copier that
// builds what zod's Report.parse returns for a value the validator accepted. Nothing runs until the factory is
// called; the factory is called once, on the first parse.

/**
 * Builds the fast path: a function that returns the parsed report, or \`undefined\` to leave the input to zod.
 * @internal
 */
export function createReportFastPath(formats, maxDepth) {
${body}
const BAIL = new Error("left to zod");
const seen = new Set();
let depth = 0;
function enter(x) {
  if (seen.has(x) || ++depth > maxDepth) throw BAIL;
  seen.add(x);
}
function copyArray(a, f, tracked) {
  if (tracked) { if (seen.has(a)) throw BAIL; seen.add(a); }
  const n = a.length;
  const o = new Array(n);
  for (let i = 0; i < n; i++) o[i] = f(a[i]);
  return o;
}
function copyLeaves(a) {
  const n = a.length;
  const o = new Array(n);
  for (let i = 0; i < n; i++) o[i] = a[i];
  return o;
}
function copyRecord(x) {
  const p = Object.getPrototypeOf(x);
  if ((p !== Object.prototype && p !== null) || Object.getOwnPropertySymbols(x).length > 0) throw BAIL;
  const o = {};
  for (const k of Object.keys(x)) o[k] = x[k];
  return o;
}
${copierBody(schema)}
return function reportFastPath(input) {
  try {
    if (!${entry}(input)) return undefined;
    depth = 0;
    return copy_${root}(input);
  } catch {
    return undefined;
  } finally {
    seen.clear();
  }
};
}
`;
}

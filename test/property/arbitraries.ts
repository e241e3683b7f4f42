/** fast-check arbitraries shared by the property tests and the soak script (`npm run fuzz`). */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";

const root = new URL("../../", import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), "utf8"));

/** The documents mutations start from: the minimal fixture and the five examples. */
export const baseDocuments: readonly unknown[] = [
  readJson("test/fixtures/minimal-report.json"),
  ...readdirSync(new URL("examples/", root))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readJson(`examples/${f}`)),
];

/** Values near the edges of what the schema accepts. */
const edgeValue = fc.constantFrom<unknown>(
  "",
  " ",
  "1",
  "1.5",
  "-1",
  "01",
  "1e5",
  "NaN",
  "2023-02-29",
  "2024-02-29",
  "2023-13-01",
  "2023-12-31",
  "exact",
  "approx",
  "约",
  "万",
  "%",
  "件",
  "count",
  "rate",
  "sum",
  "county",
  "measures",
  "2021:1",
  "2015:9",
  "zh-Hans",
  "s1",
  "i1",
  0,
  1,
  -1,
  1.5,
  2023,
  1948,
  2101,
  1e21,
  Number.MAX_SAFE_INTEGER,
  null,
  true,
  false,
  [],
  {},
  [""],
  { text: "x" },
  { date: "2023-01-01" },
  "a".repeat(5000),
);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every JSON Pointer of a JSON value, the root (`""`) included. */
export function pointersOf(value: unknown, base = ""): string[] {
  const out = [base];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pointersOf(v, `${base}/${i}`));
  } else if (value !== null && typeof value === "object")
    for (const k of Object.keys(value))
      out.push(...pointersOf((value as Record<string, unknown>)[k], `${base}/${escapeKey(k)}`));
  return out;
}

const escapeKey = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapeKey = (k: string) => k.replace(/~1/g, "/").replace(/~0/g, "~");

/** Whether a string is a syntactically valid JSON Pointer (RFC 6901). */
export const isJsonPointer = (p: string): boolean => /^(\/([^~/]|~[01])*)*$/.test(p);

/** The value a JSON Pointer names, or `undefined`. */
export function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === "") return { found: true, value: doc };
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const key = unescapeKey(raw);
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return { found: false };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}

type Mutation =
  | { kind: "set"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "addKey"; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.oneof(edgeValue, fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("addKey" as const),
    at: fc.nat(),
    key: fc.constantFrom("extra", "__proto__", "constructor", "prototype", "extensions", "evidence"),
    value: fc.oneof(edgeValue, fc.jsonValue({ maxDepth: 1 })),
  }),
);

function apply(doc: Json, m: Mutation): Json {
  const pointers = pointersOf(doc);
  const pointer = pointers[m.at % pointers.length] ?? "";
  if (pointer === "") return m.kind === "set" ? (m.value as Json) : doc;
  const parts = pointer.slice(1).split("/").map(unescapeKey);
  const last = parts.pop() as string;
  const parent = resolvePointer(doc, parts.length ? `/${parts.map(escapeKey).join("/")}` : "").value;
  if (parent === null || typeof parent !== "object") return doc;
  const target = parent as Record<string, Json>;
  if (m.kind === "set") target[last] = m.value as Json;
  else if (m.kind === "delete") {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else {
    const obj = target[last];
    if (obj !== null && typeof obj === "object" && !Array.isArray(obj))
      Object.defineProperty(obj, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return doc;
}

/** A report document: one of the bases, with zero to three mutations (edge values, deletions, extra keys). */
export const mutatedReport: fc.Arbitrary<unknown> = fc
  .record({
    base: fc.nat({ max: baseDocuments.length - 1 }),
    mutations: fc.array(mutation, { maxLength: 3 }),
  })
  .map(({ base, mutations }) => {
    let doc = structuredClone(baseDocuments[base]) as Json;
    for (const m of mutations) doc = apply(doc, m);
    return doc;
  });

/** Any JavaScript value, including those JSON cannot hold (bigint, Map, NaN, sparse arrays, null prototypes). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const fragments = [
  "一、",
  "（一）",
  "(二)",
  "1.",
  "（1）",
  "①",
  "### ",
  "一是",
  "二是",
  "其中",
  "占",
  "同比增长",
  "个百分点",
  "%",
  "％",
  "件",
  "人次",
  "万",
  "亿元",
  "余",
  "以上",
  "约",
  "近",
  "达",
  "三十二",
  "两千",
  "〇",
  "１２",
  "2023年",
  "2023年2月7日",
  "二〇二三年二月七日",
  "法治政府建设",
  "存在的问题",
  "下一步工作打算",
  "调解成功",
  "成功率",
  "纠错率",
  "。",
  "，",
  "、",
  "\n",
  "\r\n",
  "\u3000",
  "\u0000",
  "<p>",
  "&nbsp;",
  "字体：大 中 小",
  "当前位置：首页>",
  "惠政文20238",
  "〔2023〕",
  "号",
];

/** Text that looks enough like a report to reach every branch of the extractor. */
export const reportishText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.integer({ min: 0, max: 999999 }).map(String)), {
      maxLength: 120,
    })
    .map((parts) => parts.join("")),
);

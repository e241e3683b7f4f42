/** The built-in objects whose methods a polyfilling library may replace. */
const BUILT_INS = (): object[] => [
  Array.prototype,
  JSON,
  Object,
  String.prototype,
  Promise,
  Map.prototype,
  Set.prototype,
  ArrayBuffer.prototype,
  Uint8Array,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Math,
];

/**
 * Runs `load` (an import), then puts back every built-in method it replaced; what it added stays. pdf.js's legacy
 * build (the one for Node) carries core-js, which on Node 20 (V8 11) swaps `Array.prototype.push`, `JSON.parse` and
 * `JSON.stringify` for versions written in JavaScript, many times slower, for the whole process: a PDF read first
 * would slow down everything read after it. The natives do all that pdf.js asks of them.
 */
export async function keepingNatives<T>(load: () => Promise<T>): Promise<T> {
  const saved = BUILT_INS().map((o) => ({
    o,
    own: new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)])),
  }));
  try {
    return await load();
  } finally {
    for (const { o, own } of saved)
      for (const [k, d] of own) {
        const now = Object.getOwnPropertyDescriptor(o, k);
        if (d && now && (now.value !== d.value || now.get !== d.get) && !Number.isNaN(d.value))
          Object.defineProperty(o, k, d);
      }
  }
}

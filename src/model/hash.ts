import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

/**
 * JSON with object keys sorted, so that equal documents hash equally. Cycles and non-JSON values are dropped
 * (a repeated object becomes `null`, as do functions and symbols; bigints become strings).
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) //=> '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const parts: string[] = [];
  const emit = (v: unknown): void => {
    if (v === null || v === undefined || typeof v === "function" || typeof v === "symbol") {
      parts.push("null");
      return;
    }
    if (typeof v === "bigint") {
      parts.push(JSON.stringify(v.toString()));
      return;
    }
    if (typeof v !== "object") {
      parts.push(JSON.stringify(v) ?? "null");
      return;
    }
    if (seen.has(v)) {
      parts.push("null");
      return;
    }
    seen.add(v);
    if (typeof (v as { toJSON?: unknown }).toJSON === "function") {
      emit(JSON.parse(JSON.stringify(v) ?? "null"));
      return;
    }
    if (Array.isArray(v)) {
      parts.push("[");
      for (let i = 0; i < v.length; i++) {
        if (i > 0) parts.push(",");
        emit(v[i]);
      }
      parts.push("]");
      return;
    }
    parts.push("{");
    let first = true;
    for (const key of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[key];
      if (x === undefined || typeof x === "function" || typeof x === "symbol") continue;
      if (!first) parts.push(",");
      first = false;
      parts.push(JSON.stringify(key), ":");
      emit(x);
    }
    parts.push("}");
  };
  emit(value);
  return parts.join("");
}

type NodeCrypto = {
  createHash(algorithm: string): { update(s: string, enc: "utf8"): { digest(enc: "hex"): string } };
};

/** Node's own SHA-256 when running on Node (found without an import, so the module stays browser-safe). */
function nodeCrypto(): NodeCrypto | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return p?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
}

/**
 * SHA-256 of a string's UTF-8 bytes, in hex: Node's native hash where available, @noble/hashes elsewhere.
 *
 * @example
 * sha256Hex("abc") //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(text: string): string {
  const native = nodeCrypto();
  if (native) return native.createHash("sha256").update(text, "utf8").digest("hex");
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

/** JSON with object keys sorted, so that equal documents hash equally. Cycles and non-JSON values are dropped. */
export function canonicalJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return typeof v === "bigint" ? v.toString() : v;
    if (seen.has(v)) return null;
    seen.add(v);
    if (Array.isArray(v)) return v.map(walk);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      Object.defineProperty(out, key, { value: walk((v as Record<string, unknown>)[key]), enumerable: true });
    }
    return out;
  };
  return JSON.stringify(walk(value)) ?? "null";
}

/**
 * SHA-256 of a string's UTF-8 bytes, in hex.
 *
 * @example
 * sha256Hex("abc") //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/**
 * Turns a path of keys and indices into a JSON Pointer (RFC 6901), escaping `~` as `~0` and `/` as `~1`.
 * The empty path is the whole document, `""`.
 *
 * @example
 * toJsonPointer(["sections", 0, "title"]) //=> "/sections/0/title"
 * toJsonPointer(["extensions", "a/b"]) //=> "/extensions/a~1b"
 * toJsonPointer([]) //=> ""
 */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    const token = typeof key === "symbol" ? (key.description ?? "") : String(key);
    out += `/${token.replaceAll("~", "~0").replaceAll("/", "~1")}`;
  }
  return out;
}

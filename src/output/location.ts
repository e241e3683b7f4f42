import type { FileResult, LocatedFinding } from "./fileResult";

/**
 * The file a result stands for and the line to point at when a finding has none of its own: an NDJSON record is
 * its file with the record's line, never `batch.ndjson:3` as a file name.
 * @internal
 */
export function artifactOf(file: FileResult): { readonly path: string; readonly line?: number } {
  return file.record ? { path: file.record.path, line: file.record.line } : { path: file.file };
}

/** The line and column a finding points at in its file (its record's line when it has none). @internal */
export function lineOf(
  file: FileResult,
  f: Pick<LocatedFinding, "line" | "column">,
): { readonly line?: number; readonly column?: number } {
  if (f.line) return { line: f.line, column: f.column ?? 1 };
  const at = artifactOf(file).line;
  return at ? { line: at } : {};
}

/**
 * The name an unreadable input goes by in CI formats: the `code` its file result carries (`notFound`,
 * `tooLarge` …), or `inputError` when it carries none.
 * @internal
 */
export const errorCheckName = (error: NonNullable<FileResult["error"]>): string => error.code ?? "inputError";

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]|^\\\\/;
// A lone surrogate cannot be percent-encoded: it stands as U+FFFD, like any decoder would show it.
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const segments = (path: string) => path.replace(LONE, "\ufffd").split("/").map(encodeURIComponent).join("/");

/**
 * A file name as a SARIF artifact location: a path relative to `srcRoot` (or relative as given) becomes a
 * percent-encoded URI reference against `%SRCROOT%`; any other absolute path becomes a `file://` URI. Windows
 * paths use forward slashes.
 * @internal
 */
export function artifactUri(path: string, srcRoot?: string): { uri: string; uriBaseId?: "%SRCROOT%" } {
  const windows = WINDOWS_ABSOLUTE.test(path) || (srcRoot !== undefined && WINDOWS_ABSOLUTE.test(srcRoot));
  const slash = (p: string) => (windows ? p.replaceAll("\\", "/") : p);
  const p = slash(path);
  const absolute = p.startsWith("/") || /^[A-Za-z]:\//.test(p);
  if (absolute) {
    const root = srcRoot === undefined ? undefined : slash(srcRoot).replace(/\/*$/, "/");
    if (root && p.startsWith(root)) return { uri: segments(p.slice(root.length)), uriBaseId: "%SRCROOT%" };
    return { uri: fileUri(p) };
  }
  return { uri: segments(p.replace(/^(\.\/)+/, "")), uriBaseId: "%SRCROOT%" };
}

/** An absolute path as a `file://` URI (a Windows drive keeps its colon; UNC hosts keep their name). @internal */
export function fileUri(path: string): string {
  const p = path.replaceAll("\\", "/");
  const unc = /^\/\/([^/]+)(\/.*)?$/.exec(p);
  if (unc) return `file://${encodeURIComponent(unc[1] ?? "")}${segments(unc[2] ?? "/")}`;
  const drive = /^([A-Za-z]:)(\/.*)$/.exec(p);
  if (drive) return `file:///${drive[1]}${segments(drive[2] ?? "/")}`;
  return `file://${segments(p)}`;
}

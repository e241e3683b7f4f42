import type { Severity } from "../rules";
import { type FileResult, locatedFindings } from "./fileResult";
import { artifactOf, errorCheckName, lineOf } from "./location";
import { visible } from "./visible";

const SEVERITY: Record<Severity, "major" | "minor" | "info"> = {
  error: "major",
  warning: "minor",
  info: "info",
};

/** cyrb53-style 53-bit hash of a string (pure, no crypto needed: a fingerprint is an identity, not a secret). */
function hash53(s: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(16, "0");
}

/**
 * A GitLab Code Quality fingerprint: stable across runs and line shifts (file, rule, JSON Pointer and which
 * occurrence of that triple), distinct for distinct findings.
 */
const fingerprint = (key: string) => `${hash53(key, 0)}${hash53(key, 0x9e3779b9)}`;

/**
 * Renders results as a GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues with
 * `description`, `check_name`, `fingerprint`, `severity` (error → major, warning → minor, info → info; an
 * unreadable input → critical) and `location.path` / `location.lines.begin`. A record of an NDJSON file points at
 * its file and line.
 *
 * @example
 * JSON.parse(renderGitlab([{ file: "a.json", result }]))[0].location.path //=> "a.json"
 */
export function renderGitlab(files: readonly FileResult[]): string {
  const seen = new Map<string, number>();
  const issue = (
    file: FileResult,
    check: string,
    pointer: string,
    description: string,
    severity: string,
    line: number | undefined,
  ) => {
    const path = artifactOf(file).path;
    const key = `${path}\u0000${file.record?.line ?? ""}\u0000${check}\u0000${pointer}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      description: visible(description),
      check_name: check,
      fingerprint: fingerprint(`${key}\u0000${n}`),
      severity,
      location: { path, lines: { begin: line ?? 1 } },
    };
  };
  const issues = files.flatMap((file) => {
    if (file.error)
      return [
        issue(
          file,
          errorCheckName(file.error),
          "",
          file.error.message,
          "critical",
          file.error.line ?? lineOf(file, {}).line,
        ),
      ];
    return locatedFindings(file).map((f) =>
      issue(
        file,
        f.ruleId,
        f.path,
        `${f.message} (${f.path || "/"})`,
        SEVERITY[f.severity],
        lineOf(file, f).line,
      ),
    );
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

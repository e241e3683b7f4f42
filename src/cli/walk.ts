import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Locale } from "../locales";
import { type InputName, isStdin, problemOf } from "./inputs";
import { cliText } from "./messages";
import { loadOptional } from "./optional";

/** tinyglobby, an optional package: loaded for a glob only (a folder walk reads folders itself). */
const tinyglobby = () => loadOptional("tinyglobby", "A glob", () => import("tinyglobby"));
/** Characters without which a name cannot be a glob (tinyglobby's isDynamicPattern decides for the others). */
const GLOB_CHARS = /[*?[\]{}()!+@]/;

/**
 * The kinds of input file a folder walk or a glob picks, by extension (lower case, no dot). Every command names
 * the kinds it reads; a new kind (a Word or PDF file …) is one more entry here.
 */
export const INPUT_EXTENSIONS = {
  json: ["json"],
  ndjson: ["ndjson", "jsonl"],
  text: ["txt", "html", "htm"],
  document: ["docx", "doc", "pdf"],
} as const satisfies Record<string, readonly string[]>;

/** A kind of input file (see `INPUT_EXTENSIONS`). */
export type InputKind = keyof typeof INPUT_EXTENSIONS;

/** What `validate` and `rates` read: report JSON and NDJSON. */
export const REPORT_KINDS: readonly InputKind[] = ["json", "ndjson"];
/** What `extract` and `check` read: a report's text or web page, or a Word or PDF file (fazhi-report/inputs). */
export const TEXT_KINDS: readonly InputKind[] = ["text", "document"];

/** Why a file was left out: it is not reported as a failure. */
export type SkipReason = "excluded" | "notAReport";

/** A file left out of the run, with the reason. */
export interface Skipped {
  readonly path: string;
  readonly reason: SkipReason;
}

/** How to select files. */
export interface WalkOptions {
  readonly recursive: boolean;
  /** gitignore-style patterns (`--exclude`, and `!pattern` arguments); matched against paths from `cwd`. */
  readonly exclude?: readonly string[];
  /** The kinds a folder or a glob picks (default: report JSON and NDJSON). */
  readonly kinds?: readonly InputKind[];
  /** Read `.gitignore` files (default true). */
  readonly gitignore?: boolean;
  readonly cwd?: string;
}

/** What was selected, and what was left out. */
export interface Walk {
  readonly names: InputName[];
  readonly skipped: Skipped[];
}

// A report has at least one of these keys near its start; package.json, tsconfig.json … have none of them.
const REPORT_KEY = /"(schemaVersion|reportYear|jurisdiction|indicators|issuers)"\s*:/;

/**
 * Whether a JSON or NDJSON file found in a folder looks like a report: its first 64 KiB name a report's key. A
 * file that cannot be read, is empty, binary or UTF-16 is kept: reading it says what is wrong with it.
 */
let headBuffer: Buffer | undefined; // one for the whole walk (a zeroed 64 KiB for each file cost GC time)
function looksLikeReport(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    headBuffer ??= Buffer.allocUnsafe(65536);
    const buffer = headBuffer;
    const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    if (head.length === 0 || head.includes(0) || (head[0] ?? 0) >= 0xfe) return true;
    return REPORT_KEY.test(head.toString("utf8"));
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The folders whose .gitignore applies to `dir`: up to the repository root (the folder with .git), or `dir`. */
function gitignoreChain(dir: string): string[] {
  const chain: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    chain.unshift(d);
    if (existsSync(join(d, ".git"))) return chain;
    if (dirname(d) === d) return [resolve(dir)];
  }
}

/** The rules of the .gitignore files met so far, each applying below its own folder. */
class Ignores {
  private readonly rules = new Map<string, Ignore | undefined>();
  constructor(private readonly enabled: boolean) {}
  private load(dir: string): Ignore | undefined {
    if (!this.rules.has(dir)) {
      let rules: Ignore | undefined;
      try {
        rules = ignore().add(readFileSync(join(dir, ".gitignore"), "utf8"));
      } catch {
        rules = undefined;
      }
      this.rules.set(dir, rules);
    }
    return this.rules.get(dir);
  }
  /** Whether `path` (a file, or a folder when `isDir`) is ignored by a .gitignore of `dirs`. */
  ignored(path: string, isDir: boolean, dirs: readonly string[]): boolean {
    if (!this.enabled) return false;
    const abs = resolve(path);
    return dirs.some((d) => {
      const rel = relative(d, abs);
      if (!rel || rel.startsWith("..") || isAbsolute(rel)) return false;
      const posix = rel.split(sep).join("/");
      return this.load(d)?.ignores(isDir ? `${posix}/` : posix) ?? false;
    });
  }
}

/** Whether a path leads to a folder (a broken link or a loop of links does not: reading it says so). */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

const NEVER_WALKED = new Set(["node_modules"]);
/** Folders and files a walk does not enter unless named: node_modules and dot-folders (.git, .cache …). */
const hidden = (name: string) => name.startsWith(".") || NEVER_WALKED.has(name);

/** Whether a pattern names node_modules or a dot-folder itself (then the glob may go there). */
const namesHidden = (pattern: string) =>
  pattern.split("/").some((part) => NEVER_WALKED.has(part) || /^\.[^./]/.test(part));

/**
 * Expands files, folders and globs into input names, in a stable order, the way other linters do: a folder gives
 * its files of the wanted kinds (with `recursive`, its subfolders' too), never entering node_modules or a
 * dot-folder unless it is named, nor what a .gitignore or an `exclude` pattern leaves out; a JSON file found in
 * a folder or by a glob that does not look like a report (package.json …) is skipped with that reason. A named file is always
 * read, unless an `exclude` pattern matches it. An argument that starts with `!` is an exclude pattern. A file
 * reached twice is listed once; a folder that cannot be listed is that folder's problem. Never throws.
 */
export async function walkInputs(args: readonly string[], options: WalkOptions): Promise<Walk> {
  const cwd = resolve(options.cwd ?? ".");
  const kinds = new Set(
    (options.kinds ?? REPORT_KINDS).flatMap((k) => INPUT_EXTENSIONS[k] as readonly string[]),
  );
  const negations = args.filter((a) => a.startsWith("!") && a.length > 1).map((a) => a.slice(1));
  const excluder = ignore().add([...(options.exclude ?? []), ...negations]);
  const ignores = new Ignores(options.gitignore ?? true);
  const excluded = (path: string, isDir: boolean) => {
    const rel = relative(cwd, resolve(path));
    if (!rel || rel.startsWith("..") || isAbsolute(rel)) return false;
    const posix = rel.split(sep).join("/");
    return excluder.ignores(isDir ? `${posix}/` : posix);
  };
  const names: InputName[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    let real: string | undefined;
    try {
      real = realpathSync(path);
    } catch {
      // A broken link or a loop: reading it names the problem.
    }
    if (real !== undefined) {
      if (seen.has(real)) return;
      seen.add(real);
    }
    names.push({ path });
  };
  // A JSON file a folder or a glob found is read only when it looks like a report; others are listed as skipped.
  const reportLike = (f: string) => {
    const json = REPORT_KINDS.some((k) =>
      (INPUT_EXTENSIONS[k] as readonly string[]).includes(extensionOf(f)),
    );
    if (!json || looksLikeReport(f)) return true;
    skipped.push({ path: f, reason: "notAReport" });
    return false;
  };
  const visited = new Set<string>();
  const walk = (dir: string, gitDirs: readonly string[], found: string[]) => {
    // A link back up (a loop) is entered once.
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (hidden(e.name)) continue;
      const path = join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) isDir = isFolder(path);
      if (ignores.ignored(path, isDir, gitDirs) || excluded(path, isDir)) continue;
      if (isDir) {
        if (options.recursive) walk(path, [...gitDirs, path], found);
      } else if (kinds.has(extensionOf(e.name))) found.push(path);
    }
  };
  for (const arg of args) {
    if (arg.startsWith("!") && arg.length > 1) continue;
    if (isStdin(arg)) {
      names.push({ path: arg });
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(arg, { throwIfNoEntry: false });
    } catch (error) {
      names.push({ path: arg, ...problemOf(error, arg) });
      continue;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      try {
        walk(arg, gitignoreChain(arg), found);
      } catch (error) {
        names.push({ path: arg, ...problemOf(error, arg) });
        continue;
      }
      const reports = found.filter(reportLike);
      if (reports.length === 0) names.push({ path: arg, problem: "isDir" });
      for (const f of reports) add(f);
    } else if (stat) {
      if (excluded(arg, false)) skipped.push({ path: arg, reason: "excluded" });
      else add(arg);
    } else if (GLOB_CHARS.test(arg) && (await tinyglobby()).isDynamicPattern(arg)) {
      const found = await (await tinyglobby()).glob(arg, {
        onlyFiles: true,
        dot: namesHidden(arg),
        ...(namesHidden(arg) ? {} : { ignore: ["**/node_modules/**"] }),
      });
      const kept = found.filter(
        (f) =>
          !excluded(f, false) &&
          !ignores.ignored(f, false, gitignoreChain(dirname(resolve(f)))) &&
          reportLike(f),
      );
      if (kept.length === 0) names.push({ path: arg, problem: "notFound" });
      for (const f of kept.sort()) add(f);
    } else {
      names.push({ path: arg, ...problemOf(Object.assign(new Error(), { code: "ENOENT" }), arg) });
    }
  }
  return { names, skipped };
}

/** `walkInputs` without the list of skipped files (for callers that read every kind they are given). */
export async function expandInputs(args: readonly string[], recursive: boolean): Promise<InputName[]> {
  return (await walkInputs(args, { recursive })).names;
}

/** The skipped files as lines for stderr: `path: skipped: reason`. */
export function skippedText(skipped: readonly Skipped[], locale: Locale): string {
  const t = cliText(locale);
  return skipped.map((s) => `${s.path}: ${t.skipped}: ${t.skipReason[s.reason]}\n`).join("");
}

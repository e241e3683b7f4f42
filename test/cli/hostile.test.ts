/**
 * The CLI against a hostile or careless user (issue 13): one bad input never costs the batch, what the user gave
 * is never written over, odd encodings are read or refused by name, and a closed pipe ends quietly.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, root, run } from "./run";

const good = join(root, "examples/2022-anding-town.json");
const goodText = readFileSync(good, "utf8");
const fresh = () => mkdtempSync(join(tmpdir(), "fazhi-hostile-"));
const deepJson = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const json = (r: { out: string }) =>
  JSON.parse(r.out) as { files: Array<{ file: string; valid: boolean; error?: { code?: string } }> };
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Maximum call stack/);

describe("each file stands alone", () => {
  test("a 100,000-deep array is that file's error (tooDeep, with its path); the good file is still checked", () => {
    const dir = fresh();
    const deep = join(dir, "deep.json");
    writeFileSync(deep, deepJson(100_000));
    for (const extra of [[], ["--jobs", "2"]]) {
      const r = run(["validate", good, deep, "--format", "json", ...extra]);
      expect(r.code).toBe(2);
      noStack(r.err);
      const files = json(r).files;
      expect(files.map((f) => [f.file, f.valid, f.error?.code])).toEqual([
        [good, true, undefined],
        [deep, false, "tooDeep"],
      ]);
    }
    const text = run(["validate", deep, "--locale", "en"]);
    expect(text.out).toMatch(/deep\.json:1:513 .*nested deeper than 512 levels/);
    const stdin = run(["validate", "-", "--format", "json"], deepJson(100_000));
    expect(json(stdin).files[0]?.error?.code).toBe("tooDeep");
  });

  test("a broken link, a loop of links and a FIFO-less folder entry are each reported; the rest is checked", () => {
    const dir = fresh();
    copyFileSync(good, join(dir, "a.json"));
    symlinkSync(join(dir, "missing.json"), join(dir, "b-broken.json"));
    symlinkSync(join(dir, "c-loop.json"), join(dir, "c-loop.json"));
    const r = run(["validate", dir, "--format", "json"]);
    expect(r.code).toBe(2);
    noStack(r.err);
    expect(json(r).files.map((f) => [f.file.replace(dir, ""), f.error?.code])).toEqual([
      ["/a.json", undefined],
      ["/b-broken.json", "brokenLink"],
      ["/c-loop.json", "linkLoop"],
    ]);
  });

  test.skipIf(process.getuid?.() === 0)("an unreadable file or folder is reported with its path", () => {
    const dir = fresh();
    const secret = join(dir, "secret.json");
    writeFileSync(secret, goodText);
    chmodSync(secret, 0);
    const closed = join(dir, "closed");
    mkdirSync(closed);
    chmodSync(closed, 0);
    const r = run(["validate", secret, closed, good, "--format", "json"]);
    expect(r.code).toBe(2);
    expect(json(r).files.map((f) => f.error?.code)).toEqual(["unreadable", "unreadable", undefined]);
  });

  test("extract and check on a folder with no text in it say so with the path, not a raw EISDIR", () => {
    const dir = fresh();
    const e = run(["extract", dir, "--locale", "en"]);
    expect([e.code, e.err]).toEqual([2, `${dir}: no .txt or .html report texts in this directory\n`]);
    const c = run(["check", dir, "examples/text/2022-anding-town.txt", "--locale", "en"]);
    expect(c.code).toBe(2);
    expect(c.out).toContain(`${dir}  unreadable  no .txt or .html report texts in this directory`);
    expect(c.out).toContain("2022-anding-town.txt");
    expect(c.err + c.out).not.toMatch(/EISDIR/);
  });

  test("FIFOs, /dev/stdin and process substitution are read, not 'empty file'", () => {
    const dir = fresh();
    const fifo = join(dir, "pipe.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const viaFifo = spawnSync(
      "bash",
      ["-c", `cat "$1" > "$2" & node "$3" validate "$2" --format json`, "_", good, fifo, cli],
      { encoding: "utf8" },
    );
    expect(JSON.parse(viaFifo.stdout).files[0].valid).toBe(true);
    const viaDevStdin = spawnSync(process.execPath, [cli, "validate", "/dev/stdin", "--format", "json"], {
      input: goodText,
      encoding: "utf8",
    });
    expect(JSON.parse(viaDevStdin.stdout).files[0].valid).toBe(true);
    const viaSubstitution = spawnSync(
      "bash",
      ["-c", `node "$1" validate <(cat "$2") --format json`, "_", cli, good],
      { encoding: "utf8" },
    );
    expect(JSON.parse(viaSubstitution.stdout).files[0].valid).toBe(true);
  });

  test("--recursive lists a file once, even through a link to its parent", () => {
    const dir = fresh();
    mkdirSync(join(dir, "sub"));
    copyFileSync(good, join(dir, "sub", "a.json"));
    symlinkSync(dir, join(dir, "sub", "up"));
    const r = run(["validate", dir, "--recursive", "--format", "json"]);
    expect(json(r).files.map((f) => f.file.replace(dir, ""))).toEqual(["/sub/a.json"]);
  });

  test("standard input has the --max-size limit too", () => {
    const r = run(["validate", "-", "--max-size", "100", "--locale", "en"], goodText);
    expect([r.code, r.out]).toEqual([2, expect.stringMatching(/larger than the 100-byte limit/)]);
  });

  test("a closed pipe (| head -1) ends quietly with the status the output would have had", () => {
    const dir = fresh();
    for (let i = 0; i < 60; i++) copyFileSync(good, join(dir, `r${String(i).padStart(2, "0")}.json`));
    const r = spawnSync(
      "bash",
      ["-c", `node "$1" validate "$2" --format json | head -1; exit "\${PIPESTATUS[0]}"`, "_", cli, dir],
      { encoding: "utf8" },
    );
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "{\n", ""]);
  });
});

describe("what the user gave is not written over", () => {
  test("--output naming an input (directly or through a link) is refused with exit 2, the input intact", () => {
    const dir = fresh();
    const report = join(dir, "x.json");
    copyFileSync(good, report);
    symlinkSync(report, join(dir, "link.json"));
    for (const out of [report, join(dir, "link.json"), join(dir, ".", "x.json")]) {
      const r = run(["validate", report, "--output", out, "--locale", "en"]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/is the input .*refusing to overwrite it/);
    }
    expect(run(["validate", dir, "--output", report]).code).toBe(2);
    expect(readFileSync(report, "utf8")).toBe(goodText);
    const text = join(dir, "r.txt");
    copyFileSync(join(root, "examples/text/2022-anding-town.txt"), text);
    const before = readFileSync(text, "utf8");
    expect(run(["extract", text, "--output", text]).code).toBe(2);
    expect(run(["check", text, "--output", text]).code).toBe(2);
    expect(readFileSync(text, "utf8")).toBe(before);
  });

  test("--output naming a folder is refused by its name; no temporary file is left anywhere", () => {
    const dir = fresh();
    const r = run(["validate", good, "--output", dir, "--locale", "en"]);
    expect([r.code, r.err]).toEqual([2, `fazhi: --output ${dir} is a directory\n`]);
    expect(readdirSync(dir)).toEqual([]);
    const missing = join(dir, "no", "such", "out.json");
    const w = run(["validate", good, "--output", missing, "--locale", "en"]);
    expect([w.code, w.err]).toEqual([2, `fazhi: cannot write --output ${missing} (ENOENT)\n`]);
  });

  test("the temporary file is not the predictable <out>.<pid>.tmp: a planted link there is not followed", () => {
    const dir = fresh();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me");
    // Plant links at every name the old scheme could use for the next few processes.
    const probe = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const pid = Number(probe.stdout);
    for (let p = pid; p < pid + 50; p++) symlinkSync(victim, join(dir, `out.json.${p}.tmp`));
    const r = run(["validate", good, "--format", "json", "--output", join(dir, "out.json")]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("keep me");
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).summary.files).toBe(1);
    expect(readdirSync(dir).filter((f) => !f.startsWith("out.json."))).toEqual(["out.json", "victim.txt"]);
  });
});

describe("encodings", () => {
  const gbk = (s: string) => {
    const r = spawnSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: s });
    return r.stdout;
  };

  test("a GBK text is extracted as GB18030, with a notice", () => {
    const dir = fresh();
    const file = join(dir, "gbk.txt");
    writeFileSync(file, gbk(readFileSync(join(root, "examples/text/2022-anding-town.txt"), "utf8")));
    const r = run(["extract", file, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${file}: encoding: not UTF-8; read as GB18030`);
    expect(JSON.parse(r.out).title).toMatch(/法治政府/);
  });

  test("a GBK JSON is refused by the name of its encoding, never validated as mojibake", () => {
    const dir = fresh();
    const file = join(dir, "gbk.json");
    writeFileSync(file, gbk(goodText));
    const r = run(["validate", file, good, "--format", "json", "--locale", "en"]);
    expect(r.code).toBe(2);
    const [bad, ok] = json(r).files;
    expect(bad?.error).toMatchObject({
      code: "encoding",
      message: expect.stringMatching(/looks like GB18030/),
    });
    expect(ok?.valid).toBe(true);
  });

  test("UTF-16 with a byte order mark is read; bytes in no known encoding are refused by name", () => {
    const dir = fresh();
    const le = join(dir, "le.json");
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goodText, "utf16le")]));
    expect(json(run(["validate", le, "--format", "json"])).files[0]?.valid).toBe(true);
    const junk = join(dir, "junk.json");
    writeFileSync(junk, Buffer.from([0x7b, 0x22, 0xff, 0xff, 0xff, 0x22, 0x7d]));
    const r = run(["validate", junk, "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/unknown encoding/);
  });
});

describe("configuration files", () => {
  test("a byte order mark is accepted; an unknown rule id is refused by name", () => {
    const dir = fresh();
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\uFEFF${JSON.stringify({ disabledRules: ["FZ-RATE-002"] })}`);
    expect(run(["validate", good, "--config", bom]).code).toBe(0);
    const typo = join(dir, "typo.json");
    writeFileSync(typo, JSON.stringify({ disabledRules: ["FZ-RAET-002"] }));
    const r = run(["validate", good, "--config", typo, "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${typo}: unknown rule "FZ-RAET-002"`);
    expect(existsSync(typo)).toBe(true);
  });
});

describe("fazhi rates", () => {
  test("names a folder with no report in it as such, not as a missing file", () => {
    const dir = fresh();
    expect(run(["rates", dir, "--locale", "en"])).toMatchObject({
      code: 2,
      out: `${dir}  no .json or .ndjson reports in this directory\n`,
    });
  });
});

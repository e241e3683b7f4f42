import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { run } from "../cli/run";

const dir = mkdtempSync(join(tmpdir(), "fazhi-table-cli-"));

describe("fazhi table, compare and summary (built CLI)", () => {
  test("are in the help", () => {
    const r = run(["--help"]);
    expect(r.out).toMatch(/fazhi table <inputs\.\.\.>/);
    expect(r.out).toMatch(/fazhi compare <previous> <current>/);
    expect(r.out).toMatch(/fazhi summary <inputs\.\.\.>/);
  });

  test("fazhi table examples --output x.duckdb writes the five examples", () => {
    const r = run(["table", "examples", "--output", join(dir, "x.duckdb"), "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote 5 reports to .*x\.duckdb: reports 5, sections 72, indicators 177/);
  });

  test("fazhi table reads a report's text on the way", () => {
    const r = run([
      "table",
      "examples/text/2023-gongchuan-town.txt",
      "--output",
      join(dir, "t"),
      "--format",
      "csv",
      "--locale",
      "en",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote 1 reports/);
  });

  test("fazhi table exits 2 on a format it cannot tell, naming the choices", () => {
    const r = run(["table", "examples", "--output", join(dir, "x.ods"), "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.xlsx, \.duckdb, or a directory with --format csv\|parquet/);
  });
});

describe("without @duckdb/node-api", () => {
  test("a .duckdb target stops with the command that installs it", async () => {
    vi.resetModules();
    vi.doMock("@duckdb/node-api", () => {
      throw new Error("Cannot find module '@duckdb/node-api'");
    });
    const { runTable } = await import("../../src/cli/tables/run");
    const r = await runTable({
      inputs: ["examples"],
      output: join(dir, "y.duckdb"),
      format: undefined,
      locale: "en",
      maxBytes: 5e7,
      recursive: false,
      findings: false,
      progress: false,
    });
    expect(r.exitCode).toBe(2);
    expect(r.output).toContain("npm install @duckdb/node-api");
    vi.doUnmock("@duckdb/node-api");
  });
});

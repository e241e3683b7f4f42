import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCompare } from "../../src/cli/tables/compare";
import { constructedCurrent, constructedPrevious } from "./constructed";

const PREVIOUS = "examples/constructed/2022-linhe-district-constructed.json";
const CURRENT = "examples/constructed/2023-linhe-district-claims-constructed.json";
const options = { locale: "en" as const, maxBytes: 50_000_000, json: false, failOn: "error" as const };

describe("fazhi compare", () => {
  test("the committed constructed pair is what test/compare/constructed.ts builds (npx tsx scripts/build-constructed-pair.ts)", () => {
    expect(JSON.parse(readFileSync(PREVIOUS, "utf8"))).toEqual(constructedPrevious());
    expect(JSON.parse(readFileSync(CURRENT, "utf8"))).toEqual(constructedCurrent());
  });

  test("prints the changes, the claims, the plans and the findings", async () => {
    const r = await runCompare([PREVIOUS, CURRENT], options);
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain("disputes mediated: 10000件 → 10952件  +952 (+9.52%)");
    expect(r.output).toContain("mediation success rate: 78% → 81%  +3 points");
    expect(r.output).toContain("✗ 同比增长20% [administrative litigation cases]: 23.33 / [19.5, 20.5)");
    expect(r.output).toContain("✗ 建设智慧停车执法平台");
    expect(r.output).toMatch(/FZ-PAIR-005 warning current:\/indicators\/38/);
  });

  test("fails on warnings when asked, and gives JSON", async () => {
    expect((await runCompare([PREVIOUS, CURRENT], { ...options, failOn: "warning" })).exitCode).toBe(1);
    const json = JSON.parse((await runCompare([PREVIOUS, CURRENT], { ...options, json: true })).output);
    expect(json.findings).toHaveLength(5);
  });

  test("exits 2 without two readable reports", async () => {
    expect((await runCompare([PREVIOUS], options)).exitCode).toBe(2);
    expect((await runCompare([PREVIOUS, "nowhere.json"], options)).exitCode).toBe(2);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseReport } from "../../src/model";
import { deriveRates } from "../../src/rates";
import { type Finding, validateReport } from "../../src/rules";

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));
const opts = { referenceDate: "2026-11-25" } as const;

/** The JSON Pointer of the relation with this id in the example. */
function relationPath(doc: unknown, id: string): string {
  const i = (doc as { relations: { id: string }[] }).relations.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`no relation ${id}`);
  return `/relations/${i}`;
}
const at = (findings: readonly Finding[], path: string) =>
  findings.filter((f) => f.path === path).map((f) => f.ruleId);

describe("临河区 2023 (examples/2023-linhe-district.json)", () => {
  const doc = load("2023-linhe-district");
  const result = validateReport(doc, opts);

  test.each([
    ["r-online-rate", "92.98"],
    ["r-mediation-rate", "81"],
    ["r-recon-correction-rate", "39"],
  ])("the stated rate of %s (%s%%) passes", (id, stated) => {
    expect(at(result.findings, relationPath(doc, id))).toEqual([]);
    const derived = deriveRates(parseReport(doc)).find((d) => d.relationId === id);
    expect(derived?.stated).toBe(stated);
    expect(derived?.check?.status).toBe("pass");
  });

  test("39% fails once 不予受理 is counted in the denominator", () => {
    const derived = deriveRates(parseReport(doc), {
      denominators: { reconsiderationCorrection: { excludeRejected: false } },
    }).find((d) => d.relationId === "r-recon-correction-rate");
    expect(derived?.check).toMatchObject({ status: "fail", computed: "31.82" });
  });

  test.each(["r-normative-docs", "r-recon-cases", "r-recon-outcomes"])("the sum %s holds", (id) => {
    expect(at(result.findings, relationPath(doc, id))).toEqual([]);
  });

  test("has no errors", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("is flagged for its lost heading ordinals and missing problems section", () => {
    const ids = result.findings.map((f) => f.ruleId);
    expect(ids).toContain("FZ-STRUCT-002");
    expect(ids).toContain("FZ-COMP-002");
  });
});

describe("惠安县 2022 (examples/2022-huian-county.json)", () => {
  const doc = load("2022-huian-county");
  const result = validateReport(doc, opts);

  test.each([
    ["r-general-exam-rate", "55.6"],
    ["r-town-exam-rate", "87.6"],
    ["r-recon-correction-rate", "28.8"],
    ["r-mediation-rate", "100"],
  ])("the stated rate of %s (%s%%) passes", (id, stated) => {
    expect(at(result.findings, relationPath(doc, id))).toEqual([]);
    const derived = deriveRates(parseReport(doc)).find((d) => d.relationId === id);
    expect([derived?.stated, derived?.check?.status]).toEqual([stated, "pass"]);
  });

  test.each(["r-files-reviewed", "r-culture-sites"])("the sum %s holds", (id) => {
    expect(at(result.findings, relationPath(doc, id))).toEqual([]);
  });

  test("75.5% for 683/904 passes only under truncation (FZ-RATE-002 info, no FZ-RATE-001)", () => {
    expect(at(result.findings, relationPath(doc, "r-instant-share"))).toEqual(["FZ-RATE-002"]);
    const f = result.findings.find((x) => x.ruleId === "FZ-RATE-002");
    expect(f).toMatchObject({
      severity: "info",
      params: { stated: "75.5", computed: "75.553", modes: ["truncate"] },
    });
    expect(result.findings.some((x) => x.ruleId === "FZ-RATE-001")).toBe(false);
  });

  test("with truncation configured, 75.5% passes outright and the half-up rates get the info finding", () => {
    const truncated = validateReport(doc, { ...opts, roundingMode: "truncate" });
    expect(at(truncated.findings, relationPath(doc, "r-instant-share"))).toEqual([]);
    expect(at(truncated.findings, relationPath(doc, "r-general-exam-rate"))).toEqual(["FZ-RATE-002"]);
  });

  test("has no errors, and is flagged for giving no causes of its shortcomings", () => {
    expect(result.valid).toBe(true);
    expect(result.findings.find((x) => x.ruleId === "FZ-COMP-002")?.params).toEqual({ missing: "causes" });
  });
});

describe("贡川镇 2023 (examples/2023-gongchuan-town.json)", () => {
  const result = validateReport(load("2023-gongchuan-town"), opts);

  test("is flagged as dated before its report year ended (2023-12-26)", () => {
    expect(result.findings.find((f) => f.ruleId === "FZ-DATE-001")).toMatchObject({
      severity: "warning",
      path: "/dates/document",
      params: { date: "2023-12-26", reportYear: 2023 },
    });
  });

  test("is flagged for mixing full- and half-width brackets", () => {
    expect(result.findings.filter((f) => f.ruleId === "FZ-STRUCT-003").length).toBeGreaterThan(0);
  });

  test("its 其中 subsets (52 ⊇ 20 inspections, 16 ⊇ 6 penalties) hold, and it has no errors", () => {
    expect(result.findings.some((f) => f.ruleId === "FZ-ARITH-002")).toBe(false);
    expect(result.valid).toBe(true);
  });
});

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runSummary } from "../../src/cli/tables/summary";
import { rational } from "../../src/numbers";
import { summarizeConcepts } from "../../src/tables";
import { quantile } from "../../src/tables/summary";
import { examples } from "./examples";

const list = summarizeConcepts(examples());
const of = (code: string) => list.find((s) => s.concept === code);

describe("quantile", () => {
  test.each([
    // sorted values, p, result by hand: position (n − 1)·p, linear between neighbours
    [[81, 95, 98, 100], [1, 4], "183/2"], // 81 + (95 − 81)·0.75 = 91.5
    [[81, 95, 98, 100], [1, 2], "193/2"], // 96.5
    [[81, 95, 98, 100], [3, 4], "197/2"], // 98 + (100 − 98)·0.25 = 98.5
    [[7], [1, 2], "7"],
    [[1, 2], [1, 3], "4/3"],
  ])("of %o at %o is %s", (values, [n, d], expected) => {
    const q = quantile(
      values.map((v) => rational(v)),
      rational(n ?? 0, d ?? 1),
    );
    expect(q.d === 1n ? String(q.n) : `${q.n}/${q.d}`).toBe(expected);
  });
});

describe("summarizeConcepts", () => {
  test("summarizes 调解成功率 over the four examples that state it (临河 81, 安定 95以上, 贡川 98以上, 惠安 100)", () => {
    expect(of("mediationSuccessRate")).toMatchObject({
      n: 4,
      qualified: 2,
      min: { value: "81", jurisdiction: "临河区", year: 2023 },
      q1: "91.5",
      median: "96.5",
      q3: "98.5",
      max: { value: "100", jurisdiction: "惠安县", year: 2022 },
      byYear: [
        { year: 2022, n: 2, median: "97.5" },
        { year: 2023, n: 2, median: "89.5" },
      ],
    });
  });

  test("applies 万 before comparing (贡川 约8000余份, 临河 7万余份)", () => {
    expect(of("legalPublicityMaterials")).toMatchObject({
      n: 2,
      min: { value: "8000", jurisdiction: "永安市贡川镇" },
      median: "39000",
      max: { value: "70000", jurisdiction: "临河区" },
    });
  });

  test("counts each report's own-year figure only", () => {
    expect(of("mediationCases")?.values.map((v) => v.value)).toEqual(["145", "320", "3312", "10952"]);
  });
});

describe("fazhi summary", () => {
  test("prints a line per concept and writes an offline HTML page", async () => {
    const html = join(mkdtempSync(join(tmpdir(), "fazhi-summary-")), "s.html");
    const r = await runSummary(["examples"], {
      locale: "en",
      maxBytes: 5e7,
      recursive: false,
      json: false,
      html,
    });
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain("mediation success rate (mediationSuccessRate)");
    const page = readFileSync(html, "utf8");
    expect(page).toContain("<svg");
    expect(page).not.toMatch(/<script|https?:\/\//);
  });
});

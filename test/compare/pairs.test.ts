import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCompare } from "../../src/cli/tables/compare";
import { compareReports } from "../../src/compare";
import { parseReport, type Report, safeParseReport } from "../../src/model";
import { validateReport } from "../../src/rules";

// Real published reports of one office in consecutive years: 通州区 (北京) 行政复议 reports 2020, 2021, 2022, 2023,
// kept in examples/pairs/ (not examples/, whose five seed reports other tests count). Every expected value below
// is worked out by hand from the texts, with exact fractions.
const dir = new URL("../../examples/pairs/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const read = (name: string): Report =>
  parseReport(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")));
const [y2020, y2021, y2022, y2023] = [
  "2020-tongzhou-reconsideration",
  "2021-tongzhou-reconsideration",
  "2022-tongzhou-reconsideration",
  "2023-tongzhou-reconsideration",
].map(read) as [Report, Report, Report, Report];

describe("examples/pairs", () => {
  test("holds the four 通州区 reports", () => {
    expect(files.sort()).toEqual([
      "2020-tongzhou-reconsideration.json",
      "2021-tongzhou-reconsideration.json",
      "2022-tongzhou-reconsideration.json",
      "2023-tongzhou-reconsideration.json",
    ]);
  });

  describe.each(files)("%s", (file) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    const parsed = safeParseReport(doc, { locale: "en" });

    test("is a valid report with its source URL", () => {
      expect(parsed.issues).toBeUndefined();
      expect(parsed.value?.source?.url).toMatch(/^https?:\/\/(zhengfu|www)\.bjtzh\.gov\.cn\/bjtz\/xxfb\//);
    });

    test("points every indicator quote at its exact characters in the stored text", () => {
      const report = parsed.value as Report;
      const text = readFileSync(new URL(report.source?.file ?? "", dir), "utf8");
      expect(report.source?.textSha256).toBe(createHash("sha256").update(text).digest("hex"));
      for (const [i, ind] of report.indicators.entries())
        for (const e of ind.evidence ?? []) {
          expect(e.start, `/indicators/${i}`).toBeTypeOf("number");
          expect(text.slice(e.start, e.end), `/indicators/${i}`).toBe(e.quote);
        }
    });
  });

  test("the reports' own figures: 2021 states 40% for 107/262 = 40.84% (holds only truncated), 2023 states 5.4% for 58/1113 = 5.21%", () => {
    const rate = (r: Report) =>
      validateReport(r, { locale: "en" })
        .findings.filter((f) => f.ruleId.startsWith("FZ-RATE"))
        .map((f) => [f.ruleId, f.path]);
    // 146/172 = 84.88% (85), 32/146 = 21.92% (约22), 33/146 = 22.60% (约23)
    expect(rate(y2020)).toEqual([]);
    expect(rate(y2021)).toEqual([["FZ-RATE-002", "/relations/3"]]);
    expect(rate(y2022)).toEqual([]); // 151/476 = 31.72% → 32%
    // every other rate of 2023 holds: 236/977 = 24.16% (24.2, 约24), 170/977 = 17.40%, 406/977 = 41.56% (42),
    // 555/558 = 99.46% (99.5), and the 14 shares of 1113 (339 → 30.46%, 349 → 31.36%, …, 8 → 0.72%)
    expect(rate(y2023)).toEqual([["FZ-RATE-001", "/relations/17"]]);
  });
});

describe("compareReports on 通州区 2020 → 2021", () => {
  const pair = compareReports(y2020, y2021, { locale: "en" });
  const concept = (code: string) => pair.concepts.find((c) => c.concept === code);

  test.each([
    // concept, 2020, 2021, difference, % change: 109/172 = 63.372…, 116/146 = 79.452…, 23/33 = 69.696…
    ["reconsiderationReceived", "172", "281", "109", "63.37"],
    ["reconsiderationConcluded", "146", "262", "116", "79.45"],
    ["reconsiderationCorrected", "33", "56", "23", "69.70"],
  ])("gives %s %s → %s: +%s (+%s%%)", (code, before, after, difference, percent) => {
    expect(concept(code)).toMatchObject({
      previous: { value: before },
      current: { value: after },
      change: { difference, percent, direction: "increase" },
    });
  });

  test("confirms 2021's claims about 2020: 2020年172件, 增加109件 (281 − 172) and 增长了63% (109/172 = 63.37%)", () => {
    expect(pair.claims.map((c) => [c.quote, c.kind, c.computed, c.interval, c.verdict])).toEqual([
      ["2020年172件", "lastYearFigure", "172", undefined, "pass"],
      ["增加109件", "difference", "109", "[108.5, 109.5)", "pass"],
      ["增长了63%", "yoy", "63.37", "[62.5, 63.5)", "pass"],
    ]);
  });

  test("does not take a part's last-year figure (以市场监管局为被申请人的复议案件 2020年20件) for the concept's", () => {
    expect(pair.findings).toEqual([]);
  });
});

describe("compareReports on 通州区 2021 → 2022", () => {
  const pair = compareReports(y2021, y2022, { locale: "en" });
  const concept = (code: string) => pair.concepts.find((c) => c.concept === code);

  test.each([
    // concept, 2021, 2022, difference, % change: 277/281 = 98.577…, 214/262 = 81.679…, 5/56 = 8.928…
    ["reconsiderationReceived", "281", "558", "277", "98.58", "increase"],
    ["reconsiderationConcluded", "262", "476", "214", "81.68", "increase"],
    ["reconsiderationCorrected", "56", "51", "5", "8.93", "decrease"],
  ])("gives %s %s → %s: %s (%s%%, %s)", (code, before, after, difference, percent, direction) => {
    expect(concept(code)).toMatchObject({
      previous: { value: before },
      current: { value: after },
      change: { difference, percent, direction },
      approximate: false,
    });
  });

  test("compares only the concepts both years state", () => {
    expect(pair.concepts.map((c) => c.concept)).toEqual([
      "reconsiderationReceived",
      "reconsiderationConcluded",
      "reconsiderationCorrected",
    ]);
  });

  test("confirms 2022's claims about 2021: 上一年281件 is 2021's figure, 增加277件 is 558 − 281", () => {
    expect(pair.claims.map((c) => [c.quote, c.kind, c.concept, c.computed, c.verdict])).toEqual([
      ["上一年281件", "lastYearFigure", "reconsiderationReceived", "281", "pass"],
      ["增加277件", "difference", "reconsiderationReceived", "277", "pass"],
    ]);
    expect(pair.findings).toEqual([]);
  });
});

describe("compareReports on 通州区 2022 → 2023", () => {
  const pair = compareReports(y2022, y2023, { locale: "en" });
  const concept = (code: string) => pair.concepts.find((c) => c.concept === code);
  const claim = (quote: string) => pair.claims.find((c) => c.quote === quote);

  test.each([
    // 555/558 = 99.462…, 501/476 = 105.252…, 185/51 = 362.745…
    ["reconsiderationReceived", "558", "1113", "555", "99.46"],
    ["reconsiderationConcluded", "476", "977", "501", "105.25"],
    ["reconsiderationCorrected", "51", "236", "185", "362.75"],
  ])("gives %s %s → %s: +%s (+%s%%)", (code, before, after, difference, percent) => {
    expect(concept(code)).toMatchObject({
      previous: { value: before },
      current: { value: after },
      change: { difference, percent, direction: "increase" },
    });
  });

  test("has no change for the correction rate, which only 2023 states", () => {
    expect(concept("reconsiderationCorrectionRate")).toMatchObject({ current: { value: "24.2" } });
    expect(concept("reconsiderationCorrectionRate")?.previous).toBeUndefined();
    expect(concept("reconsiderationCorrectionRate")?.change).toBeUndefined();
  });

  test.each([
    // quote, kind, computed, interval, verdict
    ["2022年558件", "lastYearFigure", "558", undefined, "pass"],
    ["增加了555件", "difference", "555", "[554.5, 555.5)", "pass"], // 1113 − 558
    ["同比增长99.5%", "yoy", "99.462", "[99.45, 99.55)", "pass"], // 555/558 = 99.4623…%
    ["去年60件", "lastYearFigure", "51", undefined, "fail"], // 2022's report: 直接纠错51件
  ])("checks %s (%s): %s against %s, %s", (quote, kind, computed, interval, verdict) => {
    expect(claim(quote)).toMatchObject({ kind, computed, verdict, ...(interval ? { interval } : {}) });
  });

  test("flags the one claim last year's report contradicts: 60 corrections stated for 2022, 51 in 2022's report", () => {
    expect(pair.findings.map((f) => [f.ruleId, f.severity, f.report, f.path])).toEqual([
      ["FZ-PAIR-003", "warning", "current", "/indicators/45"],
    ]);
    expect(pair.findings[0]?.message).toBe(
      `"去年60件": last year's figure stated as 60, but last year's report gives 51件`,
    );
  });
});

describe("fazhi compare on the real pair", () => {
  const options = { locale: "en" as const, maxBytes: 50_000_000, json: false, failOn: "error" as const };
  const PREVIOUS = "examples/pairs/2022-tongzhou-reconsideration.json";
  const CURRENT = "examples/pairs/2023-tongzhou-reconsideration.json";

  test("prints the changes and the contradicted claim, exit 0 (a warning) or 1 with --fail-on warning", async () => {
    const r = await runCompare([PREVIOUS, CURRENT], options);
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain("reconsideration cases received: 558件 → 1113件  +555 (+99.46%)");
    expect(r.output).toContain("✗ 去年60件 [reconsideration decisions correcting the agency]: 51");
    expect((await runCompare([PREVIOUS, CURRENT], { ...options, failOn: "warning" })).exitCode).toBe(1);
  });
});

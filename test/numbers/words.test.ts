import { describe, expect, test, vi } from "vitest";
import {
  applyMagnitude,
  MAGNITUDES,
  magnitudeFactor,
  normalizeDigits,
  parseChineseNumeral,
  QUALIFIERS,
  qualifierFromMarkers,
  qualifierPrefixes,
  qualifierSuffixes,
  rational,
} from "../../src/numbers";

describe("parseChineseNumeral", () => {
  test.each([
    ["零", 0n],
    ["五", 5n],
    ["十", 10n],
    ["十一", 11n],
    ["二十", 20n],
    ["一百一十", 110n],
    ["一百零五", 105n],
    ["三千零五十", 3050n],
    ["两百", 200n],
    ["十万", 100_000n],
    ["一万二千", 12_000n],
    ["二十万零三百", 200_300n],
    ["一亿", 100_000_000n],
    ["一亿零五万", 100_050_000n],
    ["两亿三千万", 230_000_000n],
    ["一万亿", 1_000_000_000_000n],
    ["四万万", 400_000_000n],
    ["一千万亿", 1_000_000_000_000_000n],
    ["一亿亿", 10_000_000_000_000_000n],
    ["三万亿", 3_000_000_000_000n],
    ["壹万贰仟", 12_000n],
    ["伍萬", 50_000n],
    ["陆億", 600_000_000n],
    ["叁佰肆拾柒", 347n],
    ["玖仟捌佰", 9800n],
    ["一二三", 123n],
    ["二〇二三", 2023n],
    ["〇五", 5n],
    ["一".repeat(40), BigInt("1".repeat(40))],
  ] as const)("reads %s as %s", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });
  test.each(["", "万", "亿", "万亿", "三x", "x", "一".repeat(41), "12"])("rejects %j", (s) => {
    expect(parseChineseNumeral(s)).toBeUndefined();
  });
});

describe("normalizeDigits", () => {
  test("turns each full-width digit and the full-width point into ASCII", () => {
    expect(normalizeDigits("０１２３４５６７８９．")).toBe("0123456789.");
  });
  test("leaves other full-width punctuation, letters and ASCII as they are, one character for one", () => {
    const s = "（共１２．５％，／：Ａ）1.5";
    expect(normalizeDigits(s)).toBe("（共12.5％，／：Ａ）1.5");
    expect(normalizeDigits(s).length).toBe(s.length);
  });
  test("is empty for an empty string", () => {
    expect(normalizeDigits("")).toBe("");
  });
});

describe("magnitudes", () => {
  test.each([
    ["百", 100n],
    ["千", 1000n],
    ["万", 10_000n],
    ["亿", 100_000_000n],
    ["万亿", 1_000_000_000_000n],
  ] as const)("%s is %s", (m, factor) => {
    expect(magnitudeFactor(m)).toBe(factor);
  });
  test("lists the five magnitude words", () => {
    expect(MAGNITUDES).toEqual(["百", "千", "万", "亿", "万亿"]);
  });
  test.each([
    ["15.2", "万", rational(152_000)],
    ["4.4", "亿", rational(440_000_000)],
    ["1.5", "万", rational(15_000)],
    ["0.0001", "万", rational(1)],
    ["1.5", undefined, rational(3, 2)],
    ["x", "万", undefined],
  ] as const)("applyMagnitude(%j, %s) is %o", (v, m, expected) => {
    expect(applyMagnitude(v, m)).toEqual(expected);
  });
});

describe("qualifiers", () => {
  test.each([
    ["大约", "", "approx"],
    ["约", "", "approx"],
    ["共约", "", "approx"],
    ["将近", "", "nearly"],
    ["接近", "", "nearly"],
    ["近", "", "nearly"],
    ["超过", "", "atLeast"],
    ["不超过", "", "atMost"],
    ["逾", "", "atLeast"],
    ["不少于", "", "atLeast"],
    ["至少", "", "atLeast"],
    ["达到", "", "exact"],
    ["达", "", "exact"],
    ["共计", "", "exact"],
    ["共", "", "exact"],
    ["", "余", "atLeast"],
    ["", "余件", "atLeast"],
    ["", "多", "atLeast"],
    ["", "以上", "atLeast"],
    ["", "左右", "approx"],
    ["", "上下", "approx"],
    ["", "以下", "atMost"],
    ["", "以内", "atMost"],
    ["", "内", "atMost"],
    ["约", "余", "approxAtLeast"],
    ["大约", "多", "approxAtLeast"],
    ["约", "以下", "atMost"],
    ["近", "余", "atLeast"],
    ["达", "以上", "atLeast"],
    ["超过", "左右", "approx"],
    ["", "", "exact"],
    ["其中", "件", "exact"],
  ] as const)("reads %j…%j as %s", (pre, post, q) => {
    expect(qualifierFromMarkers(pre, post)).toBe(q);
  });

  test.each([
    ["prefixes", qualifierPrefixes, (a: string, b: string) => a.endsWith(b)],
    ["suffixes", qualifierSuffixes, (a: string, b: string) => a.startsWith(b)],
  ] as const)(
    "no marker among the %s comes after a shorter one it contains at that end",
    (_name, markers, within) => {
      const list = markers();
      list.forEach(([m], i) => {
        for (const [earlier] of list.slice(0, i))
          expect(within(m, earlier), `${m} after ${earlier}`).toBe(false);
      });
    },
  );

  test("lists the markers that state an exact figure (达, 共 …) among the prefixes", () => {
    const exact = qualifierPrefixes().filter(([, q]) => q === "exact");
    expect(exact.map(([m]) => m).sort()).toEqual(["计", "达", "达到", "共", "共计"].sort());
  });

  test("tries a marker before any shorter one it ends with (prefixes) or starts with (suffixes)", () => {
    const before = qualifierPrefixes().map(([m]) => m);
    const after = qualifierSuffixes().map(([m]) => m);
    expect(before.indexOf("不超过")).toBeLessThan(before.indexOf("超过"));
    expect(before.indexOf("将近")).toBeLessThan(before.indexOf("近"));
    expect(before.indexOf("大约")).toBeLessThan(before.indexOf("约"));
    expect(after.indexOf("以内")).toBeLessThan(after.indexOf("内"));
    expect(qualifierFromMarkers("不超过", "")).toBe("atMost");
    expect(qualifierFromMarkers("统计", "")).toBe("exact");
  });

  // The marker lists are built once, on first use, and kept: a test that only reads them sees the order built
  // by whichever call came first. A fresh copy of the module builds them inside the test.
  test("orders the markers when it builds them: longest first, so 不超过 before 超过 and 将近 before 近", async () => {
    vi.resetModules();
    const fresh = await import("../../src/numbers/qualifier");
    const before = fresh.qualifierPrefixes().map(([m]) => m);
    const after = fresh.qualifierSuffixes().map(([m]) => m);
    expect(before.indexOf("不超过")).toBeLessThan(before.indexOf("超过"));
    expect(before.indexOf("将近")).toBeLessThan(before.indexOf("近"));
    expect(before.indexOf("大约")).toBeLessThan(before.indexOf("约"));
    expect(before.indexOf("达到")).toBeLessThan(before.indexOf("达"));
    expect(before.indexOf("共计")).toBeLessThan(before.indexOf("共"));
    expect(after.indexOf("以内")).toBeLessThan(after.indexOf("内"));
    // Longest first, and every marker of the code list kept (15 before a number, 8 after it).
    for (const list of [before, after])
      list.forEach((m, i) => {
        if (i > 0) expect((list[i - 1] as string).length).toBeGreaterThanOrEqual(m.length);
      });
    expect([before.length, after.length]).toEqual([15, 8]);
    expect(fresh.qualifierFromMarkers("不超过", "")).toBe("atMost");
    expect(fresh.qualifierFromMarkers("将近", "")).toBe("nearly");
    expect(fresh.qualifierFromMarkers("", "以内")).toBe("atMost");
  });

  test("every marker maps to a known qualifier", () => {
    for (const [, q] of [...qualifierPrefixes(), ...qualifierSuffixes()]) expect(QUALIFIERS).toContain(q);
    expect(QUALIFIERS).toEqual(["exact", "approx", "atLeast", "atMost", "nearly", "approxAtLeast"]);
  });
});

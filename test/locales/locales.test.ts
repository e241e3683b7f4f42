import { describe, expect, test } from "vitest";
import { isLocale, LOCALES } from "../../src/locales";
import * as en from "../../src/locales/en";
import * as zhCN from "../../src/locales/zh-CN";

// A missing or extra sentence in en fails to compile here as well as in its own file.
const EN: typeof zhCN = en;

/** The paths of an object's leaves, their keys joined by " › ": "cli › notFound", "ruleWords › basis.qizhong" … */
const SEP = " › ";
function leaves(value: unknown, at = ""): string[] {
  if (value === null || typeof value !== "object") return [at];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}${SEP}${k}` : k));
}
const get = (root: unknown, path: string): unknown =>
  path.split(SEP).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], root);

describe("locales", () => {
  test("every language holds the same sentences, of the same kind", () => {
    expect(leaves(EN).sort()).toEqual(leaves(zhCN).sort());
    for (const path of leaves(zhCN)) expect(typeof get(EN, path), path).toBe(typeof get(zhCN, path));
  });

  test("no sentence is empty, and the two languages differ where they are words", () => {
    const words = leaves(zhCN).filter((p) => typeof get(zhCN, p) === "string");
    for (const path of words) expect((get(zhCN, path) as string).length, path).toBeGreaterThan(0);
    expect(get(zhCN, `cli${SEP}notFound`)).toBe("文件不存在");
    expect(get(EN, `cli${SEP}notFound`)).toBe("file not found");
  });

  test("fills parameters into the sentences", () => {
    expect(zhCN.rates.subset({ part: "5", whole: "4" })).toBe("其中 5 不应超过 4");
    expect(en.rates.subset({ part: "5", whole: "4" })).toBe("the part 5 must not exceed the whole 4");
    expect(
      zhCN.rates.rate({
        formula: "1 ÷ 8 × 100",
        value: "12.5",
        mode: "halfEven",
        precision: 1,
        rounding: "",
      }),
    ).toBe("1 ÷ 8 × 100 = 12.5%（四舍六入五成双，保留1位小数）");
  });

  test("narrows a value to a locale", () => {
    expect(LOCALES).toEqual(["zh-CN", "en"]);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

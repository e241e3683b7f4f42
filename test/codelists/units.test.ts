import { describe, expect, test } from "vitest";
import {
  findEntry,
  MAGNITUDE_LABELS,
  QUALIFIER_LABELS,
  ROUNDING_MODE_LABELS,
  UNITS,
} from "../../src/codelists";
import { mentionsIn } from "../../src/extract/mentions";
import { MAGNITUDES, QUALIFIERS, ROUNDING_MODES } from "../../src/numbers";

describe("one home for each word", () => {
  test("numbers/ takes its magnitudes, qualifiers and rounding modes from the code lists", () => {
    expect(MAGNITUDES).toEqual(["百", "千", "万", "亿", "万亿"]);
    expect(MAGNITUDE_LABELS.map((m) => m.code)).toEqual([...MAGNITUDES]);
    expect(QUALIFIER_LABELS.map((q) => q.code)).toEqual([...QUALIFIERS]);
    expect(ROUNDING_MODES).toEqual(["halfUp", "halfEven", "truncate", "up", "floor", "ceiling"]);
    expect(ROUNDING_MODE_LABELS.map((m) => m.code)).toEqual([...ROUNDING_MODES]);
  });

  test("finds an entry by a Traditional spelling", () => {
    expect(findEntry(UNITS, "項")?.code).toBe("项");
    expect(findEntry(MAGNITUDE_LABELS, "億")?.code).toBe("亿");
    expect(findEntry(UNITS, "nothing")).toBeUndefined();
  });

  test.each([
    ["培训12课时", "课时", "count"],
    ["办结时限压缩至5个工作日内", "个工作日", "duration"],
    ["压缩至3工作日", "工作日", "duration"],
    ["提高2个百分点", "个百分点", "percentagePoints"],
    ["聘请法律顾问15名", "名", "count"],
    ["节约资金4.4亿元", "元", "amount"],
  ])("the extractor reads the units of the code list: %s", (line, unit, kind) => {
    const [m] = mentionsIn(line, 0);
    expect([m?.unit, m?.kind]).toEqual([unit, kind]);
  });

  test.each([
    ["3月5日召开", 0],
    ["百分之九十", 0],
    ["12345回复", 0],
  ])("the extractor does not read a date word, a prefix or 回 as a unit: %s", (line, count) => {
    expect(mentionsIn(line, 0).length).toBe(count);
  });

  test("every unit's code is spelled once in the code list", () => {
    const spellings = UNITS.flatMap((u) => [u.code, ...u.aliases]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});

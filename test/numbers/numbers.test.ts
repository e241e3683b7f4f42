import { describe, expect, test } from "vitest";
import {
  applyMagnitude,
  contains,
  decimalPlaces,
  div,
  formatInterval,
  type Interval,
  normalizeDigits,
  parseChineseNumeral,
  parseDecimal,
  qualifierFromMarkers,
  type Rational,
  ROUNDING_MODES,
  rational,
  statedInterval,
  sumRationals,
  toDecimalString,
  toFixedExact,
} from "../../src/numbers";

const pct = (a: number, b: number): Rational => rational(a * 100, b);
const iv = (s: string, o?: Parameters<typeof statedInterval>[1]): Interval => {
  const r = statedInterval(s, o);
  if (!r) throw new Error(`no interval for ${s}`);
  return r;
};

describe("parseDecimal", () => {
  test.each(["92.98", "0", "-1.5", "007", "123456789012345678901234567890.5"])("reads %s exactly", (s) => {
    const r = parseDecimal(s);
    expect(r && toFixedExact(r)).toBe(s.replace(/^(-?)0+(\d)/, "$1$2"));
  });
  test.each(["", "NaN", "1e5", " 1", "+1", "1.", ".5", "1,000", "Infinity"])("rejects %j", (s) => {
    expect(parseDecimal(s)).toBeUndefined();
  });
  test("counts stated decimals", () => {
    expect([decimalPlaces("81"), decimalPlaces("75.50"), decimalPlaces("92.98")]).toEqual([0, 2, 2]);
  });
});

describe("toDecimalString", () => {
  test.each([
    [pct(8881, 10952), 2, "halfUp", "81.09"],
    [pct(8881, 10952), 0, "halfUp", "81"],
    [pct(683, 904), 1, "halfUp", "75.6"],
    [pct(683, 904), 1, "truncate", "75.5"],
    [rational(5, 2), 0, "halfEven", "2"],
    [rational(7, 2), 0, "halfEven", "4"],
    [rational(-5, 2), 0, "halfUp", "-3"],
    [rational(-5, 2), 0, "floor", "-3"],
    [rational(-5, 2), 0, "ceiling", "-2"],
    [rational(-1, 1000), 1, "halfUp", "0.0"],
    [rational(1, 3), 4, "up", "0.3334"],
  ] as const)("writes %o at %i places under %s as %s", (r, places, mode, expected) => {
    expect(toDecimalString(r, places, mode)).toBe(expected);
  });
});

describe("statedInterval", () => {
  test.each([
    ["81", {}, "[80.5, 81.5)"],
    ["75.5", { mode: "truncate" }, "[75.5, 75.6)"],
    ["75.5", { mode: "halfEven" }, "(75.45, 75.55)"],
    ["76", { mode: "halfEven" }, "[75.5, 76.5]"],
    ["98", { qualifier: "atLeast" }, "[97.5, +∞)"],
    ["500", { qualifier: "nearly" }, "(-∞, 500.5)"],
    ["8000", { qualifier: "approx" }, "[7599.5, 8400.5)"],
    ["8000", { qualifier: "approxAtLeast" }, "[7599.5, +∞)"],
  ] as const)("reads %s with %o as %s", (s, options, expected) => {
    expect(formatInterval(iv(s, options))).toBe(expected);
  });

  test.each([
    ["92.98", 225460, 242474, "halfUp", true],
    ["81", 8881, 10952, "halfUp", true],
    ["55.6", 125, 225, "halfUp", true],
    ["87.6", 190, 217, "halfUp", true],
    ["28.8", 19, 66, "halfUp", true],
    ["75.5", 683, 904, "halfUp", false],
    ["75.5", 683, 904, "truncate", true],
    ["39", 7, 18, "halfUp", true],
    ["39", 7, 22, "halfUp", false],
  ] as const)("stated %s%% for %i/%i under %s holds: %s (DOMAIN §5)", (stated, a, b, mode, holds) => {
    expect(contains(iv(stated, { mode }), pct(a, b))).toBe(holds);
  });

  test("contains every rounding of an exact ratio and rejects a value one unit off", () => {
    let seed = 42;
    const next = (m: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % m;
    };
    for (let i = 0; i < 300; i++) {
      const b = next(100000) + 1;
      const a = next(b + 1);
      const exact = pct(a, b);
      for (let places = 0; places <= 4; places++) {
        for (const mode of ROUNDING_MODES) {
          const stated = toDecimalString(exact, places, mode);
          expect(contains(iv(stated, { mode }), exact), `${a}/${b} ${places} ${mode}`).toBe(true);
          const off = toDecimalString(
            div(
              rational(exact.n * 10n ** BigInt(places) + 2n * exact.d, exact.d),
              rational(10n ** BigInt(places)),
            ),
            places,
            mode,
          );
          expect(contains(iv(off, { mode }), exact), `${off} should exclude ${a}/${b}`).toBe(false);
        }
      }
    }
  });

  test("is undefined for a non-decimal", () => {
    expect(statedInterval("abc")).toBeUndefined();
  });
});

describe("parseChineseNumeral", () => {
  test.each([
    ["十", 10n],
    ["十二", 12n],
    ["三十二", 32n],
    ["两千", 2000n],
    ["一百零五", 105n],
    ["四十五", 45n],
    ["一万二千", 12000n],
    ["二〇二三", 2023n],
    ["两亿三千万", 230000000n],
    ["二十万零三百", 200300n],
    ["壹佰贰拾", 120n],
  ] as const)("reads %s as %s", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });
  test.each(["", "三x", "万", "abc"])("rejects %j", (s) => {
    expect(parseChineseNumeral(s)).toBeUndefined();
  });
});

describe("qualifierFromMarkers", () => {
  test.each([
    ["约", "余", "approxAtLeast"],
    ["", "余", "atLeast"],
    ["", "以上", "atLeast"],
    ["超过", "", "atLeast"],
    ["近", "", "nearly"],
    ["达", "", "exact"],
    ["", "左右", "approx"],
    ["", "", "exact"],
  ] as const)("reads %j…%j as %s", (pre, post, q) => {
    expect(qualifierFromMarkers(pre, post)).toBe(q);
  });
});

describe("magnitudes, digits and sums", () => {
  test("applies 万 and 亿 exactly", () => {
    expect(applyMagnitude("15.2", "万")).toEqual(rational(152000));
    expect(applyMagnitude("4.4", "亿")).toEqual(rational(440000000));
    expect(applyMagnitude("x", "万")).toBeUndefined();
  });
  test("normalizes full-width digits one character for one", () => {
    const s = "共１２．５％件";
    expect(normalizeDigits(s)).toBe("共12.5％件");
    expect(normalizeDigits(s).length).toBe(s.length);
  });
  test("sums are order-independent", () => {
    const values = [rational(18), rational(3), rational(4), rational(1, 3)];
    expect(sumRationals(values)).toEqual(sumRationals([...values].reverse()));
  });
  test("rational rejects a zero denominator and non-integers", () => {
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => rational(0.5)).toThrow(RangeError);
  });
});

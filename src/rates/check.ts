import { failure, type Issue, type Result } from "../error";
import { rates as en } from "../locales/en/rates";
import { rates as zhCN } from "../locales/zh-CN/rates";
import {
  cmp,
  decimalPlaces,
  div,
  formatInterval,
  type Interval,
  intersects,
  intervalDiv,
  intervalOf,
  type Magnitude,
  magnitudeFactor,
  mul,
  parseDecimal,
  type Qualifier,
  type Rational,
  type RoundingMode,
  rational,
  type StatedIntervalOptions,
  statedInterval,
  sub,
  toDecimalString,
  toFixedExact,
} from "../numbers";
import { type NumberInput, notANumber, showInput, toRational } from "./input";
import { type Explanation, optionsIssue } from "./rate";

/**
 * A number as a report states it: the value as printed, its magnitude (万, 亿) and its qualifier (余, 约 …).
 * A qualified decimal string stands for the values that round to it, widened by the qualifier, then scaled by
 * the magnitude: 1.5万余 is [14500, +∞), 15000余 is [14999.5, +∞).
 * @example
 * const cases: StatedNumber = { value: "15.2", magnitude: "万", qualifier: "atLeast" }; // 15.2万余: [151500, +∞)
 */
export interface StatedNumber {
  readonly value: NumberInput;
  readonly magnitude?: Magnitude;
  readonly qualifier?: Qualifier;
}

/**
 * The verdict of comparing a stated figure with what its inputs give.
 * @example
 * const r: Result<CheckResult> = checkSum({ whole: 25, parts: [18, 3, 4] });
 * r.value?.status //=> "pass"
 */
export interface CheckResult {
  /** `pass`: consistent under the configured rounding mode; `passOtherMode`: only under another; `fail`: none. */
  readonly status: "pass" | "passOtherMode" | "fail";
  readonly stated: string;
  /** The computed value, shown with two more decimals than stated. */
  readonly computed: string;
  /** The interval of exact values the stated figure accepts under `mode`. */
  readonly interval: string;
  readonly mode: RoundingMode;
  readonly modesThatPass: readonly RoundingMode[];
  /** `computed − stated`, at the precision of `computed`. */
  readonly delta: string;
  readonly explanation: Explanation;
}

/** The rounding modes a stated rate is tried under, in order. */
const TRIED: readonly RoundingMode[] = ["halfUp", "halfEven", "truncate"];

// Scales by a positive factor.
const scale = (iv: Interval, k: Rational): Interval => ({
  ...(iv.lower ? { lower: mul(iv.lower, k) } : {}),
  ...(iv.upper ? { upper: mul(iv.upper, k) } : {}),
  lowerClosed: iv.lowerClosed,
  upperClosed: iv.upperClosed,
});

/** A stated figure as its point and interval (magnitude applied). @internal */
export function inputInterval(n: StatedNumber): { point: Rational; interval: Interval } | undefined {
  const value = toRational(n.value);
  if (!value) return undefined;
  const factor = rational(n.magnitude ? magnitudeFactor(n.magnitude) : 1n);
  const point = mul(value, factor);
  const q = n.qualifier ?? "exact";
  // A qualified figure stands for what it stands for as printed (a number as its decimal form; a third has none
  // and is taken as it is).
  // (A fraction string such as "1/3" is a value as results give it, not as a report prints it.)
  const printed = typeof n.value === "string" && !n.value.includes("/") ? n.value.trim() : undefined;
  const written = q === "exact" ? undefined : (printed ?? toFixedExact(value));
  if (written === undefined) return { point, interval: intervalOf(point) };
  return { point, interval: scale(statedInterval(written, { qualifier: q }) as Interval, factor) };
}

export const asStated = (n: NumberInput | StatedNumber): StatedNumber =>
  typeof n === "object" && n !== null && "value" in n ? n : { value: n };

// The issues of figures that are not numbers, by path.
export const unreadable = (figures: ReadonlyArray<readonly [string, NumberInput | StatedNumber]>): Issue[] =>
  figures.flatMap(([path, f]) =>
    inputInterval(asStated(f))
      ? []
      : [{ code: "invalidInput", path, message: notANumber(asStated(f).value) }],
  );

/**
 * Input of `checkStatedRate`.
 * @example
 * const input: StatedRateInput = { stated: "81", numerator: 8881, denominator: 10952 };
 * checkStatedRate(input).value?.status //=> "pass"
 */
export interface StatedRateInput {
  /** The stated percentage as printed, e.g. `"81"` or `"92.98"`. */
  readonly stated: string;
  /** Qualifier of the stated rate: `atLeast` for 98%以上. */
  readonly qualifier?: Qualifier;
  readonly numerator: NumberInput | StatedNumber;
  readonly denominator: NumberInput | StatedNumber;
  /** The rounding mode the report is assumed to use. Default `halfUp`. */
  readonly mode?: RoundingMode;
  /** Relative tolerance of 约, as a decimal string. Default `"0.05"`. */
  readonly approxTolerance?: string;
}

/**
 * Checks a stated rate against its numerator and denominator as intervals (XBRL Calculations 1.1): the stated
 * figure stands for every value that rounds to it at its stated precision; approximate inputs (约, 余) widen the
 * computed value. Every precision is checked, however many decimals the stated figure has. Never throws: an input
 * that is not a number is an issue `invalidInput`, a zero denominator `zeroDenominator`, an unknown `mode`
 * `invalidOptions`.
 *
 * @example
 * checkStatedRate({ stated: "81", numerator: 8881, denominator: 10952 })
 * //=> { success: true, value: { status: "pass", computed: "81.09", interval: "[80.5, 81.5)", delta: "0.09", … } }
 * checkStatedRate({ stated: "75.5", numerator: 683, denominator: 904 }).value?.status //=> "passOtherMode" (truncate)
 * checkStatedRate({ stated: "50", numerator: 1, denominator: 0 }).issues?.[0]?.code //=> "zeroDenominator"
 */
export function checkStatedRate(input: StatedRateInput): Result<CheckResult> {
  const mode = input.mode ?? "halfUp";
  const num = inputInterval(asStated(input.numerator));
  const den = inputInterval(asStated(input.denominator));
  const stated = typeof input.stated === "string" ? parseDecimal(input.stated) : undefined;
  const issues = unreadable([
    ["/numerator", input.numerator],
    ["/denominator", input.denominator],
  ]);
  if (!stated)
    issues.unshift({
      code: "invalidInput",
      path: "/stated",
      message: `not a decimal: ${JSON.stringify(input.stated)}`,
    });
  const bad = optionsIssue(0, mode);
  if (bad) issues.push({ ...bad, path: "/mode" });
  const tolerance = input.approxTolerance;
  const toleranceValue = typeof tolerance === "string" ? parseDecimal(tolerance) : undefined;
  const badTolerance = tolerance !== undefined && (toleranceValue === undefined || toleranceValue.n < 0n);
  if (badTolerance)
    issues.push({
      code: "invalidOptions",
      path: "/approxTolerance",
      message: `not a non-negative decimal string: ${JSON.stringify(tolerance)}`,
    });
  if (!num || !den || !stated || bad || badTolerance) return { success: false, issues };
  if (cmp(den.point, rational(0)) === 0)
    return failure("zeroDenominator", "/denominator", "the denominator is zero");
  const exact = mul(div(num.point, den.point), rational(100));
  const computedIv = intervalDiv(scale(num.interval, rational(100)), den.interval);
  const under = (m: RoundingMode): StatedIntervalOptions => ({
    mode: m,
    ...(input.qualifier ? { qualifier: input.qualifier } : {}),
    ...(input.approxTolerance !== undefined ? { approxTolerance: input.approxTolerance } : {}),
  });
  const passes = (m: RoundingMode): boolean =>
    intersects(statedInterval(input.stated, under(m)) as Interval, computedIv);
  const modesThatPass = [mode, ...TRIED.filter((m) => m !== mode)].filter(passes);
  const status = modesThatPass.includes(mode) ? "pass" : modesThatPass.length > 0 ? "passOtherMode" : "fail";
  const places = decimalPlaces(input.stated) + 2;
  const computed = toDecimalString(exact, places, mode);
  const accepted = statedInterval(input.stated, under(mode)) as Interval;
  const [sn, sd] = [showInput(num.point), showInput(den.point)];
  const value: CheckResult = {
    status,
    stated: input.stated,
    computed,
    interval: formatInterval(accepted),
    mode,
    modesThatPass,
    delta: toDecimalString(sub(exact, stated), places, mode),
    explanation: {
      formula: `${sn} ÷ ${sd} × 100`,
      inputs: { numerator: sn, denominator: sd, stated: input.stated },
      rounding: `${mode} to ${decimalPlaces(input.stated)} decimals`,
      zh: zhCN.check({
        formula: `${sn} ÷ ${sd} × 100`,
        computed,
        mode,
        interval: formatInterval(accepted),
        stated: input.stated,
      }),
      en: en.check({
        formula: `${sn} ÷ ${sd} × 100`,
        computed,
        mode,
        interval: formatInterval(accepted),
        stated: input.stated,
      }),
    },
  };
  return { success: true, value };
}

import { RATE_KINDS, type RateKindCode } from "../codelists";
import { FazhiError, type Issue } from "../error";
import { rates as en } from "../locales/en/rates";
import { rates as zhCN } from "../locales/zh-CN/rates";
import { cmp, isZero, type Rational, rational, sub, sumRationals } from "../numbers";
import { type NumberInput, notANumber, showInput, toRational } from "./input";
import { outOfRange, type RateOptions, type RateResult, renamed, share } from "./rate";

/**
 * Choices of denominator where practice differs between places (DOMAIN §4).
 * @example
 * const options: RateDenominatorOptions = { reconsiderationCorrection: { excludeRejected: false } };
 */
export interface RateDenominatorOptions {
  /** 行政复议纠错率: leave 不予受理 (rejected) cases out of the denominator. Default `true`. */
  readonly reconsiderationCorrection?: { readonly excludeRejected: boolean };
}

// A named rate is the share of a part in its whole: never negative, never over 100%.
function named(kind: RateKindCode, n: Rational, d: Rational, options?: RateOptions | null): RateResult {
  const entry = RATE_KINDS.find((k) => k.code === kind);
  const result = share(n, d, options);
  if (!entry) return result;
  return {
    ...result,
    explanation: {
      ...result.explanation,
      zh: zhCN.named({ rate: entry.zh, formula: entry.formulaZh, explanation: result.explanation.zh }),
      en: en.named({ rate: entry.en, formula: entry.formulaEn, explanation: result.explanation.en }),
    },
  };
}

// Reads the named inputs (absent ones are 0), or throws a FazhiError naming each that is not a number.
function read(fields: object, names: readonly string[]): Rational[] {
  const issues: Issue[] = [];
  const out = names.map((name) => {
    const v = (fields as Readonly<Record<string, NumberInput | undefined>>)[name];
    if (v === undefined) return rational(0);
    const r = toRational(v);
    if (!r) issues.push({ code: "invalidInput", path: `/${name}`, message: notANumber(v) });
    return r ?? rational(0);
  });
  if (issues.length > 0) throw new FazhiError("invalidInput", issues);
  return out;
}

/**
 * 行政复议纠错率: (撤销 + 变更 + 确认违法 + 责令履行) ÷ decided cases, by default without 不予受理 in the
 * denominator. Throws a `FazhiError`: `invalidInput` naming each input that is not a number, `zeroDenominator`,
 * and `outOfRange` when the rejected cases exceed the decided ones or the corrections exceed the denominator.
 *
 * @example
 * reconsiderationCorrectionRate({ annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4 }, { precision: 0 }).value //=> "39"
 * reconsiderationCorrectionRate({ annulled: 6, orderedToPerform: 1, decided: 22, rejected: 4, excludeRejected: false }, { precision: 0 }).value //=> "32"
 * reconsiderationCorrectionRate({ annulled: 1, decided: 2, rejected: 3 }) // throws FazhiError: /rejected: 3 rejected cases exceed the 2 decided
 */
export function reconsiderationCorrectionRate(
  input: {
    readonly annulled?: NumberInput;
    readonly varied?: NumberInput;
    readonly declaredUnlawful?: NumberInput;
    readonly orderedToPerform?: NumberInput;
    readonly decided: NumberInput;
    readonly rejected?: NumberInput;
    readonly excludeRejected?: boolean;
  },
  options?: RateOptions | null,
): RateResult {
  const [a, v, u, o, decided, rejected] = read(input, [
    "annulled",
    "varied",
    "declaredUnlawful",
    "orderedToPerform",
    "decided",
    "rejected",
  ]) as [Rational, Rational, Rational, Rational, Rational, Rational];
  if (cmp(rejected, decided) > 0)
    throw new FazhiError("outOfRange", [
      outOfRange(
        "/rejected",
        `${showInput(rejected)} rejected cases exceed the ${showInput(decided)} decided`,
      ),
    ]);
  const denominator = input.excludeRejected === false ? decided : sub(decided, rejected);
  if (isZero(denominator))
    throw new FazhiError("zeroDenominator", [
      { code: "zeroDenominator", path: "/decided", message: "no decided cases to divide by" },
    ]);
  return renamed(() => named("reconsiderationCorrection", sumRationals([a, v, u, o]), denominator, options), {
    "/part": "",
    "/whole": "/decided",
  });
}

// A rate of one part over one whole, read from the two named fields of its input.
const pair =
  (kind: RateKindCode, part: string, whole: string) =>
  (input: object, options?: RateOptions | null): RateResult => {
    const [rn, rd] = read(input, [part, whole]) as [Rational, Rational];
    return renamed(() => named(kind, rn, rd, options), { "/part": `/${part}`, "/whole": `/${whole}` });
  };

/** 行政诉讼败诉率: lost ÷ concluded. @example litigationLossRate({ lost: 3, concluded: 40 }).value //=> "7.50" */
export const litigationLossRate = (
  i: { lost: NumberInput; concluded: NumberInput },
  o?: RateOptions | null,
): RateResult => pair("litigationLoss", "lost", "concluded")(i, o);
/** 出庭应诉率: attended ÷ hearings. @example courtAppearanceRate({ attended: 148, hearings: 148 }).value //=> "100.00" */
export const courtAppearanceRate = (
  i: { attended: NumberInput; hearings: NumberInput },
  o?: RateOptions | null,
): RateResult => pair("courtAppearance", "attended", "hearings")(i, o);
/** 调解成功率: successful ÷ mediated. @example mediationSuccessRate({ successful: 8881, mediated: 10952 }).value //=> "81.09" */
export const mediationSuccessRate = (
  i: { successful: NumberInput; mediated: NumberInput },
  o?: RateOptions | null,
): RateResult => pair("mediationSuccess", "successful", "mediated")(i, o);
/** 网上办理率: online ÷ total. @example onlineHandlingRate({ online: 225460, total: 242474 }).value //=> "92.98" */
export const onlineHandlingRate = (
  i: { online: NumberInput; total: NumberInput },
  o?: RateOptions | null,
): RateResult => pair("onlineHandling", "online", "total")(i, o);
/** 考试合格率: passed ÷ sat. @example examPassRate({ passed: 125, sat: 225 }, { precision: 1 }).value //=> "55.6" */
export const examPassRate = (
  i: { passed: NumberInput; sat: NumberInput },
  o?: RateOptions | null,
): RateResult => pair("examPass", "passed", "sat")(i, o);
/** 规范性文件备案率: filed ÷ due. @example filingRate({ filed: 14, due: 14 }).value //=> "100.00" */
export const filingRate = (i: { filed: NumberInput; due: NumberInput }, o?: RateOptions | null): RateResult =>
  pair("filing", "filed", "due")(i, o);

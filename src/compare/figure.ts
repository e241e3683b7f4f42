import type { Indicator } from "../model";
import {
  applyMagnitude,
  decimalPlaces,
  type Interval,
  magnitudeFactor,
  mul,
  type Rational,
  rational,
  statedInterval,
  toDecimalString,
} from "../numbers";

/**
 * A figure as compared: where it is, its printed value, unit, magnitude and qualifier, and its exact value with
 * 万/亿 applied.
 * @example
 * compareReports(previous, current).concepts[0]?.current
 * //=> { indicatorId: "one-go-items", pointer: "/indicators/23", value: "15.2", magnitude: "万", unit: "件", exact: "152000" }
 */
export interface Figure {
  readonly indicatorId: string;
  readonly pointer: string;
  readonly value: string;
  readonly magnitude?: string;
  readonly unit?: string;
  readonly qualifier?: string;
  /** The exact value with 万/亿 applied, as a decimal string. */
  readonly exact: string;
}

const scale = (iv: Interval, f: Rational): Interval => ({
  ...(iv.lower ? { lower: mul(iv.lower, f) } : {}),
  ...(iv.upper ? { upper: mul(iv.upper, f) } : {}),
  lowerClosed: iv.lowerClosed,
  upperClosed: iv.upperClosed,
});

/** The figure of an indicator at a pointer. @internal */
export function figureOf(ind: Indicator, pointer: string): Figure | undefined {
  const exact = applyMagnitude(ind.value, ind.magnitude);
  if (!exact) return undefined;
  return {
    indicatorId: ind.id,
    pointer,
    value: ind.value,
    ...(ind.magnitude ? { magnitude: ind.magnitude } : {}),
    ...(ind.unit ? { unit: ind.unit } : {}),
    ...(ind.qualifier ? { qualifier: ind.qualifier } : {}),
    exact: toDecimalString(exact, decimalPlaces(ind.value), "truncate"),
  };
}

/** The exact value of a figure. @internal */
export const exactOf = (f: Figure): Rational => applyMagnitude(f.exact) ?? rational(0);

/** The values a printed figure stands for: its rounding at the printed precision, widened by its qualifier. @internal */
export function intervalOfFigure(f: Figure): Interval | undefined {
  const iv = statedInterval(f.value, f.qualifier ? { qualifier: f.qualifier as "exact" } : {});
  if (!iv) return undefined;
  return f.magnitude ? scale(iv, rational(magnitudeFactor(f.magnitude as "万"))) : iv;
}

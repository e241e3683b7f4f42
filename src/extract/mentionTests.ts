import { applyMagnitude, type Rational } from "../numbers";
import type { Mention } from "./mentions";

/** How far back (in mentions) a relation looks: bounds the work per figure, so a line costs linear time. */
export const LOOK_BACK = 24;

/** The exact value of a mention (magnitudes applied), or undefined. */
export const exactValue = (m: Mention): Rational | undefined => applyMagnitude(m.value, m.magnitude);
export const sameKind = (a: Mention, b: Mention): boolean =>
  a.unit === b.unit && a.kind === "count" && b.kind === "count";
/** A change (比上年增加200件) or last year's figure (上年的700件): not a whole of this year's parts. */
export const isDelta = (m: Mention): boolean =>
  /(增加|减少|增长|下降|上升|提高|降低|多|少|增|减)了?$/.test(m.label);
export const isPrevious = (m: Mention): boolean =>
  /上年|去年|上一年|同期|上年度|比.{0,3}(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年的?$/.test(m.label);
/** Counts that may be compared: the same unit, or one written without a unit (行政处罚2100,占…). */
export const countsAlike = (a: Mention, b: Mention): boolean =>
  a.kind === "count" && b.kind === "count" && (a.unit === b.unit || !a.unit || !b.unit);

import type { Indicator } from "../../model";
import { applyMagnitude } from "../../numbers";
import type { StatedNumber } from "../../rates";

/** An indicator's value as a stated number for the checks: magnitude applied, qualifier kept. */
export function quantityOf(indicator: Indicator): StatedNumber {
  if (!indicator.magnitude) {
    return { value: indicator.value, ...(indicator.qualifier ? { qualifier: indicator.qualifier } : {}) };
  }
  return { value: applyMagnitude(indicator.value, indicator.magnitude) ?? indicator.value };
}

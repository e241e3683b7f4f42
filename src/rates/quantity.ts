import type { Indicator } from "../model";
import type { StatedNumber } from "./check";

/**
 * An indicator's value as the checks read it: the figure as printed with its magnitude and qualifier, so that
 * 1.5万余 stands for [14500, +∞) as 15000余 stands for [14999.5, +∞).
 *
 * @internal
 * @example
 * statedNumberOf({ id: "x", label: "调解", value: "1.5", magnitude: "万", qualifier: "atLeast", kind: "count" })
 * //=> { value: "1.5", magnitude: "万", qualifier: "atLeast" }
 */
export function statedNumberOf(indicator: Indicator): StatedNumber {
  return {
    value: indicator.value,
    ...(indicator.magnitude ? { magnitude: indicator.magnitude } : {}),
    ...(indicator.qualifier ? { qualifier: indicator.qualifier } : {}),
  };
}

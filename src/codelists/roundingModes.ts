import type { CodelistEntry } from "./codelist";

/**
 * Rounding modes a stated figure may have been rounded with, with their names in reports and in English:
 * `halfUp` (四舍五入), `halfEven` (四舍六入五成双), `truncate` (截尾), `up` (进一), `floor`, `ceiling`. The order
 * is the order checks try them in.
 *
 * @example
 * ROUNDING_MODE_LABELS.find((m) => m.code === "truncate")?.zh //=> "截尾"
 * ROUNDING_MODE_LABELS.find((m) => m.code === "halfEven")?.en //=> "half-even"
 */
export const ROUNDING_MODE_LABELS = [
  { code: "halfUp", zh: "四舍五入", en: "half-up", aliases: [] },
  { code: "halfEven", zh: "四舍六入五成双", en: "half-even", aliases: [] },
  { code: "truncate", zh: "截尾", en: "truncate", aliases: [] },
  { code: "up", zh: "进一", en: "up", aliases: [] },
  { code: "floor", zh: "向下取整", en: "floor", aliases: [] },
  { code: "ceiling", zh: "向上取整", en: "ceiling", aliases: [] },
] as const satisfies readonly [CodelistEntry, ...CodelistEntry[]];

/**
 * How a figure was rounded: a code of `ROUNDING_MODE_LABELS`.
 * @example
 * const mode: RoundingModeCode = "halfEven";
 */
export type RoundingModeCode = (typeof ROUNDING_MODE_LABELS)[number]["code"];

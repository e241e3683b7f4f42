import type { CodelistEntry } from "./codelist";

/**
 * Administrative level of the reporting jurisdiction (DOMAIN §6).
 * @example
 * const level: LevelCode = "township";
 */
export type LevelCode = "province" | "city" | "county" | "township" | "subdistrict" | "department";

/**
 * Levels of government that publish reports: 省 / 市 / 县(区、县级市) / 乡镇 / 街道, and 部门 (a department
 * of a government, which names its parent).
 *
 * @example
 * LEVELS.map((l) => l.zh) //=> ["省", "市", "县", "乡镇", "街道", "部门"]
 */
export const LEVELS = [
  { code: "province", zh: "省", en: "province", aliases: ["省级", "自治区", "直辖市"] },
  { code: "city", zh: "市", en: "prefecture-level city", aliases: ["市级", "地级市", "州", "盟"] },
  { code: "county", zh: "县", en: "county", aliases: ["县级", "区", "县级市", "旗", "縣"] },
  { code: "township", zh: "乡镇", en: "township", aliases: ["乡", "镇", "鄉鎮", "苏木"] },
  { code: "subdistrict", zh: "街道", en: "subdistrict", aliases: ["街道办事处", "街道辦事處"] },
  { code: "department", zh: "部门", en: "government department", aliases: ["部門", "局", "委", "办"] },
] as const satisfies readonly [CodelistEntry<LevelCode>, ...CodelistEntry<LevelCode>[]];

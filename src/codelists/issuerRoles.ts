import type { CodelistEntry } from "./codelist";

/**
 * What kind of body issues a report.
 * @example
 * const role: IssuerRoleCode = "government";
 */
export type IssuerRoleCode = "government" | "partyCommittee" | "department" | "office" | "other";

/**
 * Kinds of issuing body (发文机关). A joint report has several, e.g. 党委 and 政府.
 *
 * @example
 * ISSUER_ROLES.find((r) => r.code === "partyCommittee")?.zh //=> "党委"
 */
export const ISSUER_ROLES = [
  { code: "government", zh: "人民政府", en: "people's government", aliases: ["政府", "人民政府办公室"] },
  { code: "partyCommittee", zh: "党委", en: "party committee", aliases: ["中共", "县委", "镇党委", "党委"] },
  { code: "department", zh: "政府部门", en: "government department", aliases: ["局", "委员会"] },
  { code: "office", zh: "办公室", en: "office", aliases: ["办公厅", "依法治县办", "依法治市办"] },
  { code: "other", zh: "其他", en: "other", aliases: [] },
] as const satisfies readonly [CodelistEntry<IssuerRoleCode>, ...CodelistEntry<IssuerRoleCode>[]];

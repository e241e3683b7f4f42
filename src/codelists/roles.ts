import type { CodelistEntry } from "./codelist";

/**
 * What a section of a report does, after the five required contents of the 督察工作规定 (Art. 25).
 * @example
 * const role: SectionRoleCode = "problems";
 */
export type SectionRoleCode = "preamble" | "measures" | "leadership" | "problems" | "plans" | "other";

/**
 * Section roles. A section may have several (real reports merge "problems" and "plans" in one chapter).
 *
 * @example
 * SECTION_ROLES.find((r) => r.code === "plans")?.zh //=> "下一年度主要安排"
 */
export const SECTION_ROLES = [
  { code: "preamble", zh: "导语", en: "preamble", aliases: ["前言", "总体情况"] },
  {
    code: "measures",
    zh: "主要举措和成效",
    en: "measures and results",
    aliases: ["主要工作", "工作成效", "主要做法"],
  },
  {
    code: "leadership",
    zh: "党政主要负责人履行推进法治建设第一责任人职责",
    en: "leaders' first-responsibility duty",
    aliases: ["第一责任人", "主要负责人履职"],
  },
  {
    code: "problems",
    zh: "存在的不足和原因",
    en: "shortcomings and causes",
    aliases: ["存在问题", "问题和不足"],
  },
  {
    code: "plans",
    zh: "下一年度主要安排",
    en: "next year's plans",
    aliases: ["工作打算", "工作计划", "下一步"],
  },
  { code: "other", zh: "其他需要报告的情况", en: "other matters", aliases: ["其他"] },
] as const satisfies readonly [CodelistEntry<SectionRoleCode>, ...CodelistEntry<SectionRoleCode>[]];

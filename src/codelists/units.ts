import type { CodelistEntry } from "./codelist";

/**
 * A unit as printed in reports; the code is the unit character(s) themselves.
 * @example
 * UNITS.find((u) => u.code === "件")?.en //=> "items"
 */
export interface UnitEntry extends CodelistEntry {
  /** The kind of quantity the unit measures. */
  readonly measures: "count" | "amount" | "rate" | "percentagePoints" | "duration";
}

/**
 * Units seen with numbers in reports (DOMAIN §4). Counting units are open-ended in Chinese; this list names
 * the common ones so they can be labelled and classified, and other units remain valid data.
 *
 * @example
 * UNITS.find((u) => u.code === "人次")?.en //=> "person-times"
 * UNITS.find((u) => u.code === "%")?.measures //=> "rate"
 */
export const UNITS = [
  { code: "件", zh: "件", en: "items", aliases: [], measures: "count" },
  { code: "宗", zh: "宗", en: "cases", aliases: [], measures: "count" },
  { code: "起", zh: "起", en: "cases", aliases: [], measures: "count" },
  { code: "卷", zh: "卷", en: "case files", aliases: [], measures: "count" },
  { code: "人", zh: "人", en: "persons", aliases: ["名", "位"], measures: "count" },
  { code: "人次", zh: "人次", en: "person-times", aliases: [], measures: "count" },
  { code: "次", zh: "次", en: "times", aliases: ["回"], measures: "count" },
  { code: "场", zh: "场", en: "events", aliases: [], traditional: ["場"], measures: "count" },
  { code: "份", zh: "份", en: "copies", aliases: [], measures: "count" },
  { code: "项", zh: "项", en: "items", aliases: [], traditional: ["項"], measures: "count" },
  { code: "个", zh: "个", en: "units", aliases: [], traditional: ["個"], measures: "count" },
  { code: "家", zh: "家", en: "organisations", aliases: [], measures: "count" },
  { code: "户", zh: "户", en: "households", aliases: [], traditional: ["戶"], measures: "count" },
  { code: "篇", zh: "篇", en: "articles", aliases: [], measures: "count" },
  { code: "条", zh: "条", en: "entries", aliases: [], traditional: ["條"], measures: "count" },
  { code: "期", zh: "期", en: "sessions", aliases: [], measures: "count" },
  { code: "类", zh: "类", en: "categories", aliases: [], traditional: ["類"], measures: "count" },
  { code: "支", zh: "支", en: "teams", aliases: [], measures: "count" },
  { code: "面", zh: "面", en: "boards", aliases: [], measures: "count" },
  { code: "所", zh: "所", en: "institutions", aliases: [], measures: "count" },
  { code: "批", zh: "批", en: "batches", aliases: [], measures: "count" },
  { code: "套", zh: "套", en: "sets", aliases: [], measures: "count" },
  { code: "本", zh: "本", en: "volumes", aliases: [], measures: "count" },
  { code: "册", zh: "册", en: "booklets", aliases: [], measures: "count" },
  { code: "台", zh: "台", en: "machines", aliases: [], measures: "count" },
  { code: "辆", zh: "辆", en: "vehicles", aliases: [], measures: "count" },
  { code: "处", zh: "处", en: "places", aliases: [], measures: "count" },
  { code: "座", zh: "座", en: "buildings", aliases: [], measures: "count" },
  { code: "间", zh: "间", en: "rooms", aliases: [], measures: "count" },
  { code: "条次", zh: "条次", en: "entry-times", aliases: [], measures: "count" },
  { code: "张", zh: "张", en: "sheets", aliases: [], measures: "count" },
  { code: "部", zh: "部", en: "works", aliases: [], measures: "count" },
  { code: "组", zh: "组", en: "groups", aliases: [], measures: "count" },
  { code: "轮", zh: "轮", en: "rounds", aliases: [], measures: "count" },
  { code: "门", zh: "门", en: "courses", aliases: [], measures: "count" },
  { code: "节", zh: "节", en: "lessons", aliases: [], measures: "count" },
  { code: "课时", zh: "课时", en: "class hours", aliases: [], measures: "count" },
  { code: "学时", zh: "学时", en: "study hours", aliases: [], measures: "count" },
  { code: "元", zh: "元", en: "yuan", aliases: [], measures: "amount" },
  { code: "%", zh: "%", en: "percent", aliases: ["％", "百分之"], measures: "rate" },
  {
    code: "个百分点",
    zh: "个百分点",
    en: "percentage points",
    aliases: ["百分点"],
    measures: "percentagePoints",
  },
  { code: "天", zh: "天", en: "days", aliases: ["日"], measures: "duration" },
  { code: "个工作日", zh: "个工作日", en: "working days", aliases: ["工作日"], measures: "duration" },
  { code: "小时", zh: "小时", en: "hours", aliases: [], measures: "duration" },
] as const satisfies readonly UnitEntry[];

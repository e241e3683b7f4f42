import type { Mention } from "./mentions";

/** Generic words that do not identify a base by themselves. */
const GENERIC =
  /^(全市|全县|全区|全镇|全省|全年|全部|所有|已|本级|各类|共|总)+|(案件|件数|总数|总量|数量|事项|数|件|人次|人|项)+$/g;

/** A figure's name: its label and the words after it, up to a 占 that starts the next phrase. */
export const text = (m: Mention) => `${m.label}${m.tail.split("占")[0] ?? ""}`;
/** Names that stand for one another in a base (占已审结总数的 → 办结94件). */
const SYNONYMS: readonly (readonly string[])[] = [
  ["审结", "办结", "结案", "作出决定"],
  ["收到", "新收", "收案", "接收"],
  ["受理", "受案", "立案"],
];

/** Whether a figure is named as the base a phrase names (审结 matches 已审结案件1148件, not 未审结案件221件). */
export const namedAs = (m: Mention, base: string, scope = ""): boolean => {
  const t = text(m);
  // 占全省新收…的: the whole province's figure, not that of some of its cities
  if (scope && !t.includes(scope)) return false;
  for (const group of SYNONYMS) {
    if (
      group.some(
        (w) => base.includes(w) && ["未", "不", "不予", "非", "无"].some((no) => t.includes(`${no}${w}`)),
      )
    )
      return false;
    const word = group.find((w) => base.includes(w));
    if (word) return group.some((w) => namedExactly(m, base.replace(word, w)));
  }
  return namedExactly(m, base);
};

const namedExactly = (m: Mention, base: string) => {
  const t = text(m);
  if (["未", "不", "不予", "非", "无"].some((no) => t.includes(`${no}${base}`))) return false;
  if (t.includes(base)) return true;
  // the base's words in order, a few characters apart (收到申请 in 收到行政复议申请)
  let at = t.indexOf(base[0] ?? "");
  if (at === -1) return false;
  const from = at;
  for (const ch of base.slice(1)) {
    at = t.indexOf(ch, at + 1);
    if (at === -1) return false;
  }
  return at - from < base.length + 6;
};

/** A name without generic words: 已审结案件 → 审结, 收到申请总数 → 收到申请. */
export function core(name: string): string {
  return name.replace(/\s+/g, "").replace(GENERIC, "").replace(/的$/, "");
}

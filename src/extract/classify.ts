import { THEMES, type ThemeCode } from "../codelists";

/**
 * Roles a section can have.
 * @example
 * const role: Role = "plans";
 */
export type Role = "preamble" | "measures" | "leadership" | "problems" | "plans" | "other";

/**
 * Why a section got its roles and themes: the words that matched.
 * @example
 * const c: Classification = classify("存在的问题", "一是…", 2023);
 * c.roles //=> ["problems"]
 */
export interface Classification {
  readonly roles: Role[];
  readonly themes: ThemeCode[];
  readonly matched: Readonly<Record<string, readonly string[]>>;
}

const ROLE_WORDS: ReadonlyArray<[Role, RegExp]> = [
  ["problems", /问题|不足|短板|差距|薄弱|困难|弱项/g],
  ["plans", /下一步|打算|计划|思路|安排|展望|下阶段|下一阶段|下年度|今后/g],
  ["leadership", /第一责任人|主要负责人|党政主要|组织领导|履职/g],
];

/**
 * Roles of a section from its heading (problems, plans, leadership; otherwise measures), and the 纲要 themes its
 * heading and text touch, by keyword scoring (heading words count three times). Matched words are returned as
 * the explanation.
 *
 * @example
 * classify("存在的问题及下一阶段工作思路", "", 2022).roles //=> ["problems", "plans"]
 */
export function classify(
  title: string,
  body: string,
  reportYear: number | undefined,
  inherited: readonly Role[] = [],
): Classification {
  const matched: Record<string, string[]> = {};
  const roles: Role[] = [];
  for (const [role, re] of ROLE_WORDS) {
    const words = title.match(re);
    if (words) {
      roles.push(role);
      matched[role] = [...new Set(words)];
    }
  }
  if (/(19|20)\d{2}\s*年(度)?(工作)?(打算|计划|安排|思路|重点)/.test(title) && !roles.includes("plans"))
    roles.push("plans");
  const finalRoles: Role[] = roles.length > 0 ? roles : inherited.length > 0 ? [...inherited] : ["measures"];
  const edition = (reportYear ?? 2021) >= 2021 ? "2021-2025" : "2015-2020";
  const scored = THEMES.filter((t) => t.edition === edition)
    .map((t) => {
      const words = t.keywords.filter((k) => title.includes(k) || body.includes(k));
      const score = words.reduce((s, k) => s + (title.includes(k) ? 3 : 0) + (body.includes(k) ? 1 : 0), 0);
      return { code: t.code, score, words };
    })
    .filter((t) => t.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  for (const t of scored) matched[t.code] = t.words;
  return { roles: finalRoles, themes: scored.map((t) => t.code), matched };
}

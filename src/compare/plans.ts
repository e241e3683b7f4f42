import type { Report, Section } from "../model";

/**
 * A plan of last year's report for this year, and whether this year's measures show a follow-up.
 * @example
 * const f: PlanFollowUp = compareReports(previous, current).plans[0];
 * f.followedUp //=> true
 */
export interface PlanFollowUp {
  readonly planId: string;
  /** JSON Pointer of the plan in last year's report. */
  readonly pointer: string;
  readonly text: string;
  readonly followedUp: boolean;
  /** The section of this year's report that shares most of the plan's words, and its pointer. */
  readonly sectionId?: string;
  readonly sectionPointer?: string;
  /** The two-character words of the plan found in that section. */
  readonly matched: readonly string[];
  /** Share of the plan's words found there, as a decimal string (0.00–1.00). */
  readonly score: string;
}

/** Words that every plan and every report uses: they say nothing about follow-up. */
const GENERIC = new Set(
  "加强 强化 推进 推动 深入 全面 持续 不断 进一步 提升 提高 完善 健全 工作 建设 法治 政府 依法 坚持 落实 开展 积极 切实 着力 做好 扎实 有效 全力 努力 重点 机制 制度 体系 水平 能力"
    .split(" ")
    .flatMap((w) => (w.length === 2 ? [w] : [w.slice(0, 2), w.slice(1, 3)])),
);

/** Two-character words (bigrams of Chinese characters) of a text, less the generic ones. @internal */
export function wordsOf(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? [])
    for (let i = 0; i + 2 <= run.length; i++) {
      const w = run.slice(i, i + 2);
      if (!GENERIC.has(w)) out.add(w);
    }
  return [...out];
}

function measures(report: Report): { section: Section; pointer: string; text: string }[] {
  const out: { section: Section; pointer: string; text: string }[] = [];
  const walk = (list: readonly Section[], base: string, inherited: string) => {
    list.forEach((s, i) => {
      const pointer = `${base}/${i}`;
      const text = `${inherited} ${s.title ?? ""} ${s.paragraphs.join("")}`;
      if (s.roles.includes("measures") || s.roles.includes("leadership"))
        out.push({ section: s, pointer, text });
      walk(s.children, `${pointer}/children`, s.title ?? "");
    });
  };
  walk(report.sections, "/sections", "");
  return out;
}

/**
 * Last year's plans for this year matched against this year's measures: a plan is followed up when a measures
 * section holds at least half of its words (two-character words, generic ones such as 加强 or 法治 left out) and at
 * least two of them.
 * @internal
 */
export function followUps(previous: Report, current: Report): PlanFollowUp[] {
  const targetYear = current.reportYear;
  const sections = measures(current);
  return previous.plans.flatMap((plan, i): PlanFollowUp[] => {
    const year = plan.year ?? (previous.reportYear !== undefined ? previous.reportYear + 1 : undefined);
    if (targetYear !== undefined && year !== undefined && year !== targetYear) return [];
    const words = wordsOf(plan.text);
    let best: { matched: string[]; at?: (typeof sections)[number] } = { matched: [] };
    for (const s of sections) {
      const matched = words.filter((w) => s.text.includes(w));
      if (matched.length > best.matched.length) best = { matched, at: s };
    }
    const share = words.length === 0 ? 0 : best.matched.length / words.length;
    return [
      {
        planId: plan.id,
        pointer: `/plans/${i}`,
        text: plan.text,
        followedUp: best.matched.length >= 2 && share >= 0.5,
        ...(best.at ? { sectionId: best.at.section.id, sectionPointer: best.at.pointer } : {}),
        matched: best.matched,
        score: share.toFixed(2),
      },
    ];
  });
}

import type { Indicator, Report, Section } from "../../model";

/** A section with its JSON Pointer, its parent's pointer and its siblings. */
export interface PlacedSection {
  readonly section: Section;
  readonly path: string;
  readonly siblings: readonly Section[];
}

/** Every section of the report, depth first, with its JSON Pointer. Iterative: deep trees cannot overflow. */
export function sectionsOf(report: Report): PlacedSection[] {
  const out: PlacedSection[] = [];
  const stack: Array<[readonly Section[], string]> = [[report.sections, "/sections"]];
  while (stack.length > 0) {
    const [list, base] = stack.pop() as [readonly Section[], string];
    for (let i = list.length - 1; i >= 0; i--) {
      const section = list[i] as Section;
      const path = `${base}/${i}`;
      out.push({ section, path, siblings: list });
      stack.push([section.children, `${path}/children`]);
    }
  }
  return out;
}

/** Every string of prose in the report (titles, paragraphs, quotes, problems, plans) with its JSON Pointer. */
export function textsOf(report: Report): Array<[text: string, path: string]> {
  const out: Array<[string, string]> = [[report.title, "/title"]];
  for (const { section, path } of sectionsOf(report)) {
    if (section.title) out.push([section.title, `${path}/title`]);
    section.paragraphs.forEach((p, i) => {
      out.push([p, `${path}/paragraphs/${i}`]);
    });
  }
  report.problems.forEach((p, i) => {
    out.push([p.text, `/problems/${i}/text`]);
  });
  report.plans.forEach((p, i) => {
    out.push([p.text, `/plans/${i}/text`]);
  });
  return out;
}

/** Indicators by id, with their JSON Pointers (the first of a duplicated id wins). */
export function indicatorIndex(report: Report): Map<string, { indicator: Indicator; path: string }> {
  const map = new Map<string, { indicator: Indicator; path: string }>();
  report.indicators.forEach((indicator, i) => {
    if (!map.has(indicator.id)) map.set(indicator.id, { indicator, path: `/indicators/${i}` });
  });
  return map;
}

/** All text (titles and paragraphs) of the sections that have `role`. */
export function roleText(report: Report, role: Section["roles"][number]): string {
  return sectionsOf(report)
    .filter(({ section }) => section.roles.includes(role))
    .map(({ section }) => `${section.title ?? ""}${section.paragraphs.join("")}`)
    .join("");
}

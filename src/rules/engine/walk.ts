import type { Indicator, Report, Section } from "../../model";

/** A section with its JSON Pointer, its parent's pointer and its siblings. */
export interface PlacedSection {
  readonly section: Section;
  readonly path: string;
  readonly siblings: readonly Section[];
}

type IndicatorIndex = ReadonlyMap<string, { readonly indicator: Indicator; readonly path: string }>;

/** What the rules read of a report, built when first asked for and then shared by every rule. */
interface Walked {
  sections?: readonly PlacedSection[];
  texts?: ReadonlyArray<readonly [text: string, path: string]>;
  indicators?: IndicatorIndex;
  roleTexts?: Map<string, string>;
  roleLengths?: Map<string, number>;
}

// Keyed weakly by the parsed report: validateReport parses a fresh one for each call, and rules never mutate it.
const walked = new WeakMap<Report, Walked>();

function of(report: Report): Walked {
  let w = walked.get(report);
  if (!w) {
    w = {};
    walked.set(report, w);
  }
  return w;
}

/**
 * Every section of the report, depth first, with its JSON Pointer. Iterative: deep trees cannot overflow.
 * Computed once per report.
 */
export function sectionsOf(report: Report): readonly PlacedSection[] {
  const w = of(report);
  if (w.sections) return w.sections;
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
  w.sections = out;
  return out;
}

/**
 * Every string of prose in the report (titles, paragraphs, quotes, problems, plans) with its JSON Pointer.
 * Computed once per report.
 */
export function textsOf(report: Report): ReadonlyArray<readonly [text: string, path: string]> {
  const w = of(report);
  if (w.texts) return w.texts;
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
  w.texts = out;
  return out;
}

/** Indicators by id, with their JSON Pointers (the first of a duplicated id wins). Computed once per report. */
export function indicatorIndex(report: Report): IndicatorIndex {
  const w = of(report);
  if (w.indicators) return w.indicators;
  const map = new Map<string, { indicator: Indicator; path: string }>();
  report.indicators.forEach((indicator, i) => {
    if (!map.has(indicator.id)) map.set(indicator.id, { indicator, path: `/indicators/${i}` });
  });
  w.indicators = map;
  return map;
}

/** All text (titles and paragraphs) of the sections that have `role`. Computed once per report and role. */
export function roleText(report: Report, role: Section["roles"][number]): string {
  const w = of(report);
  w.roleTexts ??= new Map();
  let text = w.roleTexts.get(role);
  if (text === undefined) {
    text = sectionsOf(report)
      .filter(({ section }) => section.roles.includes(role))
      .map(({ section }) => `${section.title ?? ""}${section.paragraphs.join("")}`)
      .join("");
    w.roleTexts.set(role, text);
  }
  return text;
}

/** The number of characters (code points) of `roleText`, counted without spreading the text. Computed once per report and role. */
export function roleTextLength(report: Report, role: Section["roles"][number]): number {
  const w = of(report);
  w.roleLengths ??= new Map();
  let n = w.roleLengths.get(role);
  if (n === undefined) {
    const text = roleText(report, role);
    n = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A high surrogate followed by a low one is one code point, as `[...text]` counts it.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          n--;
          i++;
        }
      }
    }
    w.roleLengths.set(role, n);
  }
  return n;
}

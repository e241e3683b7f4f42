import type { Section } from "../model";
import { classify, type Role } from "./classify";
import { type HeadingMatch, levelOfStyle, readHeading } from "./headings";
import { soundsLikeProblem } from "./items";
import type { SourceLine } from "./lines";
import { evidence } from "./view";
import { isNoise } from "./zones";

/** A section being read: the section, the roles of its parent, and the lines of its body. */
export interface Draft {
  readonly section: Section;
  parentRoles: Role[];
  readonly bodyLines: SourceLine[];
}

/** The section tree of a body: the preamble (text before the first heading), the top sections, all drafts. */
export interface SectionTree {
  readonly preamble?: Draft;
  readonly top: readonly Draft[];
  /** Every draft, parents before children. */
  readonly all: readonly Draft[];
}

const SENTENCE_END = /[。！？!?；;：:”"）)]$/;

/** Reads the headings of the body into a tree of sections, each with its paragraphs and body lines. */
export function sectionsOf(
  input: string,
  lines: readonly SourceLine[],
  bodyStart: number,
  bodyEnd: number,
): SectionTree {
  const all: Draft[] = [];
  const top: Draft[] = [];
  const stack: Array<{ draft: Draft; level: number }> = [];
  let preamble: Draft | undefined;
  let nestedComma: { top: number; last: number } | undefined;
  const counters = new Map<string, number>();
  const newId = (parent: string | undefined) => {
    const key = parent ?? "";
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return parent ? `${parent}.${n}` : `s${n}`;
  };
  for (let i = bodyStart; i < bodyEnd; i++) {
    const l = lines[i] as SourceLine;
    if (l.norm.trim() === "" || isNoise(l)) continue;
    // A few lines ahead: an HTML page's tags leave blank lines of their own between two paragraphs.
    const next = lines.slice(i + 1, i + 8).find((x) => x.norm.trim() !== "");
    const h: HeadingMatch | undefined = readHeading(
      l.norm,
      next !== undefined && next.norm.trim().length > 20,
    );
    if (h) {
      let level = levelOfStyle(h.style);
      if (h.style === "chineseComma" && h.number !== undefined) {
        const topNumber = stack[0]?.draft.section.number;
        if (nestedComma && h.number === nestedComma.last + 1) {
          level = 2;
          nestedComma.last = h.number;
        } else if (
          topNumber !== undefined &&
          h.number === 1 &&
          topNumber >= 1 &&
          stack.length > 0 &&
          h.bodyFrom !== undefined
        ) {
          level = 2;
          nestedComma = { top: topNumber, last: 1 };
        } else nestedComma = undefined;
      }
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      const parent = stack[stack.length - 1]?.draft;
      const id = newId(parent?.section.id);
      const section: Section = {
        id,
        ...(h.ordinal ? { ordinal: h.ordinal } : {}),
        ordinalStyle: h.markdown && h.style === "none" ? "markdown" : h.style,
        level: parent ? Math.min(9, parent.section.level + 1) : 1,
        ...(h.number !== undefined ? { number: h.number } : {}),
        title: l.raw.slice(h.titleFrom, h.titleFrom + h.title.length),
        paragraphs: h.bodyFrom !== undefined ? [l.raw.slice(h.bodyFrom).trim()] : [],
        roles: ["measures"],
        themes: [],
        evidence: [
          evidence(
            input,
            l.start + (l.raw.length - l.raw.trimStart().length),
            l.start + h.titleFrom + h.title.length,
            l.line,
            id,
          ),
        ],
        children: [],
      };
      const draft: Draft = { section, parentRoles: parent ? parent.section.roles : [], bodyLines: [l] };
      if (parent) parent.section.children.push(section);
      else top.push(draft);
      stack.push({ draft, level });
      all.push(draft);
      continue;
    }
    const current = stack[stack.length - 1]?.draft;
    if (!current && !preamble) {
      preamble = {
        section: { id: "s0", level: 1, paragraphs: [], roles: ["preamble"], themes: [], children: [] },
        parentRoles: [],
        bodyLines: [],
      };
      all.push(preamble);
    }
    const target = current ?? (preamble as Draft);
    const paras = target.section.paragraphs;
    const prevLine = target.bodyLines[target.bodyLines.length - 1];
    const last = paras[paras.length - 1];
    const joined =
      last !== undefined && prevLine && prevLine.index === i - 2 && !SENTENCE_END.test(last.trim());
    if (joined && last !== undefined) paras[paras.length - 1] = last + l.raw.trim();
    else paras.push(l.raw.trim());
    target.bodyLines.push(l);
  }
  return { ...(preamble ? { preamble } : {}), top, all };
}

/**
 * Gives every section its roles (measures, problems, plans …) and 纲要 themes, parents before children, and
 * returns why: the words matched, by section id.
 */
export function assignRoles(
  tree: SectionTree,
  reportYear: number | undefined,
): Record<string, Record<string, readonly string[]>> {
  const explanations: Record<string, Record<string, readonly string[]>> = {};
  const draftOf = new Map(tree.all.map((d) => [d.section, d]));
  for (const d of tree.all) {
    if (d.section.roles[0] === "preamble") continue;
    let inherited = d.parentRoles.filter((r) => r !== "preamble");
    if (inherited.includes("problems") && inherited.includes("plans")) {
      inherited = [soundsLikeProblem(d.section.title ?? "") ? "problems" : "plans"];
    }
    const c = classify(d.section.title ?? "", d.section.paragraphs.join(""), reportYear, inherited);
    d.section.roles = c.roles;
    d.section.themes = c.themes;
    explanations[d.section.id] = c.matched;
    for (const child of d.section.children) {
      const cd = draftOf.get(child);
      if (cd) cd.parentRoles = c.roles;
    }
  }
  return explanations;
}

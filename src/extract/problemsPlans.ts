import type { Plan, Problem } from "../model";
import { classify } from "./classify";
import { causeOf, soundsLikeProblem, splitItems } from "./items";
import type { SourceLine } from "./lines";
import type { Draft } from "./sections";
import { evidence } from "./view";

/**
 * The problems (存在的不足) and plans (下一步安排) the sections state: leaf headings under a plans section, items
 * of 一是…二是… runs, and paragraphs that start 一是 / 下一步. A plan's year is the one in its section's title, else
 * the year after the report year.
 */
export function problemsAndPlans(
  input: string,
  drafts: readonly Draft[],
  reportYear: number | undefined,
): { problems: Problem[]; plans: Plan[] } {
  const problems: Problem[] = [];
  const plans: Plan[] = [];
  for (const d of drafts) {
    const roles = d.section.roles;
    const titled = /((?:19|20)\d{2})\s*年/.exec(d.section.title ?? "")?.[1];
    const planYear = titled ? Number(titled) : reportYear !== undefined ? reportYear + 1 : undefined;
    const yearOf = planYear !== undefined ? { year: planYear } : {};
    if (
      roles.includes("plans") &&
      d.section.children.length === 0 &&
      d.parentRoles.includes("plans") &&
      d.section.title
    ) {
      const l = d.bodyLines[0] as SourceLine;
      const from = l.raw.indexOf(d.section.title);
      plans.push({
        id: `n${plans.length + 1}`,
        ...yearOf,
        text: d.section.title,
        themes: d.section.themes,
        evidence: [
          evidence(input, l.start + from, l.start + from + d.section.title.length, l.line, d.section.id),
        ],
      });
      continue;
    }
    if (!roles.includes("problems") && !(roles.includes("plans") && d.section.children.length === 0))
      continue;
    for (const l of d.bodyLines) {
      let items = splitItems(l.raw);
      let planLead = false;
      if (items.length === 0) {
        // a paragraph of its own that starts 一是…, or a plan paragraph that starts 下一步…
        const lead = /^\s*([一二三四五六七八九十]+是|(?:下一步|下一阶段|今后)[^，,]*[，,])/.exec(l.raw);
        if (lead && (lead[1]?.endsWith("是") || roles.includes("plans"))) {
          const rest = l.raw.slice(lead[0].length);
          const stop = rest.search(/[。；;]/);
          items = [{ text: (stop === -1 ? rest : rest.slice(0, stop)).trim(), from: lead[0].length }];
          planLead = !lead[1]?.endsWith("是");
        }
      }
      for (const item of items) {
        if (!item.text || item.text.length < 4) continue;
        const from = l.raw.indexOf(item.text, item.from);
        const ev = [evidence(input, l.start + from, l.start + from + item.text.length, l.line, d.section.id)];
        const isProblem =
          !planLead &&
          roles.includes("problems") &&
          (!roles.includes("plans") || soundsLikeProblem(item.text));
        if (isProblem) {
          const cause = causeOf(item.text);
          problems.push({
            id: `p${problems.length + 1}`,
            text: item.text,
            ...(cause ? { cause } : {}),
            themes: classify(item.text, "", reportYear).themes,
            evidence: ev,
          });
        } else if (roles.includes("plans")) {
          plans.push({
            id: `n${plans.length + 1}`,
            ...yearOf,
            text: item.text,
            themes: classify(item.text, "", reportYear).themes,
            evidence: ev,
          });
        }
      }
    }
  }
  return { problems, plans };
}

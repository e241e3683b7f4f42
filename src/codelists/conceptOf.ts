import { CONCEPTS, type ConceptCode, type ConceptEntry } from "./concepts";
import { DOMAINS } from "./domains";

/**
 * What `conceptOf` reads of an indicator (a model `Indicator` fits).
 * @example
 * const figure: ConceptInput = { label: "调解成功率", unit: "%", kind: "rate", rateKind: "mediationSuccess" };
 */
export interface ConceptInput {
  readonly label: string;
  readonly unit?: string | undefined;
  readonly kind: string;
  readonly domain?: string | undefined;
  readonly rateKind?: string | undefined;
}

/**
 * Where the figure stands, for indicators without a domain: the title of its section (and of the sections above).
 * @example
 * const context: ConceptContext = { sectionTitle: "（五）依法化解矛盾纠纷" };
 */
export interface ConceptContext {
  readonly sectionTitle?: string | undefined;
}

/** Words that make a figure something else than the year's figure of a concept: a part, a running total, last year. */
const NEVER = ["其中", "累计", "新增", "去年", "上年", "同比", "环比", "增长", "下降"];
/** Rate kinds too general to tell two concepts apart: the label decides. */
const GENERAL = new Set(["share", "other", "coverage"]);
const QUOTED = /[“"「『][^”"」』]*[”"」』]/g;

// Whether the figure is of the concept's sort: a rate in %, or a count in one of its units.
function sortFits(c: ConceptEntry, figure: ConceptInput): boolean {
  if (c.kind === "rate") return figure.kind === "rate" && figure.unit === "%";
  return figure.kind === "count" && figure.unit !== undefined && (c.units ?? []).includes(figure.unit);
}

// Whether the figure belongs to the concept's field: its domain, else its label or section names the field.
function domainFits(c: ConceptEntry, figure: ConceptInput, context: ConceptContext): boolean {
  if (figure.domain !== undefined) return figure.domain === c.domain;
  const where = `${figure.label} ${context.sectionTitle ?? ""}`;
  const field = DOMAINS.find((d) => d.code === c.domain);
  return field !== undefined && [field.zh, ...field.aliases].some((w) => where.includes(w));
}

// Whether the label says the concept: every group has a word, no excluded word, quotes only for programmes.
function labelFits(c: ConceptEntry, label: string): boolean {
  const quoted = QUOTED.test(label);
  QUOTED.lastIndex = 0;
  if (quoted && c.quoted !== true) return false;
  const bare = c.quoted === true ? label.replace(/[“”"「」『』]/g, "") : label;
  if ([c.zh, ...c.aliases].includes(bare)) return true;
  if (NEVER.some((w) => bare.includes(w)) || (c.exclude ?? []).some((w) => bare.includes(w))) return false;
  return c.match.every((group) => group.some((w) => bare.includes(w)));
}

/**
 * The shared concept of an indicator, or `undefined` when it matches none or more than one. Conservative by design:
 * the label must name the concept (quoted programmes such as “公调对接” are not the concept), the figure must be of
 * its sort (a rate in %, a count in one of its units: 项 is not 件), of its field (the indicator's `domain`, else
 * a name of the field (codelists/domains) in the label or `context.sectionTitle`), and not a part, running total or last year's figure.
 * A named `rateKind` must agree with the concept's.
 *
 * @example
 * conceptOf({ label: "调解成功率", unit: "%", kind: "rate", domain: "mediation", rateKind: "mediationSuccess" })
 * //=> "mediationSuccessRate"
 * conceptOf({ label: "“公调对接”调解成功率", unit: "%", kind: "rate", domain: "mediation" }) //=> undefined
 * conceptOf({ label: "行政处罚赋权事项清单", unit: "项", kind: "count", domain: "enforcement" }) //=> undefined
 */
export function conceptOf(indicator: ConceptInput, context: ConceptContext = {}): ConceptCode | undefined {
  const found: ConceptCode[] = [];
  for (const c of CONCEPTS as readonly ConceptEntry[]) {
    if (!sortFits(c, indicator)) continue;
    if (!domainFits(c, indicator, context)) continue;
    const named = indicator.rateKind !== undefined && !GENERAL.has(indicator.rateKind);
    if (c.rateKind !== undefined && named && indicator.rateKind !== c.rateKind) continue;
    if (labelFits(c, indicator.label.trim())) found.push(c.code);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The entry of a concept code.
 * @example
 * conceptEntry("courtAppearanceRate")?.en //=> "heads' court appearance rate"
 * conceptEntry("nothing") //=> undefined
 */
export function conceptEntry(code: string): ConceptEntry | undefined {
  return (CONCEPTS as readonly ConceptEntry[]).find((c) => c.code === code);
}

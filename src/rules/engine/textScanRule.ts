import type { ParamsOf } from "../../locales/ruleParams";
import type { Indicator, Report } from "../../model";
import { type OutcomeOf, orNotApplicable, type RuleHead } from "./ruleHead";
import type { Rule, RuleContext } from "./types";
import { textsOf } from "./walk";

/**
 * A rule that scans every string of prose in the report (titles, paragraphs, problems, plans) for a pattern: a
 * finding at each match `finds` accepts (with the params it gives), a pass when there is none, not applicable when
 * the report has no text.
 * @example
 * const rule = textScanRule({ ...head, pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g, finds: (m) => ({ masked: mask(m) }) });
 */
export function textScanRule<const Id extends string>(
  spec: RuleHead<Id> & {
    /** A global pattern. */
    readonly pattern: RegExp;
    /** The params of a finding on a match, or `undefined` when the match is not what the rule looks for. */
    readonly finds: (match: string) => ParamsOf<Id> | undefined;
  },
): Rule<Id> {
  const { pattern, finds, ...head } = spec;
  return {
    ...head,
    check(report) {
      const texts = textsOf(report);
      if (texts.every(([t]) => t.trim() === "")) return [{ status: "notApplicable", reason: "no text" }];
      const out: OutcomeOf<Id>[] = [];
      for (const [text, path] of texts) {
        for (const m of text.matchAll(pattern)) {
          const params = finds(m[0]);
          if (params) out.push({ status: "fail", path, params });
        }
      }
      return out.length > 0 ? out : [{ status: "pass" }];
    },
  };
}

/**
 * For one indicator, the test of each of its evidence quotes (the params of a finding, or `undefined` when the
 * quote holds); `undefined` when the rule does not read this indicator.
 */
export type QuoteTest<P> = (
  ind: Indicator,
) => ((quote: NonNullable<Indicator["evidence"]>[number]) => P | undefined) | undefined;

/**
 * A rule that tests every evidence quote of the indicators: a pass or a finding at each quote (related to the
 * indicator's value), not applicable when no indicator has evidence. `scan` prepares the test for a report, or says
 * why the rule does not apply to it.
 * @example
 * const rule = quoteScanRule({ ...head, scan: () => (ind) => (ev) => (ev.quote.includes(ind.value) ? undefined : { … }) });
 */
export function quoteScanRule<const Id extends string>(
  spec: RuleHead<Id> & {
    readonly scan: (
      report: Report,
      context: RuleContext,
    ) => QuoteTest<ParamsOf<Id>> | { readonly reason: string };
  },
): Rule<Id> {
  const { scan, ...head } = spec;
  return {
    ...head,
    check(report, context) {
      const test = scan(report, context);
      if (typeof test !== "function") return [{ status: "notApplicable", reason: test.reason }];
      const out: OutcomeOf<Id>[] = [];
      report.indicators.forEach((ind, i) => {
        const testQuote = ind.evidence && ind.evidence.length > 0 ? test(ind) : undefined;
        if (!testQuote) return;
        ind.evidence?.forEach((ev, j) => {
          const params = testQuote(ev);
          const path = `/indicators/${i}/evidence/${j}/quote`;
          out.push(
            params
              ? { status: "fail", path, params, related: [`/indicators/${i}/value`] }
              : { status: "pass" },
          );
        });
      });
      return orNotApplicable(out, "no indicator has evidence");
    },
  };
}

import type { ParamsOf } from "../../locales/ruleParams";
import type { SubsetRelation, SumRelation } from "../../model";
import { type CheckResult, checkSubset, checkSum } from "../../rates";
import { extractedParams } from "../engine/extracted";
import { holdsExactly, wholeAndParts } from "../engine/quantity";
import type { RelationPlace } from "../engine/relationRule";
import type { OutcomeOf, Settled } from "../engine/ruleHead";
import { indicatorIndex } from "../engine/walk";

/**
 * Checks a sum (`whole = Σ parts`) or subset (其中) relation: settled when it holds or cannot be checked (a
 * missing indicator, a figure that is not a number), else the failed check with the paths of its figures (whole
 * first). Exact figures are compared directly; qualified ones (余, 约) as intervals.
 */
function checkPartition(
  report: RelationPlace["report"],
  rel: SumRelation | SubsetRelation,
): Settled | { readonly failed: CheckResult; readonly related: readonly string[] } {
  const q = wholeAndParts(indicatorIndex(report), rel);
  if ("reason" in q) return { status: "notApplicable", reason: q.reason };
  const disjoint = rel.type === "subset" && rel.disjoint === true;
  if (holdsExactly(q, rel.type === "sum" ? "sum" : disjoint ? "disjointSubset" : "subset"))
    return { status: "pass" };
  const result =
    rel.type === "sum"
      ? checkSum({ whole: q.whole, parts: q.parts })
      : checkSubset({ whole: q.whole, parts: q.parts, ...(disjoint ? { disjoint: true } : {}) });
  if (!result.success)
    return { status: "notApplicable", reason: `relation ${rel.id} has a value that is not a number` };
  if (result.value.status === "pass") return { status: "pass" };
  return { failed: result.value, related: q.paths };
}

/**
 * The outcome of a sum (FZ-ARITH-001) or subset (FZ-ARITH-002) relation: a finding shows the stated and computed
 * figures, their difference, what `more` adds from the check, and how an extracted relation was read.
 */
export function partitionOutcome<const Id extends "FZ-ARITH-001" | "FZ-ARITH-002">(
  rel: SumRelation | SubsetRelation,
  { report, path }: RelationPlace,
  more: (failed: CheckResult) => Omit<ParamsOf<Id>, "stated" | "computed" | "delta" | "basis" | "quotes">,
): OutcomeOf<Id> {
  const c = checkPartition(report, rel);
  if ("status" in c) return c;
  const { stated, computed, delta } = c.failed;
  // The figures, `more` and the extracted params together are exactly the rule's params.
  const params = {
    stated,
    computed,
    delta,
    ...more(c.failed),
    ...extractedParams(report, rel),
  } as ParamsOf<Id>;
  return { status: "fail", path, params, related: c.related };
}

import type { Report, SubsetRelation, SumRelation } from "../../model";
import { type CheckResult, checkSubset, checkSum } from "../../rates";
import { holdsExactly, wholeAndParts } from "../engine/quantity";
import type { Settled } from "../engine/ruleHead";
import { indicatorIndex } from "../engine/walk";

/**
 * Checks a sum (`whole = Σ parts`) or subset (其中) relation: settled when it holds or cannot be checked (a
 * missing indicator, a figure that is not a number), else the failed check with the paths of its figures (whole
 * first). Exact figures are compared directly; qualified ones (余, 约) as intervals.
 */
export function checkPartition(
  report: Report,
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

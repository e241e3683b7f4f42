// Type-checked in the consumer project (strict), once as it is (tsconfig.json) and once under
// exactOptionalPropertyTypes (tsconfig.exact.json): the package's types are assignable to the types generated from
// its schemas. An optional key of the model is absent or holds a value (zod's exactOptional), never `undefined`,
// so `reportYear?: number` on both sides.
import type { Report } from "fazhi-report";
import type { Report as Generated07 } from "./report-07.generated";
import type { Report as Generated2020 } from "./report-2020-12.generated";

export function toGenerated(report: Report): [Generated2020, Generated07] {
  return [report, report];
}

/** The generated `Relation` is a union discriminated by `type`: narrowing reaches each branch's own keys. */
export function wholeOf(relation: Generated07["relations"][number]): string | undefined {
  return relation.type === "sum" || relation.type === "subset" ? relation.whole : undefined;
}

/** The same in the 2020-12 types: a rate relation's numerator is a list of identifiers. */
export function numeratorOf(relation: Generated2020["relations"][number]): string[] {
  return relation.type === "rate" ? relation.numerator : [];
}

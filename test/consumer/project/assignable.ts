// Type-checked in the consumer project (strict): the package's types are assignable to the types generated from
// its schemas. Not under exactOptionalPropertyTypes: zod types an optional key `T | undefined`, which JSON never holds.
import type { Report } from "fazhi-report";
import type { Report as Generated07 } from "./report-07.generated";
import type { Report as Generated2020 } from "./report-2020-12.generated";

export function toGenerated(report: Report): [Generated2020, Generated07] {
  return [report, report];
}

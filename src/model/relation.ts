import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, RateKind, RelationBasis, Text } from "./primitives";

const base = {
  id: Id,
  note: Text.exactOptional(),
  evidence: z.array(Evidence).exactOptional(),
  basis: RelationBasis.exactOptional().meta({
    description:
      "How the text says the figures relate (其中, formula, 占…的 phrase, names …); set by the extractor.",
  }),
};
const refs = z.array(Id).min(1);

/**
 * `whole = Σ parts`: "评查446卷，其中…220卷、…226卷".
 *
 * @example
 * SumRelation.parse({ id: "r1", type: "sum", whole: "cases", parts: ["self", "central"] }).type //=> "sum"
 */
export const SumRelation = z
  .strictObject({ ...base, type: z.literal("sum"), whole: Id, parts: z.array(Id).min(2) })
  .meta({ id: "SumRelation", title: "Sum", "x-fazhi-rules": ["FZ-ARITH-001", "FZ-REF-001"] });
export type SumRelation = z.infer<typeof SumRelation>;

/**
 * `part ≤ whole` for each part (其中), and `Σ parts ≤ whole` when the parts are `disjoint`.
 *
 * @example
 * SubsetRelation.parse({ id: "r2", type: "subset", whole: "inspections", parts: ["via-platform"] }).parts //=> ["via-platform"]
 */
export const SubsetRelation = z
  .strictObject({
    ...base,
    type: z.literal("subset"),
    whole: Id,
    parts: refs,
    disjoint: z.boolean().exactOptional(),
  })
  .meta({ id: "SubsetRelation", title: "Subset (其中)", "x-fazhi-rules": ["FZ-ARITH-002", "FZ-REF-001"] });
export type SubsetRelation = z.infer<typeof SubsetRelation>;

/**
 * A stated rate and the indicators it is computed from:
 * `rate = Σ numerator ÷ (Σ denominator − Σ denominatorExcludes)`, as a percentage.
 *
 * @example
 * RateRelation.parse({ id: "r3", type: "rate", rate: "correction-rate", numerator: ["annulled", "ordered"],
 *   denominator: ["concluded"], denominatorExcludes: ["rejected"], rateKind: "reconsiderationCorrection" }).type
 * //=> "rate"
 */
export const RateRelation = z
  .strictObject({
    ...base,
    type: z.literal("rate"),
    rate: Id.meta({ description: "The indicator stating the rate (kind rate, unit %)." }),
    numerator: refs,
    denominator: refs,
    denominatorExcludes: z
      .array(Id)
      .exactOptional()
      .meta({ description: "Subtracted from the denominator (不予受理)." }),
    rateKind: RateKind.exactOptional(),
  })
  .meta({
    id: "RateRelation",
    title: "Rate",
    "x-fazhi-rules": ["FZ-RATE-001", "FZ-RATE-002", "FZ-RATE-003", "FZ-REF-001"],
  });
export type RateRelation = z.infer<typeof RateRelation>;

/**
 * A count followed by the names of what is counted: "4个村(社区)…(红旗村、红光村、新乐村、育龙社区)".
 *
 * @example
 * ListCountRelation.parse({ id: "r4", type: "listCount", count: "model-villages", items: ["红旗村", "红光村"] }).items.length
 * //=> 2
 */
export const ListCountRelation = z
  .strictObject({ ...base, type: z.literal("listCount"), count: Id, items: z.array(Text).min(1) })
  .meta({
    id: "ListCountRelation",
    title: "Count of a list",
    "x-fazhi-rules": ["FZ-ARITH-004", "FZ-REF-001"],
  });
export type ListCountRelation = z.infer<typeof ListCountRelation>;

/**
 * What the text says about how indicators relate: a sum, a subset (其中), a rate or the count of a list.
 *
 * @example
 * Relation.parse({ id: "r1", type: "sum", whole: "a", parts: ["b", "c"] }).type //=> "sum"
 * Relation.safeParse({ id: "r1", type: "product", whole: "a" }).success //=> false
 */
export const Relation = z
  .discriminatedUnion("type", [SumRelation, SubsetRelation, RateRelation, ListCountRelation])
  .meta({ id: "Relation", title: "Relation" });
export type Relation = z.infer<typeof Relation>;

import { z } from "zod";
import { Evidence } from "./evidence";
import {
  Concept,
  DecimalString,
  Domain,
  Id,
  IndicatorKind,
  Magnitude,
  Qualifier,
  RateKind,
  RoundingModeSchema,
  Text,
  Year,
} from "./primitives";

/**
 * A quantity the report states: its value exactly as a decimal string with unit, magnitude (万/亿) and
 * qualifier (约, 余, 以上, 近 …), what kind of quantity it is and where it was read.
 *
 * `value` is never negative: a decrease is stated with `direction: "decrease"`, as the text does (下降 5%).
 * An absent `qualifier` means exact.
 *
 * @example
 * Indicator.parse({ id: "mediation-rate", label: "调解成功率", value: "81", unit: "%", kind: "rate",
 *   rateKind: "mediationSuccess", domain: "mediation", evidence: [{ quote: "成功率81%" }] }).value
 * //=> "81"
 * Indicator.safeParse({ id: "x", label: "调解", value: 81, kind: "count" }).success //=> false (value must be a string)
 */
export const Indicator = z
  .strictObject({
    id: Id,
    label: Text.meta({ description: "What is counted, in the report's words (调解成功, 网上办件量)." }),
    value: DecimalString,
    unit: Text.exactOptional().meta({
      description: "Unit as printed: 件, 人次, 万元 is unit 元 with magnitude 万, %.",
    }),
    magnitude: Magnitude.exactOptional(),
    qualifier: Qualifier.exactOptional(),
    kind: IndicatorKind,
    domain: Domain.exactOptional(),
    rateKind: RateKind.exactOptional().meta({ description: "For kind rate: which named rate." }),
    concept: Concept.exactOptional().meta({
      description:
        "The shared concept (codelists/concepts) this figure is, for comparing reports; see conceptOf.",
    }),
    direction: z
      .enum(["increase", "decrease"])
      .exactOptional()
      .meta({ description: "For changes: up or down." }),
    rounding: RoundingModeSchema.exactOptional().meta({
      description: "How the figure is known to be rounded.",
    }),
    year: Year.exactOptional().meta({
      description: "The year the figure refers to, when not the report year.",
    }),
    evidence: z.array(Evidence).exactOptional(),
  })
  .meta({
    id: "Indicator",
    title: "Indicator",
    "x-fazhi-rules": ["FZ-ARITH-003", "FZ-RATE-003", "FZ-EVID-001", "FZ-REF-002"],
  });
export type Indicator = z.infer<typeof Indicator>;

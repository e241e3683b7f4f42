import { z } from "zod";
import { Evidence } from "./evidence";
import { DecimalString, Id, Text, Theme, Year } from "./primitives";

/**
 * A measurable target a plan sets ("出庭应诉率保持100%").
 *
 * @example
 * PlanTarget.parse({ text: "出庭应诉率保持100%", value: "100", unit: "%" }).value //=> "100"
 */
export const PlanTarget = z
  .strictObject({ text: Text, value: DecimalString.exactOptional(), unit: Text.exactOptional() })
  .meta({ id: "PlanTarget", title: "Plan target" });
export type PlanTarget = z.infer<typeof PlanTarget>;

/**
 * A plan for the coming year (下一年度主要安排). `year` is the year the plan is for.
 *
 * @example
 * Plan.parse({ id: "n1", year: 2024, text: "加强法治培训", themes: ["2021:10"] }).year //=> 2024
 * Plan.safeParse({ id: "n1", year: "2024", text: "加强法治培训", themes: [] }).success //=> false
 */
export const Plan = z
  .strictObject({
    id: Id,
    year: Year.exactOptional().meta({
      description: "The year the plan is for; absent when the text does not say.",
    }),
    text: Text,
    themes: z.array(Theme),
    target: PlanTarget.exactOptional(),
    evidence: z.array(Evidence).exactOptional(),
  })
  .meta({ id: "Plan", title: "Plan", "x-fazhi-rules": ["FZ-DATE-006", "FZ-COMP-004"] });
export type Plan = z.infer<typeof Plan>;

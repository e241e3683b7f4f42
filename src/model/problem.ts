import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, Text, Theme } from "./primitives";

/**
 * A shortcoming the report admits (存在的不足), with its cause when the text gives one.
 *
 * @example
 * Problem.parse({ id: "p1", text: "法治基层基础建设有待进一步夯实", themes: ["2021:10"] }).id //=> "p1"
 * Problem.safeParse({ id: "p1" }).success //=> false
 */
export const Problem = z
  .strictObject({
    id: Id,
    text: Text,
    cause: Text.exactOptional().meta({ description: "The cause, when the report states one (原因)." }),
    themes: z.array(Theme),
    evidence: z.array(Evidence).exactOptional(),
  })
  .meta({ id: "Problem", title: "Problem", "x-fazhi-rules": ["FZ-COMP-002"] });
export type Problem = z.infer<typeof Problem>;

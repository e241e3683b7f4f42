import { z } from "zod";
import { Text } from "./primitives";

/**
 * Where the report text came from. `textSha256` identifies the exact text that evidence offsets point into.
 *
 * @example
 * ReportSource.parse({ publisher: "临河区司法局", textSha256: "a".repeat(64) }).publisher //=> "临河区司法局"
 * ReportSource.safeParse({ url: "not a url" }).success //=> false
 */
export const ReportSource = z
  .strictObject({
    url: z.url().exactOptional(),
    publisher: Text.exactOptional().meta({ description: "来源 / 发布机构 as the page gives it." }),
    file: Text.exactOptional().meta({ description: "File name of the source text." }),
    textSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .exactOptional()
      .meta({ description: "SHA-256 (hex) of the UTF-8 source text that evidence offsets refer to." }),
  })
  .meta({ id: "ReportSource", title: "Source" });
export type ReportSource = z.infer<typeof ReportSource>;

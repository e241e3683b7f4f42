import { z } from "zod";
import { Id, Text } from "./primitives";

/**
 * Where a value was read: the quote as printed, the section it stands in, and, when the source text is known,
 * the UTF-16 offsets `[start, end)` and 1-based line of the quote in that text (see `Report.source.textSha256`).
 * When the text was read out of a file that is not text (schema 1.1), `page` (PDF) or `paragraph` (Word) says
 * where to find the quote in that file.
 *
 * @example
 * Evidence.parse({ quote: "调解成功8881件", sectionId: "s3.2", start: 2310, end: 2319, line: 41 })
 * //=> { quote: "调解成功8881件", sectionId: "s3.2", start: 2310, end: 2319, line: 41 }
 * Evidence.parse({ quote: "调解成功8881件", page: 3 }).page //=> 3
 * Evidence.safeParse({ quote: "" }).success //=> false
 * Evidence.safeParse({ quote: "调解成功8881件", page: 0 }).success //=> false
 */
export const Evidence = z
  .strictObject({
    quote: Text.meta({ description: "The words of the source, as printed, that state the value." }),
    sectionId: Id.exactOptional().meta({ description: "Id of the section the quote stands in." }),
    start: z
      .int()
      .min(0)
      .exactOptional()
      .meta({ description: "Offset of the quote's first UTF-16 code unit." }),
    end: z
      .int()
      .min(0)
      .exactOptional()
      .meta({ description: "Offset just after the quote's last code unit." }),
    line: z.int().min(1).exactOptional().meta({ description: "1-based line of the quote's start." }),
    page: z.int().min(1).exactOptional().meta({
      description: "1-based page of the original PDF on which the quote starts (since schema 1.1).",
    }),
    paragraph: z.int().min(1).exactOptional().meta({
      description:
        "1-based paragraph of the original Word document (empty paragraphs counted) in which the quote starts (since schema 1.1).",
    }),
  })
  .meta({
    id: "Evidence",
    title: "Evidence",
    description: "Where a value was read in the source text.",
    "x-fazhi-rules": ["FZ-EVID-001"],
  });
export type Evidence = z.infer<typeof Evidence>;

import { z } from "zod";
import { IsoDate, Text } from "./primitives";

/**
 * A date as the report prints it, with its ISO reading when one can be made: at least one of the two. A garbled
 * date (`202327日`) keeps its `text` and has no `date`.
 *
 * @example
 * PrintedDate.parse({ date: "2023-02-07", text: "2023年2月7日" }).date //=> "2023-02-07"
 * PrintedDate.parse({ text: "202327日" }) //=> { text: "202327日" }
 * PrintedDate.safeParse({}).success //=> false
 */
export const PrintedDate = z
  .strictObject({ date: IsoDate.exactOptional(), text: Text.exactOptional() })
  .refine((d) => d.date !== undefined || d.text !== undefined, { params: { fazhi: "dateOrText" } })
  .meta({
    id: "PrintedDate",
    title: "Printed date",
    description: "A date as printed (text) with its ISO reading (date); at least one of the two.",
    // The refinement above, for JSON Schema (a closed object with at least one key).
    minProperties: 1,
  });
export type PrintedDate = z.infer<typeof PrintedDate>;

/**
 * The report's dates: 成文日期 (document), publication on a website or in a gazette, and the 印发 (print) date.
 *
 * @example
 * ReportDates.parse({ document: { date: "2023-12-26" } }).document //=> { date: "2023-12-26" }
 */
export const ReportDates = z
  .strictObject({
    document: PrintedDate.exactOptional().meta({ description: "成文日期: the date under the signature." }),
    publication: PrintedDate.exactOptional().meta({ description: "When the report was made public." }),
    print: PrintedDate.exactOptional().meta({ description: "The date of the 印发 line." }),
  })
  .meta({
    id: "ReportDates",
    title: "Dates",
    "x-fazhi-rules": [
      "FZ-DATE-001",
      "FZ-DATE-002",
      "FZ-DATE-003",
      "FZ-DATE-004",
      "FZ-DATE-005",
      "FZ-DATE-007",
    ],
  });
export type ReportDates = z.infer<typeof ReportDates>;

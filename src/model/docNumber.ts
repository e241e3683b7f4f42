import { z } from "zod";
import { Text, Year } from "./primitives";

/**
 * A document number (文号, GB/T 9704: 机关代字 + 〔year〕 + 序号 + 号). `raw` keeps the text exactly as printed,
 * garbled or not (`惠政文20238`); the parts are given only when they can be read.
 *
 * @example
 * DocNumber.parse({ raw: "永贡政〔2023〕69号", agencyCode: "永贡政", year: 2023, serial: 69 }).serial //=> 69
 * DocNumber.parse({ raw: "惠政文20238" }) //=> { raw: "惠政文20238" }
 * DocNumber.safeParse({ agencyCode: "惠政文" }).success //=> false
 */
export const DocNumber = z
  .strictObject({
    raw: Text.meta({ description: "The 文号 exactly as printed." }),
    agencyCode: Text.exactOptional().meta({ description: "机关代字, e.g. 惠政文." }),
    year: Year.exactOptional(),
    serial: z.int().min(0).max(100000).exactOptional().meta({ description: "序号." }),
  })
  .meta({ id: "DocNumber", title: "Document number (文号)", "x-fazhi-rules": ["FZ-DATE-005"] });
export type DocNumber = z.infer<typeof DocNumber>;

import { z } from "zod";
import { ReportDates } from "./dates";
import { DocNumber } from "./docNumber";
import { Indicator } from "./indicator";
import { Issuer } from "./issuer";
import { Jurisdiction } from "./jurisdiction";
import { Plan } from "./plan";
import { Id, Text, Year } from "./primitives";
import { Problem } from "./problem";
import { Relation } from "./relation";
import { Section } from "./section";
import { ReportSource } from "./source";

/**
 * The newest version of the data model, the one this package's JSON Schemas describe. 1.1 added `page` and
 * `paragraph` to evidence; a 1.0 document is a valid 1.1 document and is still read as it is
 * (`SCHEMA_VERSIONS`).
 * @example
 * SCHEMA_VERSION //=> "1.1"
 */
export const SCHEMA_VERSION = "1.1";

/**
 * Every `schemaVersion` a report may give: older versions are read unchanged (each added only optional fields).
 * @example
 * SCHEMA_VERSIONS //=> ["1.0", "1.1"]
 */
export const SCHEMA_VERSIONS = ["1.0", SCHEMA_VERSION] as const;

/**
 * Keys allowed in `extensions`: a letter first, then letters, digits, `_`, `-`, `.`, `:`; never `__proto__`,
 * `constructor` or `prototype`.
 */
const ExtensionKey = z.string().regex(/^(?!(?:constructor|prototype)$)[A-Za-z][A-Za-z0-9_.:-]{0,63}$/);

/**
 * An annual rule-of-law government report (法治政府建设年度报告): header, dates, the section tree of its body,
 * the quantities it states (`indicators`), what it says about how they relate (`relations`), the problems it
 * admits and the plans it makes.
 *
 * Fields the text does not give stay absent. Unknown keys are rejected (a typo is an error, not silently lost);
 * put your own data under `extensions`.
 *
 * @example
 * import { Report } from "fazhi-report";
 * const result = Report.safeParse(JSON.parse(text));
 * if (result.success) console.log(result.data.reportYear); //=> 2023
 * Report.safeParse({ schemaVersion: "1.0" }).success //=> false
 * Report.safeParse({ schemaVersion: "0.9" }).success //=> false
 */
export const Report = z
  .strictObject({
    schemaVersion: z.enum(SCHEMA_VERSIONS).meta({
      description: "1.0, or 1.1 when evidence gives a `page` or `paragraph` of the original file.",
    }),
    id: Id.meta({ description: "Your identifier for the report." }),
    title: Text.meta({ description: "The title as printed." }),
    reportYear: Year.exactOptional().meta({
      description:
        "The year the report covers (the year in its title). Absent when the text does not say; the rules that need it are then not applicable.",
    }),
    language: z.enum(["zh-Hans", "zh-Hant"]).exactOptional(),
    jurisdiction: Jurisdiction,
    issuers: z.array(Issuer).min(1),
    docNumber: DocNumber.exactOptional(),
    signer: Text.exactOptional().meta({ description: "签发人." }),
    addressees: z.array(Text).exactOptional().meta({ description: "主送." }),
    copyTo: z.array(Text).exactOptional().meta({ description: "抄送." }),
    dates: ReportDates.exactOptional(),
    source: ReportSource.exactOptional(),
    sections: z.array(Section),
    indicators: z.array(Indicator),
    relations: z.array(Relation),
    problems: z.array(Problem),
    plans: z.array(Plan),
    extensions: z.record(ExtensionKey, z.unknown()).exactOptional(),
  })
  .meta({
    id: "Report",
    title: "法治政府建设年度报告 (annual rule-of-law government report)",
    description: "The canonical model of a report, as read from its published text.",
    "x-fazhi-rules": ["FZ-REF-002", "FZ-PRIV-001", "FZ-PRIV-002", "FZ-DATE-006"],
  });

/** A parsed, structurally valid report. */
export type Report = z.output<typeof Report>;
/**
 * What `Report` accepts as input (identical to `Report`: the model has no transforms or defaults).
 * @example
 * const draft: ReportInput = JSON.parse(text);
 * Report.parse(draft);
 */
export type ReportInput = z.input<typeof Report>;

import { z } from "zod";
import {
  CONCEPTS,
  codesOf,
  DOMAINS,
  INDICATOR_KINDS,
  ISSUER_ROLES,
  LEVELS,
  MAGNITUDE_LABELS,
  QUALIFIER_LABELS,
  RATE_KINDS,
  RELATION_BASES,
  ROUNDING_MODE_LABELS,
  SECTION_ROLES,
  THEMES,
} from "../codelists";
import { UNSIGNED_DECIMAL_PATTERN } from "../numbers";

/**
 * A local identifier: letters, digits and `._:-`, starting with a letter or digit, at most 128 characters.
 *
 * @example
 * Id.parse("ind-recon-total") //=> "ind-recon-total"
 * Id.safeParse("__proto__").success //=> false
 */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/)
  .meta({
    id: "Identifier",
    title: "Identifier",
    description: "Letters, digits and . _ : -, starting with a letter or digit.",
  });
export type Id = z.infer<typeof Id>;

/**
 * A non-negative decimal number written as a string, exactly as stated (`"92.98"`, `"15.2"`, `"81"`), so that
 * its precision is kept. At most 40 characters.
 *
 * @example
 * DecimalString.parse("92.98") //=> "92.98"
 * DecimalString.safeParse("-1").success //=> false
 * DecimalString.safeParse("1e5").success //=> false
 */
export const DecimalString = z.string().max(40).regex(new RegExp(UNSIGNED_DECIMAL_PATTERN)).meta({
  id: "DecimalString",
  title: "Decimal string",
  description: "A non-negative decimal as printed, digits with an optional fraction; no sign or exponent.",
});
export type DecimalString = z.infer<typeof DecimalString>;

/**
 * A calendar date in ISO 8601 form `YYYY-MM-DD` that exists (leap years checked).
 *
 * @example
 * IsoDate.parse("2023-02-07") //=> "2023-02-07"
 * IsoDate.safeParse("2023-02-30").success //=> false
 */
export const IsoDate = z.iso
  .date()
  .meta({ id: "IsoDate", title: "ISO date", description: "A real calendar date, YYYY-MM-DD." });
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A year between 1949 and 2100.
 *
 * @example
 * Year.parse(2023) //=> 2023
 * Year.safeParse(Number.NaN).success //=> false
 */
export const Year = z.int().min(1949).max(2100).meta({ id: "Year", title: "Year" });
export type Year = z.infer<typeof Year>;

/**
 * A non-empty string.
 *
 * @example
 * Text.safeParse("").success //=> false
 */
export const Text = z.string().min(1).meta({ id: "Text", title: "Text", description: "A non-empty string." });
export type Text = z.infer<typeof Text>;

/**
 * Administrative level of the reporting body: province, city, county, township, department.
 *
 * @example
 * Level.parse("township") //=> "township"
 */
export const Level = z.enum(codesOf(LEVELS)).meta({ id: "Level", title: "Administrative level" });
export type Level = z.infer<typeof Level>;

/**
 * A 纲要 theme: `2021:1`–`2021:10` (2021–2025 纲要) or `2015:1`–`2015:9` (2015–2020).
 *
 * @example
 * Theme.parse("2021:5") //=> "2021:5"
 */
export const Theme = z.enum(codesOf(THEMES)).meta({
  id: "Theme",
  title: "Theme",
  description: "Chapter of the 纲要 2021–2025 (2021:2…2021:10) or area of the 纲要 2015–2020.",
});
export type Theme = z.infer<typeof Theme>;

/**
 * What a section does: measures, leadership, problems, plans, other.
 *
 * @example
 * SectionRole.parse("problems") //=> "problems"
 */
export const SectionRole = z.enum(codesOf(SECTION_ROLES)).meta({ id: "SectionRole", title: "Section role" });
export type SectionRole = z.infer<typeof SectionRole>;

/**
 * How a figure is qualified in the text: exact, approx (约), atLeast (余, 以上), atMost, nearly (近), approxAtLeast (约…余).
 *
 * @example
 * Qualifier.parse("atLeast") //=> "atLeast"
 */
export const Qualifier = z.enum(codesOf(QUALIFIER_LABELS)).meta({ id: "Qualifier", title: "Qualifier" });
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * What an indicator counts: count, amount, rate, change, duration, ….
 *
 * @example
 * IndicatorKind.parse("rate") //=> "rate"
 */
export const IndicatorKind = z
  .enum(codesOf(INDICATOR_KINDS))
  .meta({ id: "IndicatorKind", title: "Indicator kind" });
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/**
 * The field an indicator belongs to: 行政复议, 行政诉讼, 调解, 政务服务, 执法, 普法, ….
 *
 * @example
 * Domain.parse("mediation") //=> "mediation"
 */
export const Domain = z.enum(codesOf(DOMAINS)).meta({ id: "Domain", title: "Domain" });
export type Domain = z.infer<typeof Domain>;

/**
 * A named rate (调解成功率, 纠错率, 出庭应诉率 …) or `share`/`other`.
 *
 * @example
 * RateKind.parse("mediationSuccess") //=> "mediationSuccess"
 */
export const RateKind = z.enum(codesOf(RATE_KINDS)).meta({ id: "RateKind", title: "Rate kind" });
export type RateKind = z.infer<typeof RateKind>;

/**
 * How the text says that figures relate (其中, a formula, a 占…的 phrase, matching names …): why a relation was
 * extracted. `stated` for relations encoded by hand.
 *
 * @example
 * RelationBasis.parse("phrase") //=> "phrase"
 */
export const RelationBasis = z
  .enum(codesOf(RELATION_BASES))
  .meta({ id: "RelationBasis", title: "Relation basis" });
export type RelationBasis = z.infer<typeof RelationBasis>;

/**
 * A Chinese magnitude written after a figure: 百, 千, 万, 亿, 万亿.
 *
 * @example
 * Magnitude.parse("万") //=> "万"
 */
export const Magnitude = z.enum(codesOf(MAGNITUDE_LABELS)).meta({ id: "Magnitude", title: "Magnitude" });
export type Magnitude = z.infer<typeof Magnitude>;

/**
 * The role of an issuing body: government, party committee, department, office.
 *
 * @example
 * IssuerRole.parse("government") //=> "government"
 */
export const IssuerRole = z.enum(codesOf(ISSUER_ROLES)).meta({ id: "IssuerRole", title: "Issuer role" });
export type IssuerRole = z.infer<typeof IssuerRole>;

/**
 * Rounding modes a stated figure may have been rounded with.
 *
 * @example
 * RoundingModeSchema.parse("truncate") //=> "truncate"
 */
export const RoundingModeSchema = z
  .enum(codesOf(ROUNDING_MODE_LABELS))
  .meta({ id: "RoundingMode", title: "Rounding mode" });
export type RoundingModeSchema = z.infer<typeof RoundingModeSchema>;

/**
 * A shared concept code (codelists/concepts): the same figure across reports and years (行政复议纠错率, 调解成功率 …).
 *
 * @example
 * Concept.parse("mediationSuccessRate") //=> "mediationSuccessRate"
 * Concept.safeParse("mediation").success //=> false
 */
export const Concept = z.enum(codesOf(CONCEPTS)).meta({ id: "Concept", title: "Concept" });
export type Concept = z.infer<typeof Concept>;

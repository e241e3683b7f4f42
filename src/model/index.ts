/**
 * `fazhi-report/model`: every zod schema of the model (the report, its parts and its primitive fields), each with
 * its derived type, and the parse API.
 *
 * @module fazhi-report/model
 */
export { FazhiError, type FazhiErrorCode, type Issue, type Result } from "../error";
export { PrintedDate, ReportDates } from "./dates";
export { DocNumber } from "./docNumber";
export { Evidence } from "./evidence";
export { Indicator } from "./indicator";
export { Issuer } from "./issuer";
export { type JsonSchemaDraft, reportJsonSchema, reportSchemaId } from "./jsonSchema";
export { DivisionCode, Jurisdiction, ParentJurisdiction } from "./jurisdiction";
export { type ParseReportOptions, parseReport, safeParseReport } from "./parse";
export { Plan, PlanTarget } from "./plan";
export { toJsonPointer } from "./pointer";
export {
  Concept,
  DecimalString,
  Domain,
  Id,
  IndicatorKind,
  IsoDate,
  IssuerRole,
  Level,
  Magnitude,
  Qualifier,
  RateKind,
  RelationBasis,
  RoundingModeSchema,
  SectionRole,
  Text,
  Theme,
  Year,
} from "./primitives";
export { Problem } from "./problem";
export { ListCountRelation, RateRelation, Relation, SubsetRelation, SumRelation } from "./relation";
export { Report, type ReportInput, SCHEMA_VERSION, SCHEMA_VERSIONS } from "./report";
export { OrdinalStyle, Section } from "./section";
export { ReportSource } from "./source";

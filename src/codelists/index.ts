export {
  type CodelistEntry,
  codesOf,
  findEntry,
  LABEL_LOCALES,
  type LabelLocale,
  labelOf,
} from "./codelist";
export { type ConceptContext, type ConceptInput, conceptEntry, conceptOf } from "./conceptOf";
export { CONCEPTS, type ConceptCode, type ConceptEntry } from "./concepts";
export { DOMAINS, type DomainCode } from "./domains";
export { INDICATOR_KINDS, type IndicatorKindCode } from "./indicatorKinds";
export { ISSUER_ROLES, type IssuerRoleCode } from "./issuerRoles";
export { LEVELS, type LevelCode } from "./levels";
export { MAGNITUDE_LABELS, type MagnitudeCode } from "./magnitudes";
export { QUALIFIER_LABELS, type QualifierCode, type QualifierEntry } from "./qualifiers";
export { RATE_KINDS, type RateKindCode, type RateKindEntry } from "./rateKinds";
export { RELATION_BASES, type RelationBasisCode } from "./relationBases";
export { SECTION_ROLES, type SectionRoleCode } from "./roles";
export { ROUNDING_MODE_LABELS, type RoundingModeCode } from "./roundingModes";
export { THEMES, type ThemeCode, type ThemeEntry } from "./themes";
export { UNITS, type UnitEntry } from "./units";

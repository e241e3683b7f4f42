// The `fazhi-report/tables` entry: reports flattened to typed rows, shared concept codes assigned, summaries.
export { assignConcepts } from "./assignConcepts";
export { type ColumnType, type Row, type RowSets, TABLE_NAMES, TABLES, type TableName } from "./columns";
export { type FlattenOptions, flattenReport, flattenReports } from "./flatten";
export { type ConceptSummary, type ConceptValue, summarizeConcepts } from "./summary";

/**
 * `fazhi-report/tables`: reports flattened to typed rows (for spreadsheets, CSV, DuckDB, Parquet), shared concept
 * codes assigned, and the spread of each concept across reports.
 *
 * @module fazhi-report/tables
 */
export { assignConcepts } from "./assignConcepts";
export { type ColumnType, type Row, type RowSets, TABLE_NAMES, TABLES, type TableName } from "./columns";
export { type FlattenOptions, flattenReport, flattenReports } from "./flatten";
export { type ConceptSummary, type ConceptValue, summarizeConcepts } from "./summary";

/**
 * The type of a column: text, a whole number, or a number (a double: values with 万/亿 applied, rates).
 * @example
 * const type: ColumnType = "integer";
 */
export type ColumnType = "text" | "integer" | "number";

/**
 * The tables `flattenReports` makes and their columns, in order. Every table starts with `reportId` and `pointer` (a
 * JSON Pointer into the report; `""` for the report itself): together they key every row. A spreadsheet, CSV file,
 * DuckDB table or Parquet file is written from this one description.
 *
 * @example
 * Object.keys(TABLES) //=> ["reports", "sections", "indicators", "relations", "rates", "findings", "problems", "plans"]
 * TABLES.indicators.number //=> "number"
 */
export const TABLES = {
  reports: {
    reportId: "text",
    pointer: "text",
    title: "text",
    reportYear: "integer",
    jurisdiction: "text",
    level: "text",
    divisionCode: "text",
    issuers: "text",
    docNumber: "text",
    documentDate: "text",
    publicationDate: "text",
    sourceUrl: "text",
    sections: "integer",
    indicators: "integer",
    coded: "integer",
    relations: "integer",
    problems: "integer",
    plans: "integer",
    errors: "integer",
    warnings: "integer",
  },
  sections: {
    reportId: "text",
    pointer: "text",
    sectionId: "text",
    parentId: "text",
    level: "integer",
    ordinal: "text",
    number: "integer",
    title: "text",
    roles: "text",
    themes: "text",
    paragraphs: "integer",
    characters: "integer",
  },
  indicators: {
    reportId: "text",
    pointer: "text",
    jurisdiction: "text",
    reportYear: "integer",
    indicatorId: "text",
    concept: "text",
    label: "text",
    value: "text",
    number: "number",
    unit: "text",
    magnitude: "text",
    qualifier: "text",
    kind: "text",
    domain: "text",
    rateKind: "text",
    direction: "text",
    year: "integer",
    sectionId: "text",
    quote: "text",
    line: "integer",
  },
  relations: {
    reportId: "text",
    pointer: "text",
    relationId: "text",
    type: "text",
    basis: "text",
    target: "text",
    parts: "text",
    excludes: "text",
    rateKind: "text",
    items: "integer",
    note: "text",
  },
  rates: {
    reportId: "text",
    pointer: "text",
    jurisdiction: "text",
    reportYear: "integer",
    relationId: "text",
    indicatorId: "text",
    concept: "text",
    rateKind: "text",
    stated: "text",
    statedNumber: "number",
    computed: "text",
    computedNumber: "number",
    verdict: "text",
    interval: "text",
    mode: "text",
    modesThatPass: "text",
    delta: "text",
    basis: "text",
    formula: "text",
    reason: "text",
  },
  findings: {
    reportId: "text",
    pointer: "text",
    ruleId: "text",
    severity: "text",
    message: "text",
  },
  problems: {
    reportId: "text",
    pointer: "text",
    problemId: "text",
    text: "text",
    cause: "text",
    themes: "text",
  },
  plans: {
    reportId: "text",
    pointer: "text",
    planId: "text",
    year: "integer",
    text: "text",
    themes: "text",
    targetText: "text",
    targetValue: "text",
    targetUnit: "text",
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

/**
 * The name of a table.
 * @example
 * const name: TableName = "rates";
 */
export type TableName = keyof typeof TABLES;

/**
 * A row of a table: every column, `null` where the report does not say (never for the key, `reportId` and `pointer`).
 * @example
 * const row: Row<"plans"> = { reportId: "r", pointer: "/plans/0", planId: "n1", year: 2024, text: "…",
 *   themes: "2021:10", targetText: null, targetValue: null, targetUnit: null };
 */
export type Row<N extends TableName> = {
  readonly [K in keyof (typeof TABLES)[N]]: K extends "reportId" | "pointer"
    ? string
    : ((typeof TABLES)[N][K] extends "text" ? string : number) | null;
};

/**
 * Rows of every table.
 * @example
 * const sets: RowSets = flattenReports([report]);
 * sets.indicators.length //=> 60
 */
export type RowSets = { readonly [N in TableName]: Row<N>[] };

/**
 * The table names in order.
 * @example
 * TABLE_NAMES[0] //=> "reports"
 */
export const TABLE_NAMES = [
  "reports",
  "sections",
  "indicators",
  "relations",
  "rates",
  "findings",
  "problems",
  "plans",
] as const satisfies readonly TableName[];

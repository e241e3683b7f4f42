export { analyzeDocument } from "./analyzeDocument";
export { type DocumentLocator, documentLocator } from "./locator";
export type { AnalyzeOptions } from "./options";
export type { DocumentAnalysis, DocumentFinding, DocumentProblem, DocumentRate } from "./result";

export {
  type FileLocation,
  type FileResult,
  type LocatedFinding,
  locatedFindings,
  type RenderOptions,
  totals,
} from "./fileResult";
export { type GithubOptions, renderGithub } from "./github";
export { renderGitlab } from "./gitlab";
export { JSON_OUTPUT_ID, renderJson } from "./json";
export { type JunitOptions, renderJunit } from "./junit";
export { RULES_DOC_URL, ruleAnchor, ruleHelpUri } from "./ruleDocs";
export { renderSarif, type SarifOptions } from "./sarif";
export { renderSummary, type SummaryOptions } from "./summary";
export { renderText } from "./text";

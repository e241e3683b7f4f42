export {
  type FileResult,
  type LocatedFinding,
  locatedFindings,
  type RenderOptions,
  totals,
} from "./fileResult";
export { renderGithub } from "./github";
export { JSON_OUTPUT_ID, renderJson } from "./json";
export { type JunitOptions, renderJunit } from "./junit";
export { renderSarif, type SarifOptions } from "./sarif";
export { renderText } from "./text";

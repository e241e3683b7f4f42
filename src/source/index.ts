export { type JsonTextResult, parseJsonText, type SourcePosition } from "./jsonText";

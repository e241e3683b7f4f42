export { type JsonTextResult, lineIndex, parseJsonText, type SourcePosition } from "./jsonText";

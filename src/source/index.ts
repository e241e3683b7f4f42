export { type DecodedText, decodeText } from "./decode";
export {
  type JsonTextOptions,
  type JsonTextResult,
  lineIndex,
  MAX_JSON_DEPTH,
  parseJsonText,
  type SourcePosition,
} from "./jsonText";

export { type DecodedText, decodeText } from "./decode";
export { type JsonTextOptions, type JsonTextResult, MAX_JSON_DEPTH, parseJsonText } from "./jsonText";
export { lineIndex, type SourceLocation, type SourcePosition } from "./location";
export { type BytesText, textFromBytes } from "./textFromBytes";

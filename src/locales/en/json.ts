import type { json as zhCN } from "../zh-CN/json";

/** What the JSON parser's error codes mean, in words a person can act on. */
export const json: typeof zhCN = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "a key in double quotes was expected here",
  ValueExpected: "a value was expected here",
  ColonExpected: "a colon (:) was expected here",
  CommaExpected: "a comma (,) was expected here",
  CloseBraceExpected: "a closing brace (}) was expected here",
  CloseBracketExpected: "a closing bracket (]) was expected here",
  EndOfFileExpected: "more text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "a comment that does not end",
  UnexpectedEndOfString: "a string without its closing quote",
  UnexpectedEndOfNumber: "a number cut short",
  InvalidUnicode: "an invalid \\u escape",
  InvalidEscapeCharacter: "an invalid escape sequence",
  InvalidCharacter: "an unescaped control character in a string",
};

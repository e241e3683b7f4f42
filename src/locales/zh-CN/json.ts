/** What the JSON parser's error codes mean, in words a person can act on. */
export const json = {
  InvalidSymbol: "无法识别的字符",
  InvalidNumberFormat: "数字格式错误",
  PropertyNameExpected: "此处应为带双引号的键名",
  ValueExpected: "此处应为一个值",
  ColonExpected: "此处应为冒号 :",
  CommaExpected: "此处应为逗号 ,",
  CloseBraceExpected: "此处应为 }",
  CloseBracketExpected: "此处应为 ]",
  EndOfFileExpected: "JSON 值结束后还有多余内容",
  InvalidCommentToken: "JSON 中不能有注释",
  UnexpectedEndOfComment: "注释没有结束",
  UnexpectedEndOfString: "字符串缺少结束引号",
  UnexpectedEndOfNumber: "数字不完整",
  InvalidUnicode: "\\u 转义无效",
  InvalidEscapeCharacter: "转义序列无效",
  InvalidCharacter: "字符串中有未转义的控制字符",
};

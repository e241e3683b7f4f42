// Control characters (C0 but tab, DEL, C1), lone surrogates and bidirectional overrides: what a terminal, an
// XML parser or a reader could be fooled by. Newlines count: report content must not forge output lines.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (c: string) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Text from a report or a file name made safe to print: each control character, lone surrogate or bidirectional
 * override is shown as a `\u` escape with four hex digits (`\u001b`), so that an escape sequence in a report cannot drive the terminal and an XML
 * document stays well-formed.
 * @internal
 */
export const visible = (s: string): string => s.replace(UNSAFE, hex);

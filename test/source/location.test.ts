import { describe, expect, test } from "vitest";
import { lineIndex } from "../../src/source";

describe("lineIndex", () => {
  test.each([
    ["", [0]],
    ["ab", [0, 1, 2]],
    ["\n", [0, 1]],
    ["a\nb", [0, 1, 2, 3]],
    ["a\r\n\nb\n", [0, 1, 2, 3, 4, 5, 6]],
    ["一、总体情况\n调解成功8881件", [0, 6, 7, 9, 15]],
  ])("gives the line and column of every offset of %j", (text, offsets) => {
    const at = lineIndex(text);
    for (const offset of offsets) {
      // By hand: the line is one more than the line feeds before the offset; the column counts from the last one.
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - (before.lastIndexOf("\n") + 1) + 1;
      expect(at(offset)).toEqual({ line, column, offset });
    }
  });
});

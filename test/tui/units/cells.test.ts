import { describe, expect, test } from "vitest";
import { cursorCell, textWidth, wrapRows } from "../../../lab/tui/text/cells.js";

describe("terminal cells", () => {
  test("rows-break-at-the-margin-and-at-newlines", () => {
    expect(wrapRows("abcdefg", 3)).toEqual(["abc", "def", "g"]);
    expect(wrapRows("abc", 3)).toEqual(["abc"]);
    expect(wrapRows("a\n\nb", 3)).toEqual(["a", "", "b"]);
    expect(wrapRows("", 3)).toEqual([""]);
  });

  test("a-wide-character-that-does-not-fit-moves-to-the-next-row", () => {
    expect(textWidth("日本")).toBe(4);
    expect(wrapRows("ab日", 3)).toEqual(["ab", "日"]);
    expect(cursorCell("ab日", 3)).toEqual({ row: 1, col: 2 });
  });

  test("colour-sequences-take-no-cell", () => {
    expect(textWidth("\x1b[1;31mab\x1b[0m")).toBe(2);
    expect(wrapRows("\x1b[1mabc\x1b[0md", 3)).toEqual(["\x1b[1mabc\x1b[0m", "d"]);
    expect(cursorCell("\x1b[36mab\x1b[m", 3)).toEqual({ row: 0, col: 2 });
  });

  test("the-cursor-after-a-full-row-stands-at-the-start-of-the-next", () => {
    expect(cursorCell("abc", 3)).toEqual({ row: 1, col: 0 });
    expect(cursorCell("ab", 3)).toEqual({ row: 0, col: 2 });
    expect(cursorCell("abcd", 3)).toEqual({ row: 1, col: 1 });
    expect(cursorCell("a\nb", 3)).toEqual({ row: 1, col: 1 });
  });
});

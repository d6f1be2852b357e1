import { describe, expect, test } from "vitest";
import { editLine } from "../../../lab/tui/editing/edit-line.js";
import { decodeKeys } from "../../../lab/tui/editing/keys.js";
import {
  deleteBackward, insert, killToEnd, killToStart, killWordBackward, lineOf, moveLeft, moveRight, wordLeft, wordRight,
} from "../../../lab/tui/editing/line-buffer.js";

describe("line buffer", () => {
  test("typing-inserts-at-the-cursor", () => {
    expect(insert({ text: "ac", cursor: 1 }, "b")).toEqual({ text: "abc", cursor: 2 });
  });

  test("moves-never-split-a-surrogate-pair", () => {
    const line = lineOf("a😀");
    expect(moveLeft(line).cursor).toBe(1);
    expect(moveRight({ text: "a😀", cursor: 1 }).cursor).toBe(3);
    expect(deleteBackward(line)).toEqual({ text: "a", cursor: 1 });
  });

  test("kills-return-what-they-removed", () => {
    expect(killToStart({ text: "echo hi", cursor: 5 })).toEqual({ line: { text: "hi", cursor: 0 }, killed: "echo " });
    expect(killToEnd({ text: "echo hi", cursor: 4 })).toEqual({ line: { text: "echo", cursor: 4 }, killed: " hi" });
    expect(killWordBackward(lineOf("ls -l /etc/ ")).killed).toBe("/etc/ ");
  });

  test("word-moves-stop-at-letters-and-digits", () => {
    expect(wordLeft(lineOf("cat /etc/hosts")).cursor).toBe(9);
    expect(wordRight({ text: "cat /etc/hosts", cursor: 3 }).cursor).toBe(8);
  });

  test("yank-puts-back-the-last-kill", () => {
    const killed = editLine({ line: lineOf("echo one"), killed: "" }, "unix-word-rubout");
    expect(killed).toEqual({ line: { text: "echo ", cursor: 5 }, killed: "one" });
    expect(editLine(killed, "yank").line.text).toBe("echo one");
  });
});

describe("keys", () => {
  test("a-run-of-text-with-control-characters-splits-into-keys", () => {
    expect(decodeKeys("ls\r\x7f\x01x")).toEqual([
      { kind: "text", text: "ls" },
      { kind: "key", name: "enter" },
      { kind: "key", name: "backspace" },
      { kind: "key", name: "ctrl-a" },
      { kind: "text", text: "x" },
    ]);
  });

  test("escape-sequences-name-their-keys", () => {
    expect(decodeKeys("\x1b[3~")).toEqual([{ kind: "key", name: "delete" }]);
    expect(decodeKeys("\x1bOH")).toEqual([{ kind: "key", name: "home" }]);
    expect(decodeKeys("\x1b[1;5C")).toEqual([{ kind: "key", name: "word-right" }]);
    expect(decodeKeys("\x1b[15~")).toEqual([]);
  });

  test("crlf-is-one-enter", () => {
    expect(decodeKeys("a\r\nb")).toEqual([
      { kind: "text", text: "a" },
      { kind: "key", name: "enter" },
      { kind: "text", text: "b" },
    ]);
  });
});

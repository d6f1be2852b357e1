import { describe, expect, test } from "vitest";
import { formatColumns } from "../../../lab/tui/completion/columns.js";
import { complete, type CompletionSource } from "../../../lab/tui/completion/complete.js";
import { wordAtCursor } from "../../../lab/tui/completion/word.js";
import { lineOf } from "../../../lab/tui/editing/line-buffer.js";

const TREE: Record<string, string[]> = {
  "/": ["etc", "root"],
  "/etc": ["hostname", "hosts", "my file"],
  "/root": [".bashrc", "notes"],
};

const source: CompletionSource = {
  commandNames: () => ["iptables", "iptables-save", "ip", "echo"],
  files: {
    readdir: (path) => {
      const names = TREE[path.replace(/(.)\/$/, "$1")];
      if (!names) throw new Error(`ENOENT: ${path}`);
      return names;
    },
    stat: (path) => ({ type: TREE[path] ? "dir" : "file" }),
  },
  cwd: "/root",
  home: "/root",
};

describe("completion", () => {
  test("the-first-word-completes-command-names", () => {
    expect(complete(lineOf("ech"), source)).toEqual({ kind: "inserted", line: lineOf("echo ") });
    expect(complete(lineOf("ipt"), source)).toEqual({ kind: "inserted", line: lineOf("iptables") });
    expect(complete(lineOf("iptables"), source)).toEqual({ kind: "ambiguous", candidates: ["iptables", "iptables-save"] });
  });

  test("other-words-complete-paths-relative-to-the-directory-or-home", () => {
    expect(complete(lineOf("cat /et"), source)).toEqual({ kind: "inserted", line: lineOf("cat /etc/") });
    expect(complete(lineOf("cat no"), source)).toEqual({ kind: "inserted", line: lineOf("cat notes ") });
    expect(complete(lineOf("cat ~/no"), source)).toEqual({ kind: "inserted", line: lineOf("cat ~/notes ") });
    expect(complete(lineOf("cat /etc/host"), source)).toEqual({ kind: "ambiguous", candidates: ["hostname", "hosts"] });
  });

  test("hidden-files-need-a-leading-dot-and-specials-are-escaped", () => {
    expect(complete(lineOf("cat ."), source)).toEqual({ kind: "inserted", line: lineOf("cat .bashrc ") });
    expect(complete(lineOf("cat /etc/my"), source)).toEqual({ kind: "inserted", line: lineOf("cat /etc/my\\ file ") });
  });

  test("completion-happens-in-the-middle-of-a-line", () => {
    const result = complete({ text: "ech hi", cursor: 3 }, source);
    expect(result).toEqual({ kind: "inserted", line: { text: "echo  hi", cursor: 5 } });
  });

  test("a-word-after-an-operator-is-a-command", () => {
    expect(wordAtCursor(lineOf("ls | gr")).commandPosition).toBe(true);
    expect(wordAtCursor(lineOf("if true; then ec")).commandPosition).toBe(true);
    expect(wordAtCursor(lineOf("ls gr")).commandPosition).toBe(false);
    expect(wordAtCursor(lineOf("echo > fi")).commandPosition).toBe(false);
  });

  test("candidates-are-listed-down-the-columns", () => {
    expect(formatColumns(["a", "bb", "c", "dd", "e"], 13)).toBe("a   c   e\nbb  dd");
    // Readline leaves one column fewer than would fill the row exactly.
    expect(formatColumns(["a", "bb", "c", "dd", "e"], 12)).toBe("a   dd\nbb  e\nc");
    expect(formatColumns(["one"], 80)).toBe("one");
  });
});

import { describe, expect, test } from "vitest";
import { renderLine, splitAtScreenClear } from "../../../lab/tui/text/output-text.js";
import { appendLine, appendOutput, EMPTY_TRANSCRIPT, partialLine } from "../../../lab/tui/transcript/transcript.js";

describe("output text", () => {
  test("tabs-expand-to-the-next-stop-of-eight", () => {
    expect(renderLine("a\tb")).toBe("a       b");
    expect(renderLine("12345678\tx")).toBe("12345678        x");
  });

  test("a-carriage-return-rewrites-the-line-and-escapes-are-dropped", () => {
    expect(renderLine("50%\r100%")).toBe("100%");
    expect(renderLine("abc\rX")).toBe("Xbc");
    expect(renderLine("\x1b[2Kgone\x1b]0;title\x07\x07")).toBe("gone");
  });

  test("colours-and-bold-stay-with-the-characters-they-precede", () => {
    expect(renderLine("\x1b[1mbold\x1b[0m\x07")).toBe("\x1b[1mbold\x1b[0m");
    expect(renderLine("\x1b[31mab\rX\x1b[0m")).toBe("\x1b[31mXb\x1b[0m");
    expect(renderLine("a\x1b[1m\tb")).toBe("a\x1b[1m       b");
    expect(renderLine("😀\x1b[0m")).toBe("😀\x1b[0m");
  });

  test("the-clear-that-clear-prints-is-found", () => {
    expect(splitAtScreenClear("a\n\x1b[H\x1b[2J\x1b[3Jb")).toEqual({ cleared: true, rest: "b" });
    expect(splitAtScreenClear("\x1b[2J\x1b[H")).toEqual({ cleared: true, rest: "\x1b[H" });
    expect(splitAtScreenClear("plain")).toEqual({ cleared: false, rest: "plain" });
  });
});

describe("transcript", () => {
  test("complete-lines-become-one-entry-and-the-rest-stays-partial", () => {
    const t = appendOutput(EMPTY_TRANSCRIPT, "one\ntwo\nthr");
    expect(t.entries.map((e) => e.text)).toEqual(["one\ntwo"]);
    expect(partialLine(t)).toBe("thr");
    const u = appendOutput(t, "ee\n");
    expect(u.entries.map((e) => e.text)).toEqual(["one\ntwo", "three"]);
    expect(partialLine(u)).toBe("");
  });

  test("a-prompt-line-follows-unfinished-output-on-the-same-row", () => {
    const t = appendLine(appendOutput(EMPTY_TRANSCRIPT, "foo"), "[root@lab ~]# ls");
    expect(t.entries.map((e) => e.text)).toEqual(["foo[root@lab ~]# ls"]);
  });

  test("a-screen-clear-starts-a-new-generation-with-what-follows-it", () => {
    const t = appendOutput(appendOutput(EMPTY_TRANSCRIPT, "old\n"), "x\n\x1b[H\x1b[2Jnew\n");
    expect(t.generation).toBe(1);
    expect(t.entries.map((e) => e.text)).toEqual(["new"]);
  });
});

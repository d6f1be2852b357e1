import { describe, expect, test } from "vitest";
import { SessionController } from "../../../lab/tui/session/session-controller.js";
import { FakeShell } from "../harness/fake-shell.js";

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = (c: SessionController): string[] => c.getView().transcript.entries.map((e) => e.text);

describe("session controller", () => {
  test("a-line-ending-in-a-backslash-asks-for-more-and-runs-joined", async () => {
    const shell = new FakeShell();
    const c = new SessionController(shell);
    c.handleInput("echo a \\\rb\r");
    await settle();
    expect(shell.ran).toEqual(["echo a \\\nb"]);
    expect(texts(c)).toEqual(["[root@lab ~]# echo a \\", "> b", "ran: echo a \\\nb"]);
  });

  test("a-history-store-that-fails-is-reported-once", async () => {
    const shell = new FakeShell();
    let saves = 0;
    const c = new SessionController(shell, {
      history: {
        load: () => ["earlier"],
        save: () => {
          saves++;
          throw new Error("EACCES: permission denied");
        },
      },
    });
    expect(shell.history).toEqual(["earlier"]);
    c.handleInput("one\rtwo\r");
    await settle();
    expect(saves).toBe(1);
    expect(texts(c).filter((t) => t.startsWith("nflab:"))).toEqual(["nflab: cannot save the history: EACCES: permission denied"]);
  });

  test("output-that-clears-the-screen-asks-the-screen-to-clear", async () => {
    const shell = new FakeShell();
    shell.runLine = async (_text, sink) => {
      sink.stdout("gone\n\x1b[H\x1b[2J\x1b[3J");
      return { exitCode: 0, exited: false };
    };
    const c = new SessionController(shell);
    const clears: boolean[] = [];
    c.attachScreen({ columns: 80, clear: (scrollback) => clears.push(scrollback) });
    c.handleInput("clear\r\x0c");
    await settle();
    expect(clears).toEqual([true, false]);
    expect(c.getView().transcript.entries).toEqual([]);
  });

  test("a-key-handler-bug-is-shown-instead-of-thrown", () => {
    const shell = new FakeShell();
    shell.commandNames = () => {
      throw new Error("no names today");
    };
    const c = new SessionController(shell);
    expect(() => c.handleInput("x\t")).not.toThrow();
    expect(texts(c)).toEqual(["nflab: internal error while reading keys: no names today"]);
  });
});

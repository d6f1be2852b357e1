import { describe, expect, test } from "vitest";
import { FakeShell } from "../harness/fake-shell.js";
import { KEYS } from "../harness/lab-terminal.js";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";

describe("prompt and output", () => {
  test("echo-prints-its-output-under-the-command-line", async () => {
    const lab = await startLab();
    lab.type("echo hello\r");
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen.slice(0, 4)).toEqual([`${PROMPT}echo hello`, "hello", PROMPT_ROW, ""]);
    expect(await lab.cursor()).toEqual({ x: PROMPT.length, y: 2 });
  });

  test("output-without-a-newline-is-followed-by-the-prompt-on-the-same-row", async () => {
    const lab = await startLab();
    lab.type("printf foo\r");
    expect(await lab.waitForLastLine(`foo${PROMPT_ROW}`)).toContain(`${PROMPT}printf foo`);
    lab.type("echo bar\r");
    expect((await lab.waitForLastLine(PROMPT_ROW)).slice(1, 3)).toEqual([`foo${PROMPT}echo bar`, "bar"]);
  });

  test("tabs-and-blank-lines-in-output-are-kept-as-the-terminal-shows-them", async () => {
    const lab = await startLab();
    lab.type("printf 'a\\tb\\n\\n  c\\n'\r");
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen.slice(1, 5)).toEqual(["a       b", "", "  c", PROMPT_ROW]);
  });

  test("an-incomplete-command-continues-after-the-continuation-prompt", async () => {
    const lab = await startLab();
    lab.type("for i in 1 2; do\r");
    await lab.waitForLastLine(">");
    lab.type("echo $i\r");
    lab.type("done\r");
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen.slice(0, 6)).toEqual([`${PROMPT}for i in 1 2; do`, "> echo $i", "> done", "1", "2", PROMPT_ROW]);
  });

  test("an-empty-line-gives-a-fresh-prompt", async () => {
    const lab = await startLab();
    lab.type("\r\r");
    expect((await lab.waitFor((s) => s[2] === PROMPT_ROW)).slice(0, 3)).toEqual([PROMPT_ROW, PROMPT_ROW, PROMPT_ROW]);
  });

  test("long-output-scrolls-and-the-prompt-stays-at-the-bottom", async () => {
    const lab = await startLab();
    lab.type("seq 1 40\r");
    const screen = await lab.waitFor((s) => s.includes("40") && s.includes(PROMPT_ROW));
    expect(screen.indexOf(PROMPT_ROW)).toBe(22);
    expect(screen.slice(19, 22)).toEqual(["38", "39", "40"]);
  });

  test("keys-typed-while-a-command-runs-wait-for-the-next-prompt", async () => {
    const shell = new FakeShell();
    const lab = await startLab({ shell });
    lab.type("slow\r");
    await lab.waitFor((s) => s.includes("working"));
    lab.type("echo later\r");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shell.ran).toEqual(["slow"]);
    expect(await lab.lines()).toEqual([`${PROMPT}slow`, "working"]);
    shell.finish();
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen.slice(0, 5)).toEqual([`${PROMPT}slow`, "working", `${PROMPT}echo later`, "ran: echo later", PROMPT_ROW]);
  });

  test("ctrl-c-interrupts-a-running-command-and-drops-what-was-typed-ahead", async () => {
    const shell = new FakeShell();
    const lab = await startLab({ shell });
    lab.type("slow\r");
    await lab.waitFor((s) => s.includes("working"));
    lab.type("echo never\r");
    lab.type(KEYS.ctrlC);
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(shell.cancelled).toBe(1);
    expect(shell.ran).toEqual(["slow"]);
    expect(screen.slice(0, 4)).toEqual([`${PROMPT}slow`, "working", "^C", PROMPT_ROW]);
  });
});

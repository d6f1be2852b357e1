import { describe, expect, test } from "vitest";
import { KEYS } from "../harness/lab-terminal.js";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";

describe("interrupting, clearing and leaving", () => {
  test("ctrl-c-abandons-the-line-with-a-caret-c-and-a-fresh-prompt", async () => {
    const lab = await startLab();
    lab.type("for i in 1; do\r");
    lab.type("echo abc" + KEYS.ctrlC);
    const screen = await lab.waitFor((s) => s[2] === PROMPT_ROW);
    expect(screen.slice(0, 3)).toEqual([`${PROMPT}for i in 1; do`, "> echo abc^C", PROMPT_ROW]);
    lab.type("echo ok\r");
    expect((await lab.waitForLastLine(PROMPT_ROW)).slice(3, 5)).toEqual(["ok", PROMPT_ROW]);
  });

  test("ctrl-l-clears-the-screen-and-keeps-the-line-being-typed", async () => {
    const lab = await startLab();
    lab.type("echo one\r");
    await lab.waitFor((s) => s.includes("one"));
    lab.type("echo two" + KEYS.left + KEYS.ctrlL);
    const screen = await lab.waitFor((s) => s[0] === `${PROMPT}echo two`);
    expect(screen.slice(1).every((row) => row === "")).toBe(true);
    expect(await lab.cursor()).toEqual({ x: PROMPT.length + 7, y: 0 });
    lab.type(KEYS.enter);
    expect((await lab.waitForLastLine(PROMPT_ROW)).slice(0, 3)).toEqual([`${PROMPT}echo two`, "two", PROMPT_ROW]);
  });

  test("clear-empties-the-screen-and-the-scrollback", async () => {
    const lab = await startLab();
    lab.type("seq 1 30\r");
    await lab.waitFor((s) => s.includes("30"));
    lab.type("clear\r");
    const screen = await lab.waitFor((s) => s[0] === PROMPT_ROW);
    expect(screen.slice(1).every((row) => row === "")).toBe(true);
    expect(lab.term.buffer.active.baseY).toBe(0);
    lab.type("echo after\r");
    expect((await lab.waitForLastLine(PROMPT_ROW)).slice(0, 3)).toEqual([`${PROMPT}echo after`, "after", PROMPT_ROW]);
  });

  test("exit-ends-the-tui-with-its-status", async () => {
    const lab = await startLab();
    lab.type("exit 3\r");
    expect(await lab.exit).toBe(3);
    expect(await lab.lines()).toEqual([`${PROMPT}exit 3`, "exit"]);
  });

  test("ctrl-d-on-an-empty-line-ends-the-tui-with-the-last-status", async () => {
    const lab = await startLab();
    lab.type("false\r");
    await lab.waitFor((s) => s[1] === PROMPT_ROW);
    lab.type("x" + KEYS.ctrlA + KEYS.ctrlD);
    await lab.waitFor((s) => s[1] === PROMPT_ROW);
    expect(await lab.cursor()).toEqual({ x: PROMPT.length, y: 1 });
    lab.type(KEYS.ctrlD);
    expect(await lab.exit).toBe(1);
    expect(await lab.lines()).toEqual([`${PROMPT}false`, `${PROMPT}exit`]);
  });

  test("ctrl-d-after-an-unfinished-command-hands-it-to-the-shell-to-report", async () => {
    const lab = await startLab();
    lab.type("if true; then\r" + KEYS.ctrlD);
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen[1]).toBe(">");
    expect(screen[2]).toMatch(/^bash: syntax error/);
  });

  test("the-header-shows-above-the-first-prompt", async () => {
    const { Text } = await import("ink");
    const { createElement } = await import("react");
    const lab = await startLab({ header: createElement(Text, null, "Welcome to the lab") });
    expect((await lab.lines()).slice(0, 2)).toEqual(["Welcome to the lab", PROMPT_ROW]);
  });
});

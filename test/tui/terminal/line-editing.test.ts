import { describe, expect, test } from "vitest";
import { KEYS } from "../harness/lab-terminal.js";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";

/** Waits for the prompt row to read `text` and returns the cursor's column within the typed text. */
async function promptShows(lab: Awaited<ReturnType<typeof startLab>>, text: string): Promise<number> {
  await lab.waitForLastLine(`${PROMPT}${text}`.trimEnd());
  return (await lab.cursor()).x - PROMPT.length;
}

describe("line editing at the prompt", () => {
  test("left-arrow-then-typing-inserts-at-the-cursor", async () => {
    const lab = await startLab();
    lab.type("echo wrld");
    lab.type(KEYS.left.repeat(3));
    expect(await promptShows(lab, "echo wrld")).toBe(6);
    lab.type("o");
    expect(await promptShows(lab, "echo world")).toBe(7);
    lab.type(KEYS.right + KEYS.enter);
    expect((await lab.waitForLastLine(PROMPT_ROW)).slice(0, 2)).toEqual([`${PROMPT}echo world`, "world"]);
  });

  test("home-and-end-and-ctrl-a-and-ctrl-e-move-to-the-ends", async () => {
    const lab = await startLab();
    lab.type("cho hi");
    lab.type(KEYS.home + "e");
    expect(await promptShows(lab, "echo hi")).toBe(1);
    lab.type(KEYS.end + " there");
    expect(await promptShows(lab, "echo hi there")).toBe(13);
    lab.type(KEYS.ctrlA);
    expect(await promptShows(lab, "echo hi there")).toBe(0);
    lab.type(KEYS.ctrlE);
    expect(await promptShows(lab, "echo hi there")).toBe(13);
  });

  test("backspace-and-delete-remove-around-the-cursor", async () => {
    const lab = await startLab();
    lab.type("echo abcd");
    lab.type(KEYS.backspace);
    expect(await promptShows(lab, "echo abc")).toBe(8);
    lab.type(KEYS.left + KEYS.left + KEYS.delete);
    expect(await promptShows(lab, "echo ac")).toBe(6);
    lab.type(KEYS.backspace);
    expect(await promptShows(lab, "echo c")).toBe(5);
  });

  test("ctrl-w-ctrl-k-ctrl-u-kill-and-ctrl-y-yanks", async () => {
    const lab = await startLab();
    lab.type("echo one two three");
    lab.type(KEYS.ctrlW);
    expect(await promptShows(lab, "echo one two ")).toBe(13);
    lab.type(KEYS.left.repeat(4) + KEYS.ctrlK);
    expect(await promptShows(lab, "echo one ")).toBe(9);
    lab.type(KEYS.ctrlU);
    expect(await promptShows(lab, "")).toBe(0);
    lab.type("\x19");
    expect(await promptShows(lab, "echo one ")).toBe(9);
  });

  test("a-line-longer-than-the-screen-is-wide-wraps-and-the-cursor-follows", async () => {
    const lab = await startLab();
    const word = "x".repeat(100);
    lab.type(`echo ${word}`);
    const screen = await lab.waitFor((s) => s[1] === "x".repeat(PROMPT.length + 105 - 80));
    expect(screen[0]).toBe(`${PROMPT}echo ${word}`.slice(0, 80));
    expect(await lab.cursor()).toEqual({ x: PROMPT.length + 105 - 80, y: 1 });
    lab.type(KEYS.home);
    await lab.waitFor(() => true);
    expect(await lab.cursor()).toEqual({ x: PROMPT.length, y: 0 });
  });

  test("a-line-that-fills-the-row-exactly-puts-the-cursor-on-the-next-row", async () => {
    const lab = await startLab();
    const text = "echo " + "f".repeat(80 - PROMPT.length - 5);
    lab.type(text);
    await lab.waitForLastLine(PROMPT + text);
    expect(await lab.cursor()).toEqual({ x: 0, y: 1 });
    lab.type("g");
    await lab.waitForLastLine("g");
    expect(await lab.cursor()).toEqual({ x: 1, y: 1 });
    lab.type(KEYS.backspace + KEYS.backspace);
    await lab.waitForLastLine((PROMPT + text).slice(0, 79));
    expect(await lab.cursor()).toEqual({ x: 79, y: 0 });
  });
});

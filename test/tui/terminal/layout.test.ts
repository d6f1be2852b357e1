import { describe, expect, test } from "vitest";
import type { LabTerminal } from "../harness/lab-terminal.js";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";

/** Rows the terminal had to wrap itself: Ink wrote past the right margin there. */
function overflowingRows(lab: LabTerminal): number[] {
  const buffer = lab.term.buffer.active;
  const rows: number[] = [];
  for (let y = 0; y < buffer.length; y++) if (buffer.getLine(y)?.isWrapped) rows.push(y);
  return rows;
}

const LONG = "0123456789".repeat(10);

describe("layout", () => {
  test("at-80x24-long-output-and-a-long-line-wrap-within-80-columns", async () => {
    const lab = await startLab();
    lab.type(`echo ${LONG}\r`);
    lab.type(`echo ${LONG}`);
    const typed = `${PROMPT}echo ${LONG}`;
    const screen = await lab.waitFor((s) => s[5] === typed.slice(80));
    expect(screen.slice(0, 7)).toEqual([typed.slice(0, 80), typed.slice(80), LONG.slice(0, 80), LONG.slice(80), typed.slice(0, 80), typed.slice(80), ""]);
    expect(await lab.cursor()).toEqual({ x: typed.length - 80, y: 5 });
    expect(overflowingRows(lab)).toEqual([]);
    expect(screen.every((row) => row.length <= 80)).toBe(true);
  });

  test("resizing-to-60-columns-rewraps-the-transcript-and-the-line", async () => {
    const lab = await startLab();
    lab.type(`echo ${LONG}\r`);
    await lab.waitForLastLine(PROMPT_ROW);
    lab.type("echo typed " + "y".repeat(50));
    await lab.waitFor((s) => s.some((row) => row.includes("yyy")));
    lab.resize(60, 24);
    const whole = [`${PROMPT}echo ${LONG}`, LONG, `${PROMPT}echo typed ${"y".repeat(50)}`].flatMap((line) => chunks(line, 60));
    const screen = await lab.waitFor((s) => s.slice(0, whole.length).join("\n") === whole.join("\n"));
    expect(screen.slice(whole.length).every((row) => row === "")).toBe(true);
    expect(overflowingRows(lab)).toEqual([]);
    const typed = `${PROMPT}echo typed ${"y".repeat(50)}`;
    expect(await lab.cursor()).toEqual({ x: typed.length % 60, y: whole.length - 1 });
  });

  test("growing-wider-rejoins-what-was-wrapped", async () => {
    const lab = await startLab({ cols: 40 });
    lab.type(`echo ${"z".repeat(50)}\r`);
    await lab.waitForLastLine(PROMPT_ROW);
    lab.resize(100, 24);
    const screen = await lab.waitFor((s) => s[0] === `${PROMPT}echo ${"z".repeat(50)}`);
    expect(screen.slice(1, 3)).toEqual(["z".repeat(50), PROMPT_ROW]);
  });
});

function chunks(line: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out;
}

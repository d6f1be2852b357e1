import { describe, expect, test } from "vitest";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";
import type { LabTerminal } from "../harness/lab-terminal.js";

/** Whether the cell at (x, y) of the screen is bold, and its foreground palette colour (-1: default). */
function cell(lab: LabTerminal, x: number, y: number): { char: string; bold: boolean; fg: number } {
  const buffer = lab.term.buffer.active;
  const c = buffer.getLine(buffer.viewportY + y)!.getCell(x)!;
  return { char: c.getChars(), bold: c.isBold() !== 0, fg: c.isFgDefault() ? -1 : c.getFgColor() };
}

describe("colours", () => {
  test("bold-and-colours-a-command-prints-show-as-the-terminal-shows-them", async () => {
    const lab = await startLab();
    lab.type("printf '\\e[1mbold\\e[0m plain \\e[31mred\\e[0m\\n'\r");
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen[1]).toBe("bold plain red");
    expect(cell(lab, 0, 1)).toEqual({ char: "b", bold: true, fg: -1 });
    expect(cell(lab, 5, 1)).toEqual({ char: "p", bold: false, fg: -1 });
    expect(cell(lab, 11, 1)).toEqual({ char: "r", bold: false, fg: 1 });
  });

  test("a-colour-left-on-does-not-spill-into-the-next-command", async () => {
    const lab = await startLab();
    lab.type("printf '\\e[31mred\\n'\r");
    await lab.waitForLastLine(PROMPT_ROW);
    lab.type("echo after\r");
    const screen = await lab.waitFor((s) => s.includes("after"));
    expect(screen.slice(0, 4)).toEqual([`${PROMPT}printf '\\e[31mred\\n'`, "red", `${PROMPT}echo after`, "after"]);
    expect(cell(lab, 0, 1).fg).toBe(1);
    expect(cell(lab, 0, 2)).toEqual({ char: "[", bold: false, fg: -1 });
    expect(cell(lab, 0, 3)).toEqual({ char: "a", bold: false, fg: -1 });
  });
});

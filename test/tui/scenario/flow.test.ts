/**
 * A learner's session in the TUI, on a headless 80x24 xterm: the task and
 * the goals at start, the goals turning ✔ as the solution is typed, hints,
 * reset, and progress resumed by the next session.
 */
import { describe, expect, test } from "vitest";
import { ProgressStore } from "../../../lab/scenario/progress-store.js";
import { tempDataDir } from "../../lab/support/drill.js";
import { startScenario } from "./start-scenario.js";
import type { LabTerminal } from "../harness/lab-terminal.js";

const SOLUTION = [
  "iptables -A GUARD -p tcp --dport 8080 ! -s 203.0.113.7 -j DROP",
  "iptables -A GUARD -p tcp --dport 22 -s 203.0.113.8 -j REJECT",
  "iptables-save > /etc/iptables/rules.v4",
];
const PROMPT = "[root@lab ~]# ";

/** The rows of the goals panel: its title row and one row per goal. */
function panel(screen: string[]): string[] {
  const top = screen.findIndex((row) => row.startsWith("Goals "));
  return top < 0 ? [] : screen.slice(top, top + 5);
}

/** Types a line and waits until its prompt is back with the goals panel below it. */
async function run(lab: LabTerminal, line: string): Promise<string[]> {
  lab.type(`${line}\r`);
  return lab.waitFor((s) => {
    const top = s.findIndex((row) => row.startsWith("Goals "));
    return top > 0 && s[top - 1] === PROMPT.trimEnd() && s.some((row) => row.endsWith(line));
  });
}

function cell(lab: LabTerminal, x: number, y: number): { bold: boolean; fg: number } {
  const buffer = lab.term.buffer.active;
  const c = buffer.getLine(buffer.viewportY + y)!.getCell(x)!;
  return { bold: c.isBold() !== 0, fg: c.isFgDefault() ? -1 : c.getFgColor() };
}

describe("a scenario in the TUI", () => {
  test("the-task-shows-at-start-and-the-goals-are-listed-below-the-prompt", async () => {
    const { lab } = await startScenario();
    const screen = await lab.screen();
    expect(screen.slice(0, 4)).toEqual(["Guard port 8080 with the GUARD chain", "drill/guard-port · beginner · an emulated lab, safe to break", "", "Only alice may reach port 8080"]);
    expect(screen).toContain("1. alice (203.0.113.7) still reaches it;");
    expect(panel(screen)).toEqual([
      "Goals 1/4 · check · why · hint · task · reset · solution · scenarios",
      "✔ alice reaches port 8080",
      "✘ bob cannot reach port 8080, nor port 22 — bob → 198.51.100.10:8080: nothing s…",
      "✘ bob is stopped in GUARD — bob → 198.51.100.10:8080: no rule stopped it (reach…",
      "✘ after a reboot, bob is still stopped in GUARD — bob → 198.51.100.10:8080: no …",
    ]);
    const top = screen.indexOf(panel(screen)[0]!);
    expect(screen[top - 1]).toBe(PROMPT.trimEnd());
    expect(await lab.cursor()).toEqual({ x: PROMPT.length, y: top - 1 });
    expect(cell(lab, 0, 0).bold).toBe(true);
    expect(cell(lab, 0, 3).bold).toBe(true);
    expect(cell(lab, 0, 4).bold).toBe(false);
  });

  test("the-goals-turn-green-as-the-solution-is-typed-line-by-line", async () => {
    const { lab } = await startScenario();
    let screen = await run(lab, SOLUTION[0]!);
    expect(panel(screen)[0]).toMatch(/^Goals 2\/4 /);
    expect(panel(screen).slice(1).map((row) => row[0])).toEqual(["✔", "✘", "✔", "✘"]);
    expect(panel(screen)[2]).toBe("✘ bob cannot reach port 8080, nor port 22 — bob → 198.51.100.10:22: nothing sto…");
    screen = await run(lab, SOLUTION[1]!);
    expect(panel(screen)[0]).toMatch(/^Goals 3\/4 /);
    screen = await run(lab, SOLUTION[2]!);
    expect(screen).toContain("✔ All 4 goals pass — scenario complete! `scenarios` lists what to try next.");
    const done = screen.indexOf("✔ All 4 goals pass — scenario complete! `scenarios` lists what to try next.");
    expect(cell(lab, 0, done).fg).toBe(2);
    expect(panel(screen)).toEqual([
      "Goals 4/4 · check · why · hint · task · reset · solution · scenarios",
      "✔ alice reaches port 8080",
      "✔ bob cannot reach port 8080, nor port 22",
      "✔ bob is stopped in GUARD",
      "✔ after a reboot, bob is still stopped in GUARD",
    ]);
    screen = await run(lab, "check");
    expect(screen).toContain("All 4 goals pass.");
  });

  test("hint-reveals-one-more-hint-each-time", async () => {
    const { lab } = await startScenario();
    let screen = await run(lab, "hint");
    expect(screen).toContain("Hint 1 of 3 (for: after a reboot, bob is still stopped in GUARD)");
    expect(screen).toContain("Save the rules with iptables-save > /etc/iptables/rules.v4.");
    screen = await run(lab, "hint");
    expect(screen).toContain("Hint 2 of 3");
    expect(screen).toContain("INPUT jumps to GUARD first; put your rule there.");
  });

  test("reset-asks-first-and-reset-yes-brings-back-the-start", async () => {
    const { lab } = await startScenario();
    await run(lab, SOLUTION[0]!);
    let screen = await run(lab, "reset");
    expect(screen).toContain("To do it, run: reset --yes");
    expect(panel(screen)[0]).toMatch(/^Goals 2\/4 /);
    screen = await run(lab, "reset --yes");
    expect(screen).toContain("The lab is back at the start of the scenario. `task` shows the task again.");
    expect(panel(screen)[0]).toMatch(/^Goals 1\/4 /);
    screen = await run(lab, "iptables -S GUARD");
    expect(screen).toContain("-N GUARD");
    expect(screen.some((row) => row.startsWith("-A GUARD"))).toBe(false);
  });

  test("progress-is-saved-and-the-next-session-resumes-it", async () => {
    const store = new ProgressStore(tempDataDir());
    const first = await startScenario({ store });
    await run(first.lab, SOLUTION[0]!);
    await run(first.lab, "hint");
    expect(await first.lab.close()).toBe(0);

    const { lab, session } = await startScenario({ store });
    const screen = await lab.screen();
    expect(screen).toContain("Resuming where you left off (2 commands run). `reset` starts the scenario over.");
    expect(panel(screen)[0]).toMatch(/^Goals 2\/4 /);
    expect(session.hintsRevealed).toEqual([1]);
  });

  test("on-a-short-terminal-only-the-goals-title-row-stays", async () => {
    const { lab } = await startScenario({ rows: 9 });
    const screen = await lab.screen();
    // Ink leaves the cursor on the row below its last line.
    expect(screen.slice(-3)).toEqual([PROMPT.trimEnd(), "Goals 1/4 · check · why · hint · task · reset · solution · scenarios", ""]);
  });

  test("the-goals-fit-a-narrow-terminal", async () => {
    const { lab } = await startScenario({ cols: 40 });
    const rows = panel(await lab.screen());
    expect(rows).toEqual([
      "Goals 1/4 · check · why · hint · task ·…",
      "✔ alice reaches port 8080",
      "✘ bob cannot reach port 8080, nor port …",
      "✘ bob is stopped in GUARD — bob → 198.5…",
      "✘ after a reboot, bob is still stopped …",
    ]);
  });
});

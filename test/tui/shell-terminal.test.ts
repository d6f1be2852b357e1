import { afterEach, describe, expect, test } from "vitest";
import { LabShell } from "../../engine/shell/session.js";
import { createWorld } from "../../engine/world/spec.js";
import { KEYS, LabTerminal } from "./harness/lab-terminal.js";

const PROMPT = "[root@lab ~]# ";
let lab: LabTerminal | undefined;

async function start(options: { cols?: number; rows?: number; historyFile?: string } = {}): Promise<LabTerminal> {
  const shell = new LabShell({ world: createWorld(), interactive: true });
  lab = await LabTerminal.start({ shell, ...options });
  return lab;
}

afterEach(async () => {
  await lab?.close().catch(() => undefined);
  lab = undefined;
});

describe("the TUI on an 80x24 terminal", () => {
  test("echo-prints-its-output-under-the-command-line", async () => {
    const t = await start();
    t.type("echo hello\r");
    const screen = await t.waitForLastLine(PROMPT.trimEnd());
    expect(screen.slice(0, 3)).toEqual([`${PROMPT}echo hello`, "hello", PROMPT.trimEnd()]);
    expect(await t.cursor()).toEqual({ x: PROMPT.length, y: 2 });
  });
});

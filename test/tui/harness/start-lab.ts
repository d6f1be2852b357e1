/** Starts the TUI over a fresh lab world, and quits every one started once its test is over. */
import { onTestFinished } from "vitest";
import { LabShell } from "../../../engine/shell/session.js";
import { createWorld } from "../../../engine/world/spec.js";
import type { ShellPort } from "../../../lab/tui/session/shell-port.js";
import { LabTerminal, type LabTerminalOptions } from "./lab-terminal.js";

export const PROMPT = "[root@lab ~]# ";
/** The prompt as a screen row shows it (xterm rows are read right-trimmed). */
export const PROMPT_ROW = PROMPT.trimEnd();

export function labShell(): LabShell {
  return new LabShell({ world: createWorld(), interactive: true });
}

export async function startLab(options: Partial<LabTerminalOptions> & { shell?: ShellPort } = {}): Promise<LabTerminal> {
  const lab = await LabTerminal.start({ ...options, shell: options.shell ?? labShell() });
  // Per test, not an afterEach here: test files share this module (vitest.config.ts: isolate
  // false), so a hook registered at its import would only run in the first file.
  onTestFinished(async () => {
    await lab.close().catch(() => undefined);
  });
  return lab;
}

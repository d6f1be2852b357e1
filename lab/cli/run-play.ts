/** `nflab` / `nflab play`: the interactive lab in the terminal. */
import { homedir } from "node:os";
import { join } from "node:path";
import { LabShell } from "../../engine/shell/session.js";
import { createWorld } from "../../engine/world/spec.js";
import type { CliCommand } from "./args.js";

type PlayCommand = Extract<CliCommand, { kind: "play" }>;

/** Where the lab keeps what outlives a session (history, progress): $XDG_DATA_HOME/nflab. */
export function dataDir(): string {
  const base = process.env["XDG_DATA_HOME"] || join(homedir(), ".local", "share");
  return join(base, "nflab");
}

export async function runPlay(command: PlayCommand): Promise<number> {
  const world = createWorld({ backend: command.backend, startTimeMs: Date.now() });
  const tuiModule: string = "../tui/run-tui.js";
  const { runTui } = (await import(tuiModule)) as { runTui(options: { shell: LabShell; historyFile: string }): Promise<number> };
  const shell = new LabShell({ world, interactive: true });
  return runTui({ shell, historyFile: join(dataDir(), "history") });
}

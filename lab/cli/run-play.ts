/** `nflab` / `nflab play`: the interactive lab in the terminal. */
import { homedir } from "node:os";
import { join } from "node:path";
import { LabShell } from "../../engine/shell/session.js";
import { createWorld } from "../../engine/world/spec.js";
import type { CliCommand } from "./args.js";
import { runTui } from "../tui/run-tui.js";
import { welcome } from "../tui/components/Welcome.js";

type PlayCommand = Extract<CliCommand, { kind: "play" }>;

/** Where the lab keeps what outlives a session (history, progress): $XDG_DATA_HOME/nflab. */
export function dataDir(): string {
  const base = process.env["XDG_DATA_HOME"] || join(homedir(), ".local", "share");
  return join(base, "nflab");
}

export async function runPlay(command: PlayCommand): Promise<number> {
  const world = createWorld({ backend: command.backend, startTimeMs: Date.now() });
  const shell = new LabShell({ world, interactive: true, wallClock: Date.now });
  return runTui({ shell, historyFile: join(dataDir(), "history"), header: welcome(command.backend) });
}

/** Test helpers: a lab shell over a fresh default world that records what it printed. */
import { LabShell } from "../../engine/shell/session.js";
import { createWorld, type WorldSpec } from "../../engine/world/spec.js";
import type { World } from "../../engine/world/types.js";

export interface Recorded {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they came. */
  both: string;
  exitCode: number;
  exited: boolean;
}

export function labShell(options: { interactive?: boolean; spec?: WorldSpec; world?: World; scriptName?: string; args?: string[] } = {}) {
  const world = options.world ?? createWorld(options.spec);
  const shell = new LabShell({
    world,
    interactive: options.interactive ?? false,
    ...(options.scriptName ? { scriptName: options.scriptName } : {}),
    ...(options.args ? { args: options.args } : {}),
  });
  const run = async (text: string, mode: "line" | "script" = options.interactive ? "line" : "script"): Promise<Recorded> => {
    const out = { stdout: "", stderr: "", both: "" };
    const sink = {
      stdout: (t: string) => ((out.stdout += t), (out.both += t)),
      stderr: (t: string) => ((out.stderr += t), (out.both += t)),
    };
    const result = mode === "line" ? await shell.runLine(text, sink) : await shell.runScript(text, sink);
    return { ...out, ...result };
  };
  return { shell, world, run };
}

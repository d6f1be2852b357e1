/**
 * Runs the lines of an ip conformance case in the lab: a bare lab host (only
 * lo, down, as `unshare -n` gives) with br_netfilter loaded as on the
 * recording machine, one LabShell for all the lines, outputs captured per
 * line and normalized as the recording is.
 */
import { LabShell } from "../../../engine/shell/session.js";
import { createWorld } from "../../../engine/world/spec.js";
import type { OutputSink } from "../../../engine/shell/types.js";
import { normalizeCase } from "./normalize.mjs";

export interface CommandOutput {
  cmd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const LAB_START_TIME_MS = Date.UTC(2024, 0, 1, 0, 0, 0);

export async function runIpCaseInLab(lines: readonly string[]): Promise<CommandOutput[]> {
  const world = createWorld({ bare: true, modules: ["br_netfilter"], startTimeMs: LAB_START_TIME_MS });
  let stdout = "";
  let stderr = "";
  const sink: OutputSink = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  };
  const shell = new LabShell({ world, interactive: false, sink });
  const results: CommandOutput[] = [];
  for (const cmd of lines) {
    stdout = "";
    stderr = "";
    let exitCode: number;
    try {
      exitCode = (await shell.runScript(cmd)).exitCode;
    } catch (error) {
      stderr += `nflab conformance: the lab threw: ${(error as Error).stack ?? String(error)}\n`;
      exitCode = -1;
    }
    results.push({ cmd, stdout, stderr, exitCode });
  }
  return normalizeCase(results);
}

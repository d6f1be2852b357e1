/**
 * Runs case lines in the emulated lab: a fresh world, one LabShell for all the
 * lines of a case (state carries over as in the real recording), stdout and
 * stderr captured per line and normalized as the recording is.
 */
import { createWorld } from "../../../engine/world/spec.js";
import { LabShell } from "../../../engine/shell/session.js";
import type { OutputSink } from "../../../engine/shell/types.js";
import { normalizeOutput } from "./normalize.mjs";

export type Backend = "nf_tables" | "legacy";

export interface CommandOutput {
  cmd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The lab's clock at the start of every case: 2024-01-01T00:00:00Z. */
export const LAB_START_TIME_MS = Date.UTC(2024, 0, 1, 0, 0, 0);

export async function runLinesInLab(lines: readonly string[], backend: Backend): Promise<CommandOutput[]> {
  const world = createWorld({ backend, startTimeMs: LAB_START_TIME_MS });
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
      // A throw is a broken invariant in the lab; record it as a difference, keep going.
      stderr += `nflab conformance: the lab threw: ${(error as Error).stack ?? String(error)}\n`;
      exitCode = -1;
    }
    results.push({ cmd, stdout: normalizeOutput(stdout), stderr: normalizeOutput(stderr), exitCode });
  }
  return results;
}

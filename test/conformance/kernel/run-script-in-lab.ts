/**
 * Runs a kernel conformance script in the lab as `nflab sh NAME.sh 2>&1`
 * would: a fresh world, one non-interactive LabShell, stdout and stderr
 * merged in the order they are written.
 */
import { createWorld, LAB_HOST } from "../../../engine/world/spec.js";
import { LabShell } from "../../../engine/shell/session.js";
import { LAB_START_TIME_MS } from "../lib/run-in-lab.js";

export interface ScriptRun {
  output: string;
  exitCode: number;
}

/** Loaded on the recording host, as on any host that runs Docker: every new namespace gets net.bridge.* (bridge-nf-call-iptables=1). */
export const RECORDING_HOST_MODULES = ["br_netfilter"];

export async function runScriptInLab(name: string, text: string): Promise<ScriptRun> {
  const world = createWorld({ startTimeMs: LAB_START_TIME_MS, modules: RECORDING_HOST_MODULES });
  // The recording host logs from every namespace (net.netfilter.nf_log_all_netns=1), so the log-* cases see LOG lines.
  const host = world.namespaces[LAB_HOST];
  if (host) host.sysctl["net.netfilter.nf_log_all_netns"] = "1";
  let output = "";
  const write = (chunk: string): void => void (output += chunk);
  const shell = new LabShell({ world, interactive: false, sink: { stdout: write, stderr: write }, scriptName: name });
  try {
    const result = await shell.runScript(text);
    return { output, exitCode: result.exitCode };
  } catch (error) {
    // A throw is a broken invariant in the lab: a difference to report, not a crash of the suite.
    return { output: `${output}nflab conformance: the lab threw: ${(error as Error).stack ?? String(error)}\n`, exitCode: -1 };
  }
}

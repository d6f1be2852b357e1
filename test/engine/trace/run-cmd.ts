/** Runs one lab command module directly in a namespace of a world. */
import { LabFs } from "../../../engine/fs/lab-fs.js";
import type { CommandContext, CommandResult, LabCommand } from "../../../engine/commands/types.js";
import type { NetNamespace, World } from "../../../engine/world/types.js";

export function runCmd(cmd: LabCommand, w: World, ns: NetNamespace, argv: string[], jobId?: number): CommandResult {
  const ctx: CommandContext = {
    world: w, ns, argv: [cmd.name, ...argv], stdin: "", env: new Map(), cwd: "/root", fs: new LabFs(w.files, () => w.clock.nowMs), interactive: false,
    ...(jobId !== undefined ? { jobId } : {}),
    exec: async () => ({ stdout: "", stderr: "", exitCode: 127 }),
  };
  const r = cmd.run(ctx);
  if (r instanceof Promise) throw new Error("async command");
  return r;
}

/** A tiny harness: run lab iptables commands (argv arrays) against one fresh world. */
import { createWorld } from "../../../../engine/world/spec.js";
import { LabFs } from "../../../../engine/fs/lab-fs.js";
import type { CommandContext, CommandResult, LabCommand } from "../../../../engine/commands/types.js";
import type { World } from "../../../../engine/world/types.js";
import { LAB_COMMANDS } from "../../../../engine/commands/registry.js";

export type Backend = "nf_tables" | "legacy";

export interface Lab {
  world: World;
  fs: LabFs;
  run(argv: readonly string[], stdin?: string): CommandResult;
}

export function newLab(backend: Backend, startTimeMs = Date.UTC(2024, 0, 1)): Lab {
  const world = createWorld({ backend, startTimeMs });
  const fs = new LabFs(world.files, () => world.clock.nowMs);
  const find = (name: string): LabCommand => {
    const c = LAB_COMMANDS.find((x) => x.name === name || x.aliases?.includes(name));
    if (!c) throw new Error(`no command ${name}`);
    return c;
  };
  return {
    world,
    fs,
    run(argv, stdin = "") {
      const ctx: CommandContext = {
        world, ns: world.namespaces["lab"]!, argv, stdin, env: new Map(), cwd: "/root", fs, interactive: false,
        exec: async () => ({ stdout: "", stderr: "", exitCode: 127 }),
      };
      const r = find(argv[0]!).run(ctx);
      if (r instanceof Promise) throw new Error("async command");
      return r;
    },
  };
}

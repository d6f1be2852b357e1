/** A lab world for Docker tests, with iptables-save and iptables -S run by the lab's own iptables. */
import { createWorld } from "../../../engine/world/spec.js";
import { LabFs } from "../../../engine/fs/lab-fs.js";
import type { CommandContext } from "../../../engine/commands/types.js";
import type { World } from "../../../engine/world/types.js";
import { runIptables } from "../../../engine/commands/iptables/iptables.js";
import { runIptablesSave } from "../../../engine/commands/iptables/iptables-save.js";

export function dockerWorld(backend: "nf_tables" | "legacy" = "nf_tables"): World {
  return createWorld({ backend, startTimeMs: Date.UTC(2024, 0, 1) });
}

function ctx(world: World, argv: string[]): CommandContext {
  return {
    world, ns: world.namespaces["lab"]!, argv, stdin: "", env: new Map(), cwd: "/root",
    fs: new LabFs(world.files, () => world.clock.nowMs), interactive: false,
    exec: async () => ({ stdout: "", stderr: "", exitCode: 127 }),
  };
}

export function iptables(world: World, ...args: string[]): string {
  const r = runIptables(ctx(world, ["iptables", ...args]));
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return r.stdout;
}

/** iptables-save without its "# Generated" and "# Completed" lines (their dates and versions vary). */
export function save(world: World): string {
  return runIptablesSave(ctx(world, ["iptables-save"])).stdout.split("\n").filter((l) => !l.startsWith("# ")).join("\n");
}

/** The -A lines of iptables-save. */
export function rules(world: World, table?: string): string[] {
  const text = save(world);
  const part = table ? text.slice(text.indexOf(`*${table}`), text.indexOf("COMMIT", text.indexOf(`*${table}`))) : text;
  return part.split("\n").filter((l) => l.startsWith("-A "));
}

/**
 * Booting a scenario's world: the lab host and its uplink, the internet
 * hosts, what survives on disk from before a reboot, the firewall rules the
 * boot scripts of a Debian host restore, and the scenario's own boot
 * commands (docker run ...), run as root on the lab host.
 */
import { formatIpv4, networkOf, parseCidr } from "../addr/ipv4.js";
import { LabShell } from "../shell/session.js";
import { createWorld } from "../world/spec.js";
import type { World } from "../world/types.js";
import type { FileTree } from "../fs/types.js";
import { buildInternet } from "./internet.js";
import type { Scenario } from "./schema.js";

/** Where netfilter-persistent (Debian's iptables-persistent) keeps the rules it restores at boot. */
export const RULES_V4 = "/etc/iptables/rules.v4";

export interface BootResult {
  world: World;
  /** What the boot commands printed; a non-empty stderr usually means a broken scenario. */
  stdout: string;
  stderr: string;
  exitCode: number;
}

export async function bootScenario(scenario: Scenario, disk?: FileTree, startTimeMs?: number): Promise<BootResult> {
  const def = scenario.world;
  const cidr = parseCidr(def.address)!;
  const gateway = formatIpv4(networkOf(cidr.address, cidr.prefixLen) + 1);
  const world = createWorld({
    seed: def.seed,
    startTimeMs: startTimeMs ?? (def.startTime ? Date.parse(def.startTime) : undefined),
    backend: def.backend,
    eth0: { address: def.address, gateway },
  });
  buildInternet(world, def);
  if (disk) world.files = keepAcrossReboot(disk, world.files);
  const out = { stdout: "", stderr: "" };
  const shell = new LabShell({
    world,
    interactive: false,
    sink: { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) },
  });
  // netfilter-persistent runs early in boot, before docker.service.
  const restore = world.files[RULES_V4] ? `iptables-restore < ${RULES_V4}\n` : "";
  const result = await shell.runScript(restore + def.boot);
  world.processes.jobs = [];
  return { world, ...out, exitCode: result.exitCode };
}

/** A reboot keeps the disk but not /tmp or /run (tmpfs), nor /proc. */
function keepAcrossReboot(disk: FileTree, fresh: FileTree): FileTree {
  const kept: FileTree = { ...fresh };
  for (const [path, node] of Object.entries(disk)) {
    if (/^\/(tmp|run|proc)(\/|$)/.test(path) && path !== "/tmp" && path !== "/run") continue;
    kept[path] = structuredClone(node);
  }
  return kept;
}

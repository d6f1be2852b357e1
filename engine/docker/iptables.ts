/**
 * How dockerd drives iptables (libnetwork/iptables/iptables.go, v27.5): it
 * runs the `iptables` program with `--wait` and its own argument order,
 * checks with -C before it adds, and reads only the exit status. Here the
 * program is the lab's own iptables, run in the lab host's namespace, so the
 * rules are exactly what the emulated iptables makes of Docker's arguments.
 */
import type { World } from "../world/types.js";
import type { CommandContext } from "../commands/types.js";
import { runIptables } from "../commands/iptables/iptables.js";
import { LabFs } from "../fs/lab-fs.js";
import { LAB_HOST } from "../world/spec.js";

export type XtTable = "filter" | "nat" | "mangle";

export interface RawResult {
  ok: boolean;
  /** stdout and stderr together, as Go's CombinedOutput. */
  output: string;
  /** Why it failed, as IPTable.RawCombinedOutput words it: " (iptables failed: iptables --wait ARGS: OUTPUT (exit status N))". */
  error?: string;
}

/** IPTable.Raw: `iptables --wait ARGS` on the lab host. */
export function raw(world: World, args: readonly string[]): RawResult {
  const ns = world.namespaces[LAB_HOST];
  if (!ns) throw new Error("the lab host namespace is missing");
  const ctx: CommandContext = {
    world,
    ns,
    argv: ["iptables", "--wait", ...args],
    stdin: "",
    env: new Map(),
    cwd: "/",
    fs: new LabFs(world.files, () => world.clock.nowMs),
    interactive: false,
    exec: async () => ({ stdout: "", stderr: "dockerd runs no shell commands\n", exitCode: 127 }),
  };
  const r = runIptables(ctx);
  const output = r.stdout + r.stderr;
  if (r.exitCode === 0) return { ok: true, output };
  return { ok: false, output, error: ` (iptables failed: iptables --wait ${args.join(" ")}: ${output} (exit status ${r.exitCode}))` };
}

/** IPTable.Exists: `-t TABLE -C CHAIN RULE` succeeds. */
export function exists(world: World, table: XtTable, chain: string, rule: readonly string[]): boolean {
  return raw(world, ["-t", table, "-C", chain, ...rule]).ok;
}

/** IPTable.NewChain: -N unless `-n -L NAME` finds it. */
export function newChain(world: World, table: XtTable, name: string): void {
  if (!raw(world, ["-t", table, "-n", "-L", name]).ok) raw(world, ["-t", table, "-N", name]);
}

/** ChainInfo.Remove: the nat jumps (any form older daemons made), then -F and -X; failures ignored. */
export function removeChain(world: World, table: XtTable, name: string): void {
  if (table === "nat") {
    raw(world, ["-t", "nat", "-D", "PREROUTING", "-m", "addrtype", "--dst-type", "LOCAL", "-j", name]);
    raw(world, ["-t", "nat", "-D", "OUTPUT", "-m", "addrtype", "--dst-type", "LOCAL", "!", "--dst", "127.0.0.0/8", "-j", name]);
    raw(world, ["-t", "nat", "-D", "OUTPUT", "-m", "addrtype", "--dst-type", "LOCAL", "-j", name]);
    raw(world, ["-t", "nat", "-D", "PREROUTING"]);
    raw(world, ["-t", "nat", "-D", "OUTPUT"]);
  }
  raw(world, ["-t", table, "-F", name]);
  raw(world, ["-t", table, "-X", name]);
}

/** IPTable.AddReturnRule: `-A CHAIN -j RETURN` unless it is there. */
export function addReturnRule(world: World, chain: string): void {
  if (exists(world, "filter", chain, ["-j", "RETURN"])) return;
  raw(world, ["-A", chain, "-j", "RETURN"]);
}

/** IPTable.EnsureJumpRule: delete the jump if present, then insert it at the top. */
export function ensureJumpRule(world: World, from: string, to: string): void {
  if (exists(world, "filter", from, ["-j", to])) raw(world, ["-D", from, "-j", to]);
  raw(world, ["-I", from, "-j", to]);
}

/** IPTable.SetDefaultPolicy */
export function setDefaultPolicy(world: World, table: XtTable, chain: string, policy: "ACCEPT" | "DROP"): RawResult {
  return raw(world, ["-t", table, "-P", chain, policy]);
}

/** IPTable.ProgramRule: add (-A/-I) unless present, delete (-D) only if present. */
export function programRule(world: World, table: XtTable, chain: string, action: "-A" | "-I" | "-D", rule: readonly string[]): RawResult {
  const present = exists(world, table, chain, rule);
  if (present !== (action === "-D")) return { ok: true, output: "" };
  return raw(world, ["-t", table, action, chain, ...rule]);
}

/** An iptRule of the bridge driver: one rule it inserts, appends or deletes after a -C. */
export interface IptRule {
  readonly table: XtTable;
  readonly chain: string;
  readonly args: readonly string[];
}

export function ruleInsert(world: World, r: IptRule): RawResult {
  return programRule(world, r.table, r.chain, "-I", r.args);
}

export function ruleAppend(world: World, r: IptRule): RawResult {
  return programRule(world, r.table, r.chain, "-A", r.args);
}

export function ruleDelete(world: World, r: IptRule): RawResult {
  return programRule(world, r.table, r.chain, "-D", r.args);
}

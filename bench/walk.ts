/**
 * The packet walk's speed: one SYN traced through a kube-proxy-sized nat
 * table (target: under 1 ms median), and packets through a 1,000-rule
 * filter chain (target: 100,000 a second). The kernel does this in
 * microseconds too, but cannot be timed per packet from userspace here, so
 * these print against their targets.
 */
import { LabShell } from "../engine/shell/session.js";
import { createWorld } from "../engine/world/spec.js";
import { sendOne } from "../engine/path/send.js";
import { tcpSyn } from "../engine/path/segments.js";
import { compiledTable } from "../engine/path/compile.js";
import { traverse } from "../engine/path/traverse.js";
import { HookEvalContext } from "../engine/path/eval-context.js";
import { canon } from "../engine/packet/wire.js";
import type { World } from "../engine/world/types.js";
import { median } from "./measure.js";

async function restore(world: World, rules: string): Promise<void> {
  world.files["/tmp/rules"] = { type: "file", content: rules, mode: 0o644, mtimeMs: world.clock.nowMs };
  let err = "";
  const result = await new LabShell({ world, interactive: false }).runScript("iptables-restore < /tmp/rules", { stdout: () => {}, stderr: (t) => void (err += t) });
  if (result.exitCode !== 0) throw new Error(`iptables-restore failed: ${err}`);
}

/** Median time of one traced SYN to a cluster IP, in ms. */
export async function tracedSynMs(natRules: string, services: number): Promise<number> {
  const world = createWorld();
  await restore(world, natRules);
  const lab = world.namespaces["lab"]!;
  const times: number[] = [];
  for (let i = 0; i < 400; i++) {
    const s = (i * 7919) % services;
    const dst = ((172 << 24) | (30 << 16) | (((s >> 8) & 255) << 8) | (s & 255)) >>> 0;
    const syn = tcpSyn(world, lab, { src: 0, dst, sport: 40000 + i, dport: 80 }, i, i);
    const start = performance.now();
    sendOne(world, lab, syn, "bench", true);
    times.push(performance.now() - start);
  }
  return median(times.slice(100));
}

/** Packets per second through a 1,000-rule INPUT chain whose rules none of them match. */
export async function chainPacketsPerSecond(): Promise<number> {
  const world = createWorld();
  const rules = ["*filter", ...Array.from({ length: 1000 }, (_, i) => `-A INPUT -p tcp -m tcp --dport ${10000 + i} -j ACCEPT`), "COMMIT", ""].join("\n");
  await restore(world, rules);
  const lab = world.namespaces["lab"]!;
  const table = compiledTable(lab.netfilter.nft.filter!, "filter", "nf_tables");
  const ctx = new HookEvalContext(world, lab);
  const hooks = { effect: () => -1 };
  const packet = canon({ ...tcpSyn(world, lab, { src: 0x0a000202, dst: 0x0a00020f, sport: 40000, dport: 80 }, 1, 1), inIface: "eth0" });
  for (let i = 0; i < 5000; i++) traverse(table, "INPUT", packet, ctx, hooks);
  const n = 100_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) traverse(table, "INPUT", packet, ctx, hooks);
  return (n / (performance.now() - start)) * 1000;
}

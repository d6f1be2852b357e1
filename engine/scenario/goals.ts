/**
 * Checking a scenario's goals by sending packets through the world, never by
 * reading rule text: any rules that make the packets go where the goal says
 * pass. Goals marked afterReboot are checked on a rebooted copy of the world.
 */
import { parseIpv4 } from "../addr/ipv4.js";
import type { NetNamespace, World } from "../world/types.js";
import type { Check, Goal, Scenario } from "./schema.js";
import type { ProbeOutcome, ProbeRunner } from "./probe.js";

export interface GoalResult {
  id: string;
  title: string;
  pass: boolean;
  /** Why it fails, for the learner (empty when it passes). */
  reason: string;
  /** The check that failed (or, for a passing goal, the last one) and what happened to its packet. */
  check?: Check;
  outcome?: ProbeOutcome;
}

/** Reboots a copy of the world (for afterReboot goals). */
export type Rebooter = (world: World) => Promise<World>;

export async function checkGoals(world: World, scenario: Scenario, probe: ProbeRunner, reboot: Rebooter): Promise<GoalResult[]> {
  let rebooted: World | undefined;
  const results: GoalResult[] = [];
  for (const goal of scenario.goals) {
    let target = world;
    if (goal.afterReboot) target = rebooted ??= await reboot(structuredClone(world));
    results.push(checkGoal(target, goal, probe));
  }
  return results;
}

export function checkGoal(world: World, goal: Goal, probe: ProbeRunner): GoalResult {
  const base = { id: goal.id, title: goal.title };
  let last: ProbeOutcome | undefined;
  for (const check of goal.checks) {
    const result = runCheck(world, check, probe);
    if (!result.pass) return { ...base, ...result, check };
    last = result.outcome;
  }
  const lastCheck = goal.checks[goal.checks.length - 1]!;
  return { ...base, pass: true, reason: "", check: lastCheck, ...(last ? { outcome: last } : {}) };
}

function runCheck(world: World, check: Check, probe: ProbeRunner): { pass: boolean; reason: string; outcome?: ProbeOutcome } {
  const from = findHost(world, check.from);
  if (!from) return { pass: false, reason: `there is no host "${check.from}" in this world` };
  const [host, port] = check.to.split(":") as [string, string | undefined];
  const dst = addressOf(world, host);
  if (dst === undefined) return { pass: false, reason: `there is no host "${host}" in this world` };
  const outcome = probe(world, { fromNs: from.id, proto: check.proto, dst, ...(port ? { dport: Number(port) } : {}) });
  return { ...judge(world, check, outcome), outcome };
}

function judge(world: World, check: Check, outcome: ProbeOutcome): { pass: boolean; reason: string } {
  const who = `${check.from} → ${check.to}`;
  const reached = outcome.end === "delivered";
  if (check.reaches !== undefined) {
    if (!reached) return { pass: false, reason: `${who}: ${outcome.summary}` };
    if (check.reaches !== true) {
      const [host, port] = check.reaches.split(":") as [string, string | undefined];
      const want = findHost(world, host);
      const got = outcome.socket;
      if (!got || (want && got.ns !== want.id) || (port !== undefined && got.port !== Number(port))) {
        return { pass: false, reason: `${who}: reached ${describeSocket(world, got)} instead of ${check.reaches}` };
      }
    }
  }
  if (check.blocked && reached) return { pass: false, reason: `${who}: nothing stopped it, it ${outcome.summary}` };
  if (check.stoppedIn !== undefined) {
    const [table, chain] = check.stoppedIn.split("/") as [string, string];
    const at = outcome.stoppedIn;
    if (!at) return { pass: false, reason: `${who}: no rule stopped it (${outcome.summary})` };
    // Stopped in the chain itself, or in a chain it jumped to (its rules decided either way).
    const inside = (at.table === table && at.chain === chain) || (at.via ?? []).includes(check.stoppedIn);
    if (!inside) return { pass: false, reason: `${who}: stopped in ${at.table}/${at.chain}, not in ${check.stoppedIn}` };
  }
  return { pass: true, reason: "" };
}

function describeSocket(world: World, socket: ProbeOutcome["socket"]): string {
  if (!socket) return "a socket";
  const ns = world.namespaces[socket.ns];
  return `${ns ? hostName(ns) : socket.ns}:${socket.port}`;
}

/** A host by the name a scenario uses: a namespace id, a container's name, or the lab host. */
export function findHost(world: World, name: string): NetNamespace | undefined {
  const namespaces = Object.values(world.namespaces);
  return (
    world.namespaces[name] ??
    world.namespaces[`container:${name}`] ??
    namespaces.find((ns) => ns.containerName === name || ns.netnsName === name)
  );
}

function hostName(ns: NetNamespace): string {
  return ns.containerName ?? ns.netnsName ?? ns.id.replace(/^container:/, "");
}

/** An address given as dotted quad, or the first global IPv4 address of a named host. */
export function addressOf(world: World, host: string): number | undefined {
  const literal = parseIpv4(host);
  if (literal !== undefined) return literal;
  const ns = findHost(world, host);
  const addr = ns?.links.flatMap((l) => l.addrs).find((a) => a.scope === "global");
  return addr ? parseIpv4(addr.address) : undefined;
}


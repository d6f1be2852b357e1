/**
 * A stand-in for the packet walk, for tests that must not wait for it: a
 * probe to the lab host walks the lab's filter INPUT chain (jumps, gotos,
 * RETURN, policies) with the real match modules, and ends delivered on an
 * ACCEPT, dropped on a DROP, rejected on a REJECT. Nothing else is emulated.
 */
import { findMatch } from "../../../engine/netfilter/registry.js";
import { backendTables, type AddrMatch, type Chain, type IfaceMatch, type IpMatch } from "../../../engine/netfilter/types.js";
import type { Packet } from "../../../engine/netfilter/packet.js";
import { addressOf } from "../../../engine/scenario/goals.js";
import type { ProbeOutcome, ProbeRunner } from "../../../engine/scenario/probe.js";
import { parseIpv4 } from "../../../engine/addr/ipv4.js";

export const fakeProbe: ProbeRunner = (world, request) => {
  const lab = world.namespaces["lab"]!;
  const src = addressOf(world, request.fromNs);
  if (src === undefined || !lab.links.some((l) => l.addrs.some((a) => parseIpv4(a.address) === request.dst))) {
    return { end: "no-route", summary: "the fake probe only reaches the lab host" };
  }
  const packet: Packet = {
    src, dst: request.dst, proto: request.proto === "tcp" ? 6 : request.proto === "udp" ? 17 : 1,
    ...(request.dport !== undefined ? { sport: 40000, dport: request.dport } : {}),
    inIface: "eth0", length: 60, ttl: 63, tos: 0, fragOffset: 0, mark: 0,
  };
  const filter = backendTables(lab.netfilter, world.backend).filter;
  const chains = new Map((filter?.chains ?? []).map((c) => [c.name, c]));
  const stack: { chain: Chain; next: number }[] = [];
  let chain = chains.get("INPUT");
  let i = 0;
  const delivered: ProbeOutcome = { end: "delivered", socket: { ns: "lab", port: request.dport ?? 0 }, summary: `reached lab:${request.dport ?? 0}` };
  while (chain) {
    const rule = chain.rules[i];
    if (!rule) {
      if (chain.policy) return chain.policy === "ACCEPT" ? delivered : { end: "dropped", stoppedIn: { table: "filter", chain: chain.name }, summary: `dropped by the policy of ${chain.name}` };
      ({ chain, next: i } = stack.pop() ?? { chain: undefined, next: 0 });
      continue;
    }
    i++;
    if (!ipMatches(rule.ip, packet) || !rule.matches.every((m) => findMatch(m.name)?.match(m.data, packet, evalContext(m.state ?? {})))) continue;
    const target = rule.target;
    if (!target) continue;
    const at = { table: "filter", chain: chain.name, rule: i };
    if (target.kind === "standard") {
      if (target.verdict === "ACCEPT") return delivered;
      if (target.verdict === "DROP") return { end: "dropped", stoppedIn: at, summary: `dropped by rule ${i} of ${chain.name}` };
      ({ chain, next: i } = stack.pop() ?? { chain: chains.get("INPUT")!, next: Infinity });
    } else if (target.kind === "jump" || target.kind === "goto") {
      if (target.kind === "jump") stack.push({ chain, next: i });
      chain = chains.get(target.chain);
      i = 0;
    } else if (target.name === "REJECT") {
      return { end: "rejected", stoppedIn: at, summary: `rejected by rule ${i} of ${chain.name}` };
    }
  }
  return delivered;
};

function evalContext(state: Record<string, unknown>) {
  return { table: "filter" as const, hook: "INPUT" as const, nowMs: 0, random: () => 0.5, addrType: () => "UNICAST" as const, state };
}

function ipMatches(ip: IpMatch, p: Packet): boolean {
  if (ip.src && !addrMatches(ip.src, p.src)) return false;
  if (ip.dst && !addrMatches(ip.dst, p.dst)) return false;
  if (ip.inIface && !ifaceMatches(ip.inIface, p.inIface)) return false;
  if (ip.outIface) return false;
  if (ip.proto) return (ip.proto === p.proto) !== Boolean(ip.invertProto);
  return true;
}

function addrMatches(m: AddrMatch, addr: number): boolean {
  return ((addr & m.mask) >>> 0 === m.addr) !== Boolean(m.invert);
}

function ifaceMatches(m: IfaceMatch, name: string | undefined): boolean {
  const hit = name !== undefined && (m.name.endsWith("+") ? name.startsWith(m.name.slice(0, -1)) : name === m.name);
  return hit !== Boolean(m.invert);
}

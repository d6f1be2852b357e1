/**
 * The address questions the packet walk asks of a namespace: is this address
 * mine (inet_addr_type: a local route, or an address on any of my links —
 * the weak host model), what type is it for -m addrtype, which addresses has
 * a link (MASQUERADE, REDIRECT pick the primary one).
 */
import type { AddrType } from "../netfilter/extension.js";
import type { Link, NetNamespace } from "../world/types.js";
import { networkOf, parseIpv4 } from "../addr/ipv4.js";
import { linkByName } from "../net/links.js";

const parsed = new Map<string, number>();

/** A dotted quad as a number (cached: the walk asks for the same few addresses again and again). */
export function ip(text: string): number {
  let v = parsed.get(text);
  if (v === undefined) {
    v = parseIpv4(text) ?? 0;
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(text, v);
  }
  return v;
}

export const isLoopbackAddr = (a: number) => a >>> 24 === 127;
export const isMulticastAddr = (a: number) => a >>> 28 === 14;
export const LIMITED_BROADCAST = 0xffffffff;

/** The link that carries the address, if any (addresses on down links count: the kernel keeps their local routes). */
export function linkWithAddr(ns: NetNamespace, a: number): Link | undefined {
  for (const l of ns.links) for (const x of l.addrs) if (ip(x.address) === a) return l;
  return undefined;
}

/** Whether the address is local to the namespace (RTN_LOCAL). */
export function isLocalAddr(ns: NetNamespace, a: number): boolean {
  if (linkWithAddr(ns, a)) return true;
  for (const r of ns.routes) {
    if (r.type !== "local" || r.table !== 255) continue;
    const [net, len] = r.dst.split("/");
    if (networkOf(a, Number(len ?? 32)) === ip(net!)) return true;
  }
  // lo's 127.0.0.0/8 is local as long as lo has it, even without the route the kernel would add.
  return isLoopbackAddr(a) && ns.links.some((l) => l.kind === "loopback" && l.addrs.some((x) => x.address.startsWith("127.")));
}

/** A broadcast address of one of the namespace's subnets (RTN_BROADCAST in the local table). */
export function isBroadcastAddr(ns: NetNamespace, a: number): boolean {
  if (a === LIMITED_BROADCAST) return true;
  for (const l of ns.links) for (const x of l.addrs) if (x.broadcast && ip(x.broadcast) === a) return true;
  return false;
}

/** inet_dev_addr_type, as -m addrtype asks it: only the local table decides; anything else is UNICAST. */
export function addrTypeOf(ns: NetNamespace, a: number, iface?: string): AddrType {
  if (a === 0) return "UNSPEC";
  if (isMulticastAddr(a)) return "MULTICAST";
  if (isBroadcastAddr(ns, a)) return "BROADCAST";
  if (iface !== undefined) {
    const l = linkByName(ns, iface);
    if (l && l.addrs.some((x) => ip(x.address) === a)) return "LOCAL";
    if (isLoopbackAddr(a) && l?.kind === "loopback") return "LOCAL";
    return "UNICAST";
  }
  return isLocalAddr(ns, a) ? "LOCAL" : "UNICAST";
}

export function linkAddrs(ns: NetNamespace, name: string): number[] {
  return linkByName(ns, name)?.addrs.map((x) => ip(x.address)) ?? [];
}

/** The link's first primary address (what REDIRECT takes: in_dev->ifa_list). */
export function primaryAddr(link: Link): number | undefined {
  const a = link.addrs.find((x) => !x.secondary);
  return a ? ip(a.address) : undefined;
}

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

interface LocalSet {
  readonly links: readonly Link[];
  readonly addrLists: readonly unknown[];
  readonly lengths: readonly number[];
  readonly routes: readonly unknown[];
  readonly addrs: ReadonlySet<number>;
  readonly nets: readonly (readonly [number, number])[];
}

const locals = new WeakMap<NetNamespace, LocalSet>();

function localSet(ns: NetNamespace): LocalSet {
  const c = locals.get(ns);
  if (c && c.links.length === ns.links.length && c.routes.length === ns.routes.length && ns.routes.every((r, i) => r === c.routes[i]) && ns.links.every((l, i) => l === c.links[i] && l.addrs === c.addrLists[i] && l.addrs.length === c.lengths[i])) return c;
  const addrs = new Set<number>();
  for (const l of ns.links) for (const x of l.addrs) addrs.add(ip(x.address));
  const nets: [number, number][] = [];
  for (const r of ns.routes) {
    if (r.type !== "local" || r.table !== 255) continue;
    const [net, len] = r.dst.split("/");
    nets.push([ip(net!), Number(len ?? 32)]);
  }
  // lo's 127.0.0.0/8 is local as long as lo has it, even without the route the kernel would add.
  if (ns.links.some((l) => l.kind === "loopback" && l.addrs.some((x) => x.address.startsWith("127.")))) nets.push([0x7f000000, 8]);
  const fresh: LocalSet = { links: ns.links.slice(), addrLists: ns.links.map((l) => l.addrs), lengths: ns.links.map((l) => l.addrs.length), routes: ns.routes.slice(), addrs, nets };
  locals.set(ns, fresh);
  return fresh;
}

/** Whether the address is local to the namespace (RTN_LOCAL). */
export function isLocalAddr(ns: NetNamespace, a: number): boolean {
  const s = localSet(ns);
  if (s.addrs.has(a)) return true;
  for (const [net, len] of s.nets) if (networkOf(a, len) === net) return true;
  return false;
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

/** The loopback device's name: "lo", unless someone renamed it (the kernel lets `ip link set lo name X` through). */
export function loopbackName(ns: NetNamespace): string {
  for (const l of ns.links) if (l.kind === "loopback") return l.name;
  return "lo";
}

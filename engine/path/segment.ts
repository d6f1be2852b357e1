/**
 * Layer 2 as the walk needs it: which interfaces a frame sent out of a link
 * can reach (a veth's peer; through a bridge, the bridge itself and every
 * other port's far side), which of them answers ARP for a next hop, and which
 * bridge port leads to a MAC (the bridge's forwarding database, as learning
 * would have filled it).
 *
 * ARP follows Linux's defaults (arp_ignore=0): a namespace answers for any of
 * its addresses on whichever interface the request came in.
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import { vethPeer } from "../net/device.js";
import { bridgeOf, portsOf } from "../net/bridge.js";
import { isLocalAddr, isLoopbackAddr, isMulticastAddr, ip } from "./addresses.js";

export interface Endpoint {
  readonly ns: NetNamespace;
  readonly link: Link;
  /** The port of the first bridge on the way that leads to this endpoint (for the sender's own bridge). */
  readonly port?: Link;
}

/** An uplink: an Ethernet link with no peer, which leads to the emulated internet. */
export function isUplink(link: Link): boolean {
  return link.kind === "ether" && !link.peer;
}

/** The interfaces a frame from `dev` can reach directly, without routing. */
export function segmentOf(world: World, ns: NetNamespace, dev: Link): Endpoint[] {
  const seen = new Set<Link>([dev]);
  if (dev.kind === "bridge") return bridgeEndpoints(world, ns, dev, undefined, seen);
  if (dev.kind === "veth") return farSide(world, dev, seen);
  return [];
}

/** What lies beyond a veth: its peer, or, if the peer is a bridge port, that bridge's segment. */
function farSide(world: World, veth: Link, seen: Set<Link>): Endpoint[] {
  const peer = vethPeer(world, veth);
  if (!peer || seen.has(peer.link)) return [];
  seen.add(peer.link);
  const br = bridgeOf(peer.ns, peer.link);
  if (br) return bridgeEndpoints(world, peer.ns, br, peer.link, seen);
  return [{ ns: peer.ns, link: peer.link }];
}

function bridgeEndpoints(world: World, ns: NetNamespace, br: Link, except: Link | undefined, seen: Set<Link>): Endpoint[] {
  const out: Endpoint[] = [];
  if (!seen.has(br)) out.push({ ns, link: br });
  seen.add(br);
  for (const port of portsOf(ns, br)) {
    if (port === except || seen.has(port)) continue;
    seen.add(port);
    if (port.kind !== "veth") continue;
    for (const e of farSide(world, port, seen)) out.push({ ...e, port });
  }
  return out;
}

/** arp_process: the endpoint that answers "who has nexthop?", if any (never for a multicast or loopback address). */
export function resolveNeighbour(world: World, ns: NetNamespace, dev: Link, nexthop: number): Endpoint | undefined {
  if (isMulticastAddr(nexthop) || isLoopbackAddr(nexthop)) return undefined;
  const members = segmentOf(world, ns, dev);
  const lladdr = (ns.neigh ?? []).find((n) => n.dev === dev.name && ip(n.dst) === nexthop && (n.state === "PERMANENT" || n.state === "NOARP") && n.lladdr)?.lladdr;
  if (lladdr) return members.find((m) => m.link.mac === lladdr);
  const exact = members.find((m) => m.link.up && m.link.addrs.some((a) => ip(a.address) === nexthop));
  if (exact) return exact;
  return members.find((m) => m.link.up && m.link.kind !== "loopback" && isLocalAddr(m.ns, nexthop) && arpIgnore(m) === 0);
}

function arpIgnore(e: Endpoint): number {
  const v = Math.max(Number(e.ns.sysctl["net.ipv4.conf.all.arp_ignore"] ?? 0), Number(e.ns.sysctl[`net.ipv4.conf.${e.link.name}.arp_ignore`] ?? 0));
  return Number.isFinite(v) ? v : 0;
}

/** br_fdb_find: the port of `br` behind which the MAC lives. */
export function fdbPort(world: World, ns: NetNamespace, br: Link, mac: string, except?: Link): Link | undefined {
  for (const port of portsOf(ns, br)) {
    if (port === except || port.kind !== "veth") continue;
    const seen = new Set<Link>([br, port]);
    if (farSide(world, port, seen).some((e) => e.link.mac === mac)) return port;
  }
  return undefined;
}

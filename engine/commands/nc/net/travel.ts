/**
 * Where an IPv4 packet sent from a namespace ends up, hop by hop, as routing
 * and forwarding decide it (ip_route_output_key at the sender, then
 * ip_route_input and ip_forward at each router). This walk knows routes,
 * links, bridges, neighbours and TTL; it does not consult netfilter.
 */
import type { NetNamespace, World } from "../../../world/types.js";
import { parseIpv4 } from "../../../addr/ipv4.js";
import { fibLookup, isLocalAddress, routeGet } from "../../../net/route-get.js";
import { linkByName } from "../../../net/links.js";
import { typeOf } from "../../../net/fib4.js";
import type { Errno, IcmpError } from "./outcomes.js";
import { segmentOf } from "./segment.js";

/** ARP gives up after mcast_solicit (3) probes a retrans_time (1 s) apart. */
export const NEIGH_FAIL_MS = 3000;
const MAX_HOPS = 32;

export type Travel =
  /** The destination is an address of `ns`; `hops` routers were crossed, `ttl` is what is left. */
  | { readonly kind: "arrived"; readonly ns: NetNamespace; readonly hops: number; readonly ttl: number }
  /** The sender's own route lookup failed: the socket call returns errno. */
  | { readonly kind: "local-error"; readonly errno: Errno }
  /** A router answered with an ICMP error (it travels back to the sender). */
  | { readonly kind: "icmp"; readonly error: IcmpError; readonly router: NetNamespace; readonly afterMs: number }
  /** The sender's first hop did not answer ARP. */
  | { readonly kind: "neigh-failed"; readonly from: string }
  /** Silently dropped somewhere. */
  | { readonly kind: "dropped" };

export interface TravelRequest {
  readonly src: string;
  readonly dst: string;
  /** The link to leave by (ping -I eth0, SO_BINDTODEVICE). */
  readonly oif?: string;
  /** @default 64 */
  readonly ttl?: number;
}

/** The sender's route lookup, with the errno connect() or sendto() returns when it fails. */
export function outputRoute(ns: NetNamespace, dst: string, oif?: string): { dev: string; gateway?: string; src: string; local: boolean } | Errno {
  const daddr = parseIpv4(dst);
  if (daddr === undefined) return "EINVAL";
  const route = fibLookup(ns, daddr, oif ? { oif } : {});
  if (route) {
    const type = typeOf(route);
    if (type === "unreachable") return "EHOSTUNREACH";
    if (type === "prohibit") return "EACCES";
    if (type === "blackhole") return "EINVAL";
  }
  const result = routeGet(ns, dst, oif ? { oif } : {});
  if (typeof result === "string") return result;
  return { dev: result.dev, ...(result.gateway ? { gateway: result.gateway } : {}), src: result.src, local: result.type === "local" || result.type === "broadcast" };
}

export function travel(world: World, from: NetNamespace, req: TravelRequest): Travel {
  const first = outputRoute(from, req.dst, req.oif);
  if (typeof first === "string") return { kind: "local-error", errno: first };
  if (first.local) return { kind: "arrived", ns: from, hops: 0, ttl: req.ttl ?? 64 };
  let ns = from;
  let hop: { dev: string; gateway?: string } = first;
  let ttl = req.ttl ?? 64;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const next = nextHost(world, ns, hop.dev, hop.gateway ?? req.dst);
    if (!next) {
      if (hops === 0) return { kind: "neigh-failed", from: req.src };
      return icmpFrom(ns, req.src, 3, 1, NEIGH_FAIL_MS);
    }
    ns = next;
    if (isLocalAddress(ns, req.dst)) return { kind: "arrived", ns, hops: hops, ttl };
    // ip_forward: forwarding off drops silently (ip_error does not answer then).
    if (ns.sysctl["net.ipv4.ip_forward"] !== "1") return { kind: "dropped" };
    if (ttl <= 1) return icmpFrom(ns, req.src, 11, 0, 0);
    ttl--;
    const route = forwardRoute(ns, req.dst);
    if (route === "ENETUNREACH") return icmpFrom(ns, req.src, 3, 0, 0);
    if (route === "EHOSTUNREACH") return icmpFrom(ns, req.src, 3, 1, 0);
    if (typeof route === "string") return { kind: "dropped" };
    hop = route;
  }
  return { kind: "dropped" };
}

/** A router's lookup for a packet it forwards. Prohibit and blackhole routes drop without an answer (as recorded). */
function forwardRoute(ns: NetNamespace, dst: string): { dev: string; gateway?: string } | Errno | "drop" {
  const daddr = parseIpv4(dst)!;
  const route = fibLookup(ns, daddr);
  if (!route) return "ENETUNREACH";
  const type = typeOf(route);
  if (type === "unreachable") return "EHOSTUNREACH";
  if (type !== "unicast") return "drop";
  return { dev: route.dev, ...(route.via ? { gateway: route.via } : {}) };
}

/** The namespace that answers ARP for `addr` on the segment of `dev` (arp_ignore 0: any local address). */
function nextHost(world: World, ns: NetNamespace, dev: string, addr: string): NetNamespace | undefined {
  const link = linkByName(ns, dev);
  if (!link) return undefined;
  return segmentOf(world, ns, link).find((e) => isLocalAddress(e.ns, addr))?.ns;
}

function icmpFrom(router: NetNamespace, to: string, type: number, code: number, afterMs: number): Travel {
  const back = routeGet(router, to);
  const from = typeof back === "string" ? "0.0.0.0" : back.src;
  return { kind: "icmp", error: { from, type, code }, router, afterMs };
}

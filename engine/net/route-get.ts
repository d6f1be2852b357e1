/**
 * The IPv4 route lookup (fib_lookup, ip_route_output_key): the policy rules'
 * tables in order (local, main, default), the longest prefix that has a
 * usable route, then the source address the kernel would pick. This is what
 * `ip route get` prints and what the packet walk asks before sending.
 */
import type { IfAddr, Link, NetNamespace, Route, RouteType } from "../world/types.js";
import { formatIpv4, networkOf, parseIpv4, prefixMask } from "../addr/ipv4.js";
import { linkByName } from "./links.js";
import { carrierOk } from "./link-state.js";
import { prefixOf, tableOf, typeOf } from "./fib4.js";

const RULE_TABLES = [255, 254, 253] as const;
const SCOPE: Readonly<Record<IfAddr["scope"], number>> = { global: 0, link: 253, host: 254 };

export interface RouteResult {
  /** What the destination is: a host on a link (unicast), this host (local), a broadcast. */
  type: RouteType | "multicast";
  /** The link the packet leaves by ("lo" for local delivery). */
  dev: string;
  /** The next hop, when the route goes via a gateway. */
  gateway?: string;
  /** The source address the kernel picks (fl4->saddr). */
  src: string;
  /** The route that matched (none for 255.255.255.255 sent out of a named link). */
  route?: Route;
  table?: number;
  /** RTCF_LOCAL / RTCF_BROADCAST, which `ip route get` shows as `cache <local,brd>`. */
  flags: ("local" | "brd" | "mc")[];
}

export type RouteFailure = "ENETUNREACH" | "EHOSTUNREACH" | "EINVAL" | "ENODEV" | "EACCES";

export interface RouteGetOptions {
  /** The source address asked for (`from`); it must be one of this host's. */
  src?: string;
  /** The link the packet must leave by (`oif`). */
  oif?: string;
  /** The lookup scope (flowi4_scope): routes narrower than it are skipped. @default universe (0) */
  scope?: number;
}

function routeScope(r: Route): number {
  return r.scope === "host" ? 254 : r.scope === "link" ? 253 : 0;
}

/** fib_lookup: the first route of the longest matching prefix, table by table. */
export function fibLookup(ns: NetNamespace, dst: number, opts: { oif?: string; scope?: number; ignoreLinkState?: boolean } = {}): Route | undefined {
  for (const table of RULE_TABLES) {
    const candidates = ns.routes
      .filter((r) => tableOf(r) === table)
      .filter((r) => {
        const p = prefixOf(r);
        return networkOf(dst, p.len) === p.key;
      })
      .filter((r) => routeScope(r) >= (opts.scope ?? 0))
      .filter((r) => !opts.oif || r.dev === opts.oif)
      .filter((r) => usable(ns, r, opts.ignoreLinkState ?? false));
    if (candidates.length === 0) continue;
    const longest = Math.max(...candidates.map((r) => prefixOf(r).len));
    return candidates.find((r) => prefixOf(r).len === longest);
  }
  return undefined;
}

function usable(ns: NetNamespace, r: Route, ignoreLinkState: boolean): boolean {
  const t = typeOf(r);
  if (t === "blackhole" || t === "unreachable" || t === "prohibit") return true;
  // Routes through a link that went down were flushed, except host-scope ones, which stay usable.
  const dev = linkByName(ns, r.dev);
  if (!dev) return false;
  if (ignoreLinkState || !dev.up || carrierOk(dev)) return true;
  return ns.sysctl[`net.ipv4.conf.${dev.name}.ignore_routes_with_linkdown`] !== "1";
}

/** inet_select_addr: a primary address of the link in the destination's subnet, else its first, else another link's. */
export function selectSourceAddress(ns: NetNamespace, dev: Link | undefined, dst: number, scope: number): string | undefined {
  if (dev) {
    let first: string | undefined;
    for (const a of dev.addrs) {
      if (a.secondary || SCOPE[a.scope] > scope) continue;
      const addr = parseIpv4(a.address)!;
      if (dst === 0 || networkOf(dst, a.prefixLen) === networkOf(addr, a.prefixLen)) return a.address;
      first ??= a.address;
    }
    if (first) return first;
  }
  for (const link of ns.links) {
    for (const a of link.addrs) {
      if (a.secondary) continue;
      if (a.scope !== "link" && SCOPE[a.scope] <= scope) return a.address;
    }
  }
  return undefined;
}

/** ip_route_output_key: where a packet this host sends to dst goes, and from which address. */
export function routeGet(ns: NetNamespace, dst: string, opts: RouteGetOptions = {}): RouteResult | RouteFailure {
  const daddr = parseIpv4(dst);
  if (daddr === undefined) return "EINVAL";
  if (opts.src !== undefined) {
    const s = parseIpv4(opts.src);
    if (s === undefined || s === 0 || s === 0xffffffff || s >>> 28 === 0xe) return "EINVAL";
    if (!isLocalAddress(ns, opts.src)) return "ENETUNREACH";
  }
  const oifLink = opts.oif ? linkByName(ns, opts.oif) : undefined;
  if (opts.oif && !oifLink) return "ENODEV";
  if (oifLink && !oifLink.up) return "ENETUNREACH";
  if (daddr === 0) {
    const src = opts.src ?? "127.0.0.1";
    return { type: "local", dev: "lo", src, flags: ["local"] };
  }
  const route = fibLookup(ns, daddr, { oif: opts.oif, scope: opts.scope });
  if (!route) {
    if (oifLink) {
      // "Apparently, routing tables are wrong. Assume that the destination is on link."
      const src = opts.src ?? selectSourceAddress(ns, oifLink, 0, 253) ?? "0.0.0.0";
      return withMulticast(daddr, withBroadcast(daddr, { type: "unicast", dev: oifLink.name, src, flags: [] }));
    }
    return "ENETUNREACH";
  }
  const type = typeOf(route);
  if (type === "unreachable" || type === "blackhole") return type === "unreachable" ? "EHOSTUNREACH" : "EINVAL";
  if (type === "prohibit") return "EACCES";
  const dev = linkByName(ns, route.dev);
  if (type === "local") {
    const src = opts.src ?? route.src ?? dst;
    return { type: "local", dev: "lo", src, route, table: tableOf(route), flags: ["local"] };
  }
  const src = opts.src ?? route.src ?? selectSourceAddress(ns, dev, route.via ? parseIpv4(route.via)! : 0, routeScope(route)) ?? "0.0.0.0";
  const result: RouteResult = { type, dev: route.dev, src, route, table: tableOf(route), flags: [] };
  if (route.via) result.gateway = route.via;
  if (type === "broadcast") result.flags = ["local", "brd"];
  return withMulticast(daddr, withBroadcast(daddr, result));
}

/** All-hosts (224.0.0.1): every IPv4 device joins it, so it is also delivered here. */
const ALL_HOSTS = 0xe0000001;

/**
 * __mkroute_output: a multicast destination leaves by the route's link with no
 * gateway (RTN_MULTICAST, RTCF_MULTICAST), and RTCF_LOCAL too for a group the
 * link has joined.
 */
function withMulticast(daddr: number, r: RouteResult): RouteResult {
  if (daddr >>> 28 !== 0xe || r.type === "local") return r;
  const { gateway: _gateway, ...rest } = r;
  return { ...rest, type: "multicast", flags: daddr === ALL_HOSTS ? ["local", "mc"] : ["mc"] };
}

/** __mkroute_output: 255.255.255.255 is a broadcast whatever the route said. */
function withBroadcast(daddr: number, r: RouteResult): RouteResult {
  if (daddr !== 0xffffffff) return r;
  const { gateway: _gateway, ...rest } = r;
  return { ...rest, type: "broadcast", flags: ["local", "brd"] };
}

/** Whether an address is one of this namespace's (a local route says so). */
export function isLocalAddress(ns: NetNamespace, address: string): boolean {
  const a = parseIpv4(address);
  if (a === undefined) return false;
  return ns.routes.some((r) => tableOf(r) === 255 && typeOf(r) === "local" && networkOf(a, prefixOf(r).len) === prefixOf(r).key);
}

export function maskOf(prefixLen: number): string {
  return formatIpv4(prefixMask(prefixLen));
}

/**
 * The two routing decisions of the walk, on top of engine/net's FIB lookup:
 *
 * - output (ip_route_output_key): where a packet this namespace sends goes,
 *   from which address; a local destination goes through lo.
 * - input (ip_route_input_slow, after PREROUTING): local delivery, forwarding,
 *   or a drop — martian addresses, forwarding disabled on the in interface
 *   (silently, ip_error), no route (ICMP net unreachable when forwarding),
 *   and reverse path filtering (fib_validate_source).
 */
import type { Link, NetNamespace } from "../world/types.js";
import { selectSourceAddress } from "../net/route-get.js";
import { fibFind, type FibRoute } from "./fib.js";
import { linkByName } from "../net/links.js";
import { isBroadcastAddr, isLocalAddr, isLoopbackAddr, isMulticastAddr, ip, LIMITED_BROADCAST, loopbackName } from "./addresses.js";

export interface OutRoute {
  readonly dev: string;
  /** The next hop: the gateway, or the destination itself on a link. */
  readonly nexthop: number;
  /** The address the kernel picks as source. */
  readonly src: number;
  readonly local: boolean;
  readonly gateway?: number;
}

export type OutFailure = { readonly errno: "ENETUNREACH" | "EHOSTUNREACH" | "EINVAL" | "EACCES"; readonly text: string };

/**
 * ip_route_output_key. `src` is the address asked for, if any (it must be one
 * of this namespace's); `oif` the link the socket is bound to
 * (SO_BINDTODEVICE, ping -I): only routes out of it count, and with none the
 * kernel assumes the destination is on that link ("routing tables are wrong").
 */
export function routeOutput(ns: NetNamespace, dst: number, src?: number, oif?: string): OutRoute | OutFailure {
  if (src !== undefined && src !== 0 && !isLocalAddr(ns, src)) return { errno: "EINVAL", text: "Invalid argument" };
  if (oif === undefined && isLocalAddr(ns, dst)) return { dev: loopbackName(ns), nexthop: dst, src: src ?? dst, local: true };
  if (dst === LIMITED_BROADCAST) return { errno: "ENETUNREACH", text: "Network is unreachable" };
  const r = fibFind(ns, dst, oif !== undefined ? { oif } : {});
  if (!r && oif !== undefined) return onLink(ns, dst, src, oif);
  if (!r) return { errno: "ENETUNREACH", text: "Network is unreachable" };
  switch (r.type) {
    case "local":
      return { dev: loopbackName(ns), nexthop: dst, src: src ?? r.src ?? dst, local: true };
    case "unreachable":
      return { errno: "EHOSTUNREACH", text: "No route to host" };
    case "blackhole":
      return { errno: "EINVAL", text: "Invalid argument" };
    case "prohibit":
      return { errno: "EACCES", text: "Permission denied" };
    default:
      break;
  }
  const from = src ?? r.src ?? sourceFor(ns, r);
  const out: OutRoute = { dev: r.dev, nexthop: r.via ?? dst, src: from, local: isLoopbackDev(ns, r.dev) };
  return r.via !== undefined ? { ...out, gateway: r.via } : out;
}

/**
 * No route out of the bound link: make_route on it anyway, the source by
 * inet_select_addr(dev, 0, RT_SCOPE_LINK). Out of lo it is RTCF_LOCAL
 * (__mkroute_output): back in on lo, it goes up to INPUT whatever its address.
 */
function onLink(ns: NetNamespace, dst: number, src: number | undefined, oif: string): OutRoute | OutFailure {
  const link = linkByName(ns, oif);
  if (!link || !link.up) return { errno: "ENETUNREACH", text: "Network is unreachable" };
  const picked = src === undefined ? selectSourceAddress(ns, link, 0, 253) : undefined;
  return { dev: oif, nexthop: dst, src: src ?? (picked !== undefined ? ip(picked) : 0), local: link.kind === "loopback" };
}

/** __mkroute_output: a route out of a loopback device is RTCF_LOCAL. */
function isLoopbackDev(ns: NetNamespace, dev: string): boolean {
  return linkByName(ns, dev)?.kind === "loopback";
}

/** inet_select_addr for the route's link, as route-get.ts picks it. */
function sourceFor(ns: NetNamespace, r: FibRoute): number {
  const a = selectSourceAddress(ns, linkByName(ns, r.dev), r.via ?? 0, r.scope);
  return a !== undefined ? ip(a) : 0;
}

export type InRoute =
  | { readonly kind: "local" }
  | { readonly kind: "forward"; readonly dev: string; readonly nexthop: number; readonly gateway?: number }
  | { readonly kind: "drop"; readonly code: InDropCode; readonly text: string; readonly icmp?: { type: number; code: number } };

export type InDropCode = "martian-source" | "martian-destination" | "forwarding-disabled" | "no-route" | "rp-filter" | "blackhole" | "unreachable" | "prohibit" | "broadcast";

function conf(ns: NetNamespace, dev: string, key: string): number {
  const v = ns.sysctl[`net.ipv4.conf.${dev}.${key}`];
  return v === undefined ? 0 : Number(v) || 0;
}

/** IN_DEV_CONF_GET with the "all" value combined as the kernel does for rp_filter (max) and the others (or). */
function confMax(ns: NetNamespace, dev: string, key: string): number {
  return Math.max(conf(ns, "all", key), conf(ns, dev, key));
}

/** IN_DEV_FORWARD: the in interface's forwarding (which net.ipv4.ip_forward sets on every interface). */
export function forwardingOn(ns: NetNamespace, dev: string): boolean {
  const v = ns.sysctl[`net.ipv4.conf.${dev}.forwarding`];
  if (v !== undefined) return v.trim() !== "0";
  return (ns.sysctl["net.ipv4.ip_forward"] ?? "0").trim() !== "0";
}

/** ip_route_input_slow for a packet that came in on `dev`. */
export function routeInput(ns: NetNamespace, dev: Link, src: number, dst: number): InRoute {
  const name = dev.name;
  if (isMulticastAddr(src) || src === LIMITED_BROADCAST) return martian("martian-source", src, dst, name);
  if (dst === LIMITED_BROADCAST || (src === 0 && dst === LIMITED_BROADCAST)) return { kind: "drop", code: "broadcast", text: "a broadcast (not emulated beyond this point)" };
  if (src >>> 24 === 0) return martian("martian-source", src, dst, name);
  if (dst >>> 24 === 0) return martian("martian-destination", src, dst, name);
  const localnet = confMax(ns, name, "route_localnet") !== 0;
  if (isLoopbackAddr(dst) && !localnet) return martian("martian-destination", src, dst, name);
  if (isLoopbackAddr(src) && !localnet) return martian("martian-source", src, dst, name);
  if (isLocalAddr(ns, dst)) {
    const rp = validateSource(ns, dev, src);
    return rp ?? { kind: "local" };
  }
  if (isBroadcastAddr(ns, dst)) return { kind: "drop", code: "broadcast", text: `${fmt(dst)} is a broadcast address (not emulated beyond this point)` };
  const route = fibFind(ns, dst);
  const fwd = forwardingOn(ns, name);
  if (!route) {
    if (!fwd) return { kind: "drop", code: "forwarding-disabled", text: `forwarding is off on ${name} (net.ipv4.conf.${name}.forwarding=0): not for this host, dropped` };
    return { kind: "drop", code: "no-route", text: `no route to ${fmt(dst)}`, icmp: { type: 3, code: 0 } };
  }
  const type = route.type;
  if (type === "blackhole" || type === "unreachable" || type === "prohibit") {
    if (!fwd) return { kind: "drop", code: "forwarding-disabled", text: `forwarding is off on ${name}: not for this host, dropped` };
    if (type === "blackhole") return { kind: "drop", code: "blackhole", text: `a blackhole route to ${route.route.dst} drops it` };
    if (type === "unreachable") return { kind: "drop", code: "unreachable", text: `an unreachable route to ${route.route.dst}`, icmp: { type: 3, code: 1 } };
    return { kind: "drop", code: "prohibit", text: `a prohibit route to ${route.route.dst}`, icmp: { type: 3, code: 13 } };
  }
  if (!fwd) return { kind: "drop", code: "forwarding-disabled", text: `forwarding is off on ${name} (net.ipv4.ip_forward=0): not for this host, dropped` };
  const rp = validateSource(ns, dev, src);
  if (rp) return rp;
  const gw = route.via;
  return gw !== undefined ? { kind: "forward", dev: route.dev, nexthop: gw, gateway: gw } : { kind: "forward", dev: route.dev, nexthop: dst };
}

/**
 * fib_validate_source (net/ipv4/fib_frontend.c). With rp_filter off, a source
 * that is one of this namespace's own addresses is still a martian (unless
 * accept_local). Strict mode (1) wants the route back to the source to leave
 * by the interface the packet came in on; loose mode (2) any route back.
 */
function validateSource(ns: NetNamespace, dev: Link, src: number): InRoute | undefined {
  const name = dev.name;
  const rpf = confMax(ns, name, "rp_filter");
  const acceptLocal = confMax(ns, name, "accept_local") !== 0;
  if (isLocalAddr(ns, src) && !acceptLocal) return martian("martian-source", src, 0, name);
  if (rpf === 0) return undefined;
  const back = fibFind(ns, src, { ignoreLinkState: true });
  if (!back || back.type !== "unicast") {
    return { kind: "drop", code: "rp-filter", text: `reverse path filter (rp_filter=${rpf}): no route back to ${fmt(src)}` };
  }
  if (back.dev === name) return undefined;
  if (rpf === 2) return undefined;
  return { kind: "drop", code: "rp-filter", text: `reverse path filter (rp_filter=1, strict): the route back to ${fmt(src)} leaves by ${back.dev}, not ${name}` };
}

function martian(code: "martian-source" | "martian-destination", src: number, dst: number, dev: string): InRoute {
  const what = code === "martian-source" ? `martian source ${fmt(src)}` : `martian destination ${fmt(dst)}`;
  return { kind: "drop", code, text: `${what} on ${dev} (ip_route_input_slow drops it)` };
}

export function logMartians(ns: NetNamespace, dev: string): boolean {
  return confMax(ns, dev, "log_martians") !== 0;
}

/** inet_select_addr for MASQUERADE: the out interface's address facing the next hop. */
export function masqueradeAddress(ns: NetNamespace, dev: string, nexthop: number): number | undefined {
  const link = linkByName(ns, dev);
  if (!link) return undefined;
  const a = selectSourceAddress(ns, link, nexthop, 0);
  if (!a || !link.addrs.some((x) => x.address === a)) {
    const first = link.addrs.find((x) => !x.secondary);
    return first ? ip(first.address) : undefined;
  }
  return ip(a);
}

function fmt(a: number): string {
  return formatAddr(a);
}

export function formatAddr(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

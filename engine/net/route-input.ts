/**
 * The input route lookup (ip_route_input_slow in net/ipv4/route.c): what
 * happens to a packet arriving on a link — delivered here, broadcast,
 * forwarded (if forwarding is on for that link), or refused: martian
 * addresses, reverse-path filtering (rp_filter), no route. This is what
 * `ip route get ADDR from SRC iif DEV` prints, and what the packet walk
 * asks for a packet it receives.
 */
import type { Link, NetNamespace, Route } from "../world/types.js";
import { parseIpv4 } from "../addr/ipv4.js";
import { linkByName } from "./links.js";
import { fibLookup, isLocalAddress } from "./route-get.js";
import { typeOf } from "./fib4.js";

export interface InputResult {
  /** local: delivered here; broadcast: to here as a broadcast; unicast: forwarded; multicast: a group this link joined. */
  type: "local" | "broadcast" | "unicast" | "multicast";
  /** Where it goes: "lo" for this host, else the link it is forwarded out of. */
  dev: string;
  gateway?: string;
  route?: Route;
  /** The kernel's RTCF flags as `ip route get` shows them: local, brd, mc, redirect. */
  flags: ("local" | "brd" | "mc" | "redirect")[];
}

export type InputFailure = "EINVAL" | "ENETUNREACH" | "EHOSTUNREACH" | "ENODEV";

function conf(ns: NetNamespace, dev: string, key: string): number {
  return Number(ns.sysctl[`net.ipv4.conf.${dev}.${key}`] ?? "0");
}

/** IN_DEV_CONF of the max kind (rp_filter, route_localnet...): the larger of "all" and the link's. */
function confMax(ns: NetNamespace, dev: string, key: string): number {
  return Math.max(conf(ns, "all", key), conf(ns, dev, key));
}

/** IN_DEV_FORWARD: the link's forwarding switch (set with ip_forward or by itself). */
function forwards(ns: NetNamespace, dev: string): boolean {
  return conf(ns, dev, "forwarding") !== 0;
}

const isMulticast = (a: number) => a >>> 28 === 0xe;
const isLoopback = (a: number) => a >>> 24 === 127;

/**
 * fib_validate_source: is the source believable on this link? A negative
 * answer is a martian (EINVAL); 1 means the source is on the link itself,
 * which makes a packet forwarded back out of it a redirect.
 */
function validateSource(ns: NetNamespace, src: number, srcText: string, iif: Link, oif: string | undefined): number | "EINVAL" {
  const rpf = confMax(ns, iif.name, "rp_filter");
  const txRedirects = conf(ns, "all", "send_redirects") !== 0 || conf(ns, iif.name, "send_redirects") !== 0;
  if (rpf === 0 && (iif.name !== oif || !txRedirects)) {
    if (confMax(ns, iif.name, "accept_local") !== 0) return 0;
    return isLocalAddress(ns, srcText) ? "EINVAL" : 0;
  }
  const back = fibLookup(ns, src);
  if (!back) return rpf ? "EINVAL" : 0;
  const backType = typeOf(back);
  if (backType !== "unicast" && (backType !== "local" || confMax(ns, iif.name, "accept_local") === 0)) return "EINVAL";
  const onlink = back.scope === "link" || back.scope === "host" ? 1 : 0;
  if (back.dev === iif.name || (backType === "local" && iif.kind === "loopback")) return onlink;
  if (iif.addrs.length === 0) return rpf ? "EINVAL" : 0;
  if (rpf === 1) return "EINVAL";
  const viaLink = fibLookup(ns, src, { oif: iif.name, ignoreLinkState: true });
  return viaLink && typeOf(viaLink) === "unicast" && (viaLink.scope === "link" || viaLink.scope === "host") ? 1 : 0;
}

export function routeInput(ns: NetNamespace, dst: string, src: string, iifName: string): InputResult | InputFailure {
  const iif = linkByName(ns, iifName);
  if (!iif) return "ENODEV";
  const daddr = parseIpv4(dst);
  const saddr = parseIpv4(src);
  if (daddr === undefined || saddr === undefined) return "EINVAL";
  if (isMulticast(saddr) || saddr === 0xffffffff) return "EINVAL";
  if (daddr === 0xffffffff || (saddr === 0 && daddr === 0)) return broadcast(ns, saddr, src, iif);
  if (saddr === 0 || daddr === 0) return "EINVAL";
  const localnet = confMax(ns, iif.name, "route_localnet") !== 0;
  if (isLoopback(daddr) && !localnet) return "EINVAL";
  if (isLoopback(saddr) && !localnet) return "EINVAL";
  if (isMulticast(daddr)) {
    // Only the all-hosts group is joined on every link.
    return daddr === 0xe0000001 ? { type: "multicast", dev: "lo", flags: ["local", "mc"] } : "EINVAL";
  }
  const route = fibLookup(ns, daddr);
  if (!route) return forwards(ns, iif.name) ? "ENETUNREACH" : "EHOSTUNREACH";
  const type = typeOf(route);
  if (type === "broadcast") return broadcast(ns, saddr, src, iif);
  if (type === "local") {
    const v = validateSource(ns, saddr, src, iif, undefined);
    if (v === "EINVAL") return v;
    return { type: "local", dev: "lo", route, flags: ["local"] };
  }
  if (!forwards(ns, iif.name)) return "EHOSTUNREACH";
  if (type === "unreachable") return "EHOSTUNREACH";
  if (type !== "unicast") return "EINVAL";
  const v = validateSource(ns, saddr, src, iif, route.dev);
  if (v === "EINVAL") return v;
  const result: InputResult = { type: "unicast", dev: route.dev, route, flags: [] };
  if (route.via) result.gateway = route.via;
  if (route.dev === iif.name && v > 0) result.flags.push("redirect");
  return result;
}

function broadcast(ns: NetNamespace, saddr: number, src: string, iif: Link): InputResult | InputFailure {
  if (saddr !== 0 && validateSource(ns, saddr, src, iif, undefined) === "EINVAL") return "EINVAL";
  return { type: "broadcast", dev: "lo", flags: ["local", "brd"] };
}

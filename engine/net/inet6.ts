/**
 * IPv6 on links as far as `ip addr` and `ip -6 route` show it
 * (net/ipv6/addrconf.c): when a link becomes ready (up, operstate up, qdisc
 * running) it gets ::1 (lo) or a link-local address from its MAC, with the
 * fe80::/64 and ff00::/8 routes; duplicate address detection keeps a new
 * address "tentative" for one to two seconds; going down removes it all.
 */
import type { Inet6Addr, Link, NetNamespace, World } from "../world/types.js";
import { nextInt } from "../world/random.js";
import { operUp } from "./link-state.js";
import { nextSeq } from "./links.js";
import { compressIpv6, linkLocalFromMac } from "./mac.js";
import { parseIpv6Words } from "./routes6.js";

/** addrconf_link_ready: oper up and the qdisc no longer noop. */
function linkReady(link: Link): boolean {
  return link.up && operUp(link) && link.qdiscActive === true;
}

function sysctl(ns: NetNamespace, link: Link, key: string): string | undefined {
  return ns.sysctl[`net.ipv6.conf.${link.name}.${key}`];
}

export function addrconfEvent(world: World, ns: NetNamespace, link: Link, event: "UP" | "CHANGE" | "DOWN" | "UNREGISTER" | "CHANGEMTU"): void {
  // Below IPv6's minimum MTU (1280) the link loses IPv6 until the MTU is raised again.
  if (event === "DOWN" || event === "UNREGISTER" || (event === "CHANGEMTU" && link.mtu < 1280)) {
    link.inet6 = [];
    link.inet6Ready = undefined;
    return;
  }
  if (sysctl(ns, link, "disable_ipv6") === "1" || link.mtu < 1280) return;
  if (!linkReady(link)) return;
  if (link.inet6Ready !== undefined) return;
  link.inet6Ready = nextSeq(ns);
  if (link.kind === "loopback") {
    addInet6(link, { address: "::1", prefixLen: 128, scope: "host" });
    return;
  }
  if (sysctl(ns, link, "addr_gen_mode") !== "0") return;
  const address: Inet6Addr = { address: linkLocalFromMac(link.mac), prefixLen: 64, scope: "link" };
  if (link.kind !== "dummy" && Number(sysctl(ns, link, "accept_dad") ?? "1") >= 1) {
    // addrconf_dad_kick: a random delay below rtr_solicit_delay (1 s), then one probe and retrans_time (1 s).
    address.dadUntilMs = world.clock.nowMs + 1000 + nextInt(world.random, 0, 999);
  }
  addInet6(link, address);
}

/** ipv6_link_dev_addr: ordered by scope (global, host, link), a new address before older ones of its scope. */
function addInet6(link: Link, address: Inet6Addr): void {
  const rank = (a: Inet6Addr) => ({ global: 0, host: 1, link: 2 })[a.scope];
  const list = (link.inet6 ??= []);
  const at = list.findIndex((a) => rank(a) >= rank(address));
  if (at < 0) list.push(address);
  else list.splice(at, 0, address);
}

export function isTentative(world: World, address: Inet6Addr): boolean {
  return address.dadUntilMs !== undefined && world.clock.nowMs < address.dadUntilMs;
}

/** Whether IPv6 routes through the link carry `linkdown` (set when it stopped being ready). */
export function inet6LinkDown(link: Link): boolean {
  return !linkReady(link);
}

/** `ip -6 addr add`: a permanent address, tentative until DAD ends (unless the link cannot do DAD). */
export function addInet6Address(
  world: World,
  ns: NetNamespace,
  link: Link,
  text: string,
  prefixLen: number,
  scope: Inet6Addr["scope"],
  noprefixroute: boolean,
  nodad = false,
): "EEXIST" | undefined {
  const address = compressIpv6(parseIpv6Words(text));
  if ((link.inet6 ?? []).some((a) => a.address === address)) return "EEXIST";
  const entry: Inet6Addr = { address, prefixLen, scope };
  if (noprefixroute) entry.noprefixroute = true;
  if (nodad) entry.nodad = true;
  const dad = !nodad && link.kind !== "loopback" && link.kind !== "dummy" && Number(sysctl(ns, link, "accept_dad") ?? "1") >= 1;
  if (dad) entry.dadUntilMs = world.clock.nowMs + 1000 + nextInt(world.random, 0, 999);
  entry.seq = nextSeq(ns);
  addInet6(link, entry);
  return undefined;
}

export function deleteInet6Address(_ns: NetNamespace, link: Link, text: string, prefixLen: number): boolean {
  const address = compressIpv6(parseIpv6Words(text));
  const list = link.inet6 ?? [];
  const at = list.findIndex((a) => a.address === address && (prefixLen === 128 || a.prefixLen === prefixLen));
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}

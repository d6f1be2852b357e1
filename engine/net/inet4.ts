/**
 * IPv4 addresses of links (net/ipv4/devinet.c) and the routes the kernel
 * makes for them (fib_add_ifaddr and fib_del_ifaddr in fib_frontend.c):
 * a local route for each address, broadcast routes, and a prefix route for
 * each primary address while the link is up.
 */
import type { IfAddr, Link, NetNamespace, Route } from "../world/types.js";
import { broadcastOf, formatIpv4, inCidr, networkOf, parseIpv4, prefixMask } from "../addr/ipv4.js";
import { deleteRoute, dstOf, flushRoutes, insertRoute, RT_TABLE_LOCAL, RT_TABLE_MAIN } from "./fib4.js";

const SCOPE_RANK: Readonly<Record<IfAddr["scope"], number>> = { global: 0, link: 253, host: 254 };

export function ip4(text: string): number {
  return parseIpv4(text) ?? 0;
}

function sameSubnet(a: IfAddr, b: IfAddr): boolean {
  return a.prefixLen === b.prefixLen && inCidr(ip4(a.address), { address: ip4(b.address), prefixLen: b.prefixLen });
}

export type AddError = "EEXIST" | "EINVAL_SCOPE";

/** __inet_insert_ifa: a secondary after every address, a primary after the last primary of its scope or wider. */
export function insertIfaddr(ns: NetNamespace, link: Link, ifa: IfAddr): AddError | undefined {
  ifa.secondary = undefined;
  let lastPrimary = 0;
  link.addrs.forEach((other, i) => {
    if (!other.secondary && SCOPE_RANK[ifa.scope] <= SCOPE_RANK[other.scope]) lastPrimary = i + 1;
  });
  for (const other of link.addrs) {
    if (!sameSubnet(other, ifa)) continue;
    if (other.address === ifa.address) return "EEXIST";
    if (other.scope !== ifa.scope) return "EINVAL_SCOPE";
    ifa.secondary = true;
  }
  if (ifa.secondary) link.addrs.push(ifa);
  else link.addrs.splice(lastPrimary, 0, ifa);
  fibAddIfaddr(ns, link, ifa);
  return undefined;
}

/** The primary address of the subnet an address is in (inet_ifa_byprefix). */
export function primaryOf(link: Link, ifa: IfAddr): IfAddr | undefined {
  if (!ifa.secondary) return ifa;
  return link.addrs.find((a) => !a.secondary && sameSubnet(a, ifa));
}

function kernelRoute(link: Link, type: "local" | "broadcast" | "unicast", dst: number, len: number, prim: IfAddr, metric?: number): Route {
  const route: Route = {
    dst: dstOf(dst, len),
    dev: link.name,
    proto: "kernel",
    scope: type === "local" ? "host" : "link",
    src: prim.address,
  };
  if (type !== "unicast") route.type = type;
  if (type !== "unicast") route.table = RT_TABLE_LOCAL;
  if (metric) route.metric = metric;
  return route;
}

/** fib_magic(RTM_NEWROUTE, ...): appended; an identical route already there is left alone. */
function magicAdd(ns: NetNamespace, route: Route): void {
  insertRoute(ns, route, "append");
}

function magicDel(ns: NetNamespace, link: Link, type: "local" | "broadcast" | "unicast", dst: number, len: number, prim: IfAddr): void {
  deleteRoute(ns, {
    table: type === "unicast" ? RT_TABLE_MAIN : RT_TABLE_LOCAL,
    key: networkOf(dst, len),
    len,
    type,
    dev: link.name,
    src: prim.address,
    proto: "kernel",
  });
}

export function fibAddIfaddr(ns: NetNamespace, link: Link, ifa: IfAddr): void {
  const prim = primaryOf(link, ifa);
  if (!prim) return;
  const local = ip4(ifa.address);
  const prefix = networkOf(local, ifa.prefixLen);
  magicAdd(ns, kernelRoute(link, "local", local, 32, prim));
  if (!link.up) return;
  if (ifa.broadcast && ifa.broadcast !== "255.255.255.255") {
    magicAdd(ns, kernelRoute(link, "broadcast", ip4(ifa.broadcast), 32, prim));
  }
  if (prefix !== 0 && !ifa.secondary && (prefix !== local || ifa.prefixLen < 32)) {
    if (!ifa.noprefixroute) {
      magicAdd(ns, kernelRoute(link, link.kind === "loopback" ? "local" : "unicast", prefix, ifa.prefixLen, prim, ifa.metric));
    }
    if (ifa.prefixLen < 31) magicAdd(ns, kernelRoute(link, "broadcast", broadcastOf(local, ifa.prefixLen), 32, prim));
  }
}

/** fib_del_ifaddr: removes the address's routes unless another address still needs them. */
export function fibDelIfaddr(ns: NetNamespace, link: Link, ifa: IfAddr, promoted?: IfAddr): void {
  const mask = prefixMask(ifa.prefixLen);
  const any = (ip4(ifa.address) & mask) >>> 0;
  const brd = (any | ~mask) >>> 0;
  const local = ip4(ifa.address);
  const ifaBrd = ifa.broadcast ? ip4(ifa.broadcast) : 0;
  let prim: IfAddr | undefined = ifa;
  let subnet = false;
  if (ifa.secondary) {
    prim = link.addrs.find((a) => !a.secondary && a !== ifa && sameSubnet(a, ifa));
    if (!prim) return;
  } else if (any !== 0 && (any !== local || ifa.prefixLen < 32)) {
    if (!ifa.noprefixroute) magicDel(ns, link, link.kind === "loopback" ? "local" : "unicast", any, ifa.prefixLen, prim);
    subnet = true;
  }
  let localOk = false;
  let brdOk = false;
  let brd1Ok = false;
  let brd0Ok = false;
  let gone = true;
  let samePrefsrc = false;
  let prim1: IfAddr | undefined;
  for (const ifa1 of link.addrs) {
    if (ifa1 === ifa) {
      gone = false;
      continue;
    }
    if (promoted && ifa1.prefixLen === promoted.prefixLen && sameSubnet(ifa1, promoted)) continue;
    if (ifa1.secondary) {
      if (ifa1.prefixLen === prim.prefixLen && sameSubnet(ifa1, prim)) prim1 = prim;
      else {
        if (!samePrefsrc) continue;
        if (!prim1 || !sameSubnet(ifa1, prim1)) prim1 = primaryOf(link, ifa1);
        if (!prim1 || prim1.address !== prim.address) continue;
      }
    } else {
      if (prim.address !== ifa1.address) continue;
      prim1 = ifa1;
      if (prim !== prim1) samePrefsrc = true;
    }
    const b1 = ifa1.broadcast ? ip4(ifa1.broadcast) : 0;
    if (ip4(ifa1.address) === local) localOk = true;
    if (b1 === ifaBrd) brdOk = true;
    if (brd === b1) brd1Ok = true;
    if (any === b1) brd0Ok = true;
    if (prim1 === ifa1 && ifa1.prefixLen < 31) {
      const m1 = prefixMask(ifa1.prefixLen);
      const any1 = (ip4(ifa1.address) & m1) >>> 0;
      const brdOf1 = (any1 | ~m1) >>> 0;
      if (any1 !== 0) {
        if (ifaBrd === brdOf1 || ifaBrd === any1) brdOk = true;
        if (brd === brdOf1 || brd === any1) brd1Ok = true;
        if (any === brdOf1 || any === any1) brd0Ok = true;
      }
    }
  }
  if (!brdOk && ifaBrd) magicDel(ns, link, "broadcast", ifaBrd, 32, prim);
  if (subnet && ifa.prefixLen < 31) {
    if (!brd1Ok) magicDel(ns, link, "broadcast", brd, 32, prim);
    if (!brd0Ok) magicDel(ns, link, "broadcast", any, 32, prim);
  }
  if (!localOk) {
    magicDel(ns, link, "local", local, 32, prim);
    const stillLocal = ns.routes.some((r) => r.type === "local" && r.dst === `${ifa.address}/32`);
    // fib_sync_down_addr: routes that used the address as their source die with it.
    if (gone && !stillLocal) flushRoutes(ns, (r) => r.src === ifa.address);
  }
}

/** Whether secondaries are promoted when their primary goes (promote_secondaries, all or the link's). */
function promotes(ns: NetNamespace, link: Link): boolean {
  const key = (name: string) => ns.sysctl[`net.ipv4.conf.${name}.promote_secondaries`] ?? "0";
  return key("all") !== "0" || key(link.name) !== "0";
}

/** __inet_del_ifa: deletes an address; deleting a primary takes its secondaries (or promotes one). */
export function deleteIfaddr(ns: NetNamespace, link: Link, ifa: IfAddr): void {
  let promote: IfAddr | undefined;
  if (!ifa.secondary) {
    const subnet = link.addrs.filter((a) => a !== ifa && a.secondary && sameSubnet(a, ifa));
    if (promotes(ns, link)) promote = subnet[0];
    else {
      for (const sec of subnet) {
        link.addrs.splice(link.addrs.indexOf(sec), 1);
        fibDelIfaddr(ns, link, sec);
      }
    }
  }
  if (promote) {
    for (const a of link.addrs.slice(link.addrs.indexOf(promote))) {
      if (a.prefixLen === ifa.prefixLen && sameSubnet(a, ifa)) fibDelIfaddr(ns, link, a, ifa);
    }
  }
  const at = link.addrs.indexOf(ifa);
  link.addrs.splice(at, 1);
  fibDelIfaddr(ns, link, ifa);
  if (promote) {
    // The promoted address moves after the primaries that followed its old
    // primary (of the same scope or wider), and becomes primary itself.
    link.addrs.splice(link.addrs.indexOf(promote), 1);
    let lastPrim = at;
    link.addrs.forEach((a, i) => {
      if (i >= at && !a.secondary && SCOPE_RANK[ifa.scope] <= SCOPE_RANK[a.scope]) lastPrim = i + 1;
    });
    promote.secondary = undefined;
    link.addrs.splice(lastPrim, 0, promote);
    fibAddIfaddr(ns, link, promote);
    for (const a of link.addrs) if (a.secondary && sameSubnet(a, promote)) fibAddIfaddr(ns, link, a);
  }
  if (link.addrs.length === 0) fibDisableIp(ns, link, true);
}

/** fib_disable_ip/fib_sync_down_dev: routes through the link die; host-scope ones survive unless forced. */
export function fibDisableIp(ns: NetNamespace, link: Link, force: boolean): void {
  flushRoutes(ns, (r) => r.dev === link.name && (force || r.scope !== "host"));
}

/** NETDEV_UP: lo gets 127.0.0.1/8 if it has no address, then every address gets its routes. */
export function inet4LinkUp(ns: NetNamespace, link: Link): void {
  if (link.kind === "loopback" && link.addrs.length === 0) {
    insertIfaddr(ns, link, { family: 4, address: "127.0.0.1", prefixLen: 8, scope: "host" });
  }
  for (const ifa of link.addrs) fibAddIfaddr(ns, link, ifa);
}

/** NETDEV_UNREGISTER (and leaving the namespace): the addresses go, and every route through the link. */
export function inet4LinkGone(ns: NetNamespace, link: Link): void {
  link.addrs = [];
  fibDisableIp(ns, link, true);
}

export function formatBroadcast(address: string, prefixLen: number): string {
  return formatIpv4(broadcastOf(ip4(address), prefixLen));
}

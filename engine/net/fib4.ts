/**
 * The IPv4 routing tables (net/ipv4/fib_trie.c) as one ordered list per
 * namespace. A route's place is the trie's: by table, then key, then the
 * longer prefix first, then metric; routes that tie keep insertion order.
 */
import type { NetNamespace, Route, RouteType } from "../world/types.js";
import { formatIpv4, networkOf, parseIpv4 } from "../addr/ipv4.js";

export const RT_TABLE_MAIN = 254;
export const RT_TABLE_LOCAL = 255;

export interface Prefix {
  /** The network, as an unsigned 32-bit number. */
  key: number;
  len: number;
}

export function tableOf(route: Route): number {
  return route.table ?? RT_TABLE_MAIN;
}

export function typeOf(route: Route): RouteType {
  return route.type ?? "unicast";
}

export function prefixOf(route: Route): Prefix {
  if (route.dst === "default") return { key: 0, len: 0 };
  const [addr, len] = route.dst.split("/");
  return { key: parseIpv4(addr!) ?? 0, len: len === undefined ? 32 : Number(len) };
}

/** "default", "10.0.0.0/24" or "10.0.0.1/32": how routes store their destination. */
export function dstOf(key: number, len: number): string {
  return len === 0 ? "default" : `${formatIpv4(networkOf(key, len))}/${len}`;
}

function samePrefix(a: Route, b: Route): boolean {
  const x = prefixOf(a);
  const y = prefixOf(b);
  return tableOf(a) === tableOf(b) && x.key === y.key && x.len === y.len;
}

/** Trie order, ignoring the metric: table, key, longer prefix first. */
function compareSlot(a: Route, b: Route): number {
  const x = prefixOf(a);
  const y = prefixOf(b);
  return tableOf(a) - tableOf(b) || x.key - y.key || y.len - x.len;
}

/** Same type, scope, nexthop and source: the kernel's "route exists" for an appended duplicate. */
export function sameRoute(a: Route, b: Route): boolean {
  return (
    samePrefix(a, b) &&
    typeOf(a) === typeOf(b) &&
    (a.metric ?? 0) === (b.metric ?? 0) &&
    a.dev === b.dev &&
    a.via === b.via &&
    a.src === b.src &&
    (a.scope ?? "global") === (b.scope ?? "global") &&
    (a.proto ?? "boot") === (b.proto ?? "boot")
  );
}

export type InsertMode = "add" | "replace" | "append" | "prepend";

/**
 * fib_table_insert. "add" fails (EEXIST) when a route of the prefix has the
 * same metric; "replace" takes the first such route's place; "append" and
 * "prepend" put it after or before them (and fail on an exact duplicate).
 */
export function insertRoute(ns: NetNamespace, route: Route, mode: InsertMode): "EEXIST" | undefined {
  const metric = route.metric ?? 0;
  const routes = ns.routes;
  const slot = routes.filter((r) => samePrefix(r, route));
  const sameMetric = slot.filter((r) => (r.metric ?? 0) === metric);
  if (sameMetric.length > 0) {
    if (mode === "add") return "EEXIST";
    if (mode === "replace") {
      routes[routes.indexOf(sameMetric[0]!)] = route;
      return undefined;
    }
    if (sameMetric.some((r) => sameRoute(r, route))) return "EEXIST";
    const anchor = mode === "append" ? sameMetric[sameMetric.length - 1]! : sameMetric[0]!;
    routes.splice(routes.indexOf(anchor) + (mode === "append" ? 1 : 0), 0, route);
    return undefined;
  }
  const before = slot.find((r) => (r.metric ?? 0) > metric);
  if (before) {
    routes.splice(routes.indexOf(before), 0, route);
    return undefined;
  }
  const last = slot[slot.length - 1];
  if (last) {
    routes.splice(routes.indexOf(last) + 1, 0, route);
    return undefined;
  }
  const at = routes.findIndex((r) => compareSlot(r, route) > 0);
  if (at < 0) routes.push(route);
  else routes.splice(at, 0, route);
  return undefined;
}

/** What `ip route del` (and the kernel's own deletions) match on; absent fields match anything. */
export interface RouteMatch {
  table: number;
  key: number;
  len: number;
  type?: RouteType;
  metric?: number;
  dev?: string;
  via?: string;
  src?: string;
  proto?: Route["proto"];
  scope?: Route["scope"];
}

/** fib_table_delete: removes the first route that matches; false when none does (ESRCH). */
export function deleteRoute(ns: NetNamespace, m: RouteMatch): boolean {
  const at = ns.routes.findIndex((r) => routeMatches(r, m));
  if (at < 0) return false;
  ns.routes.splice(at, 1);
  return true;
}

export function routeMatches(r: Route, m: RouteMatch): boolean {
  const p = prefixOf(r);
  return (
    tableOf(r) === m.table &&
    p.key === m.key &&
    p.len === m.len &&
    (m.type === undefined || typeOf(r) === m.type) &&
    (m.metric === undefined || m.metric === 0 || (r.metric ?? 0) === m.metric) &&
    (m.dev === undefined || r.dev === m.dev) &&
    (m.via === undefined || r.via === m.via) &&
    (m.src === undefined || r.src === m.src) &&
    (m.proto === undefined || (r.proto ?? "boot") === m.proto) &&
    (m.scope === undefined || (r.scope ?? "global") === m.scope)
  );
}

/** Removes every route the predicate picks (fib_flush after nexthops died). */
export function flushRoutes(ns: NetNamespace, dead: (route: Route) => boolean): void {
  ns.routes = ns.routes.filter((r) => !dead(r));
}

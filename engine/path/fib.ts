/**
 * The walk's own view of a namespace's routes, compiled once per version of
 * the table: numbers instead of strings, sorted as fib_lookup visits them
 * (the local table, main, default; within a table the longest prefix first,
 * then the metric, then insertion order). The answers are engine/net's
 * (route-get.ts fibLookup); this only avoids parsing addresses per packet.
 */
import type { NetNamespace, Route, RouteType } from "../world/types.js";
import { linkByName } from "../net/links.js";
import { carrierOk } from "../net/link-state.js";
import { ip } from "./addresses.js";

export interface FibRoute {
  readonly route: Route;
  readonly table: number;
  readonly key: number;
  readonly len: number;
  readonly mask: number;
  readonly type: RouteType;
  readonly scope: number;
  readonly dev: string;
  readonly via: number | undefined;
  readonly src: number | undefined;
}

interface Compiled {
  readonly refs: readonly Route[];
  readonly devs: readonly string[];
  readonly routes: readonly FibRoute[];
}

const TABLE_ORDER: Readonly<Record<number, number>> = { 255: 0, 254: 1, 253: 2 };
const cache = new WeakMap<NetNamespace, Compiled>();

function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

function compile(ns: NetNamespace): Compiled {
  const routes: FibRoute[] = ns.routes.map((r) => {
    const [a, l] = r.dst === "default" ? ["0.0.0.0", "0"] : r.dst.split("/");
    const len = l === undefined ? 32 : Number(l);
    return {
      route: r,
      table: r.table ?? 254,
      key: (ip(a!) & maskOf(len)) >>> 0,
      len,
      mask: maskOf(len),
      type: r.type ?? "unicast",
      scope: r.scope === "host" ? 254 : r.scope === "link" ? 253 : 0,
      dev: r.dev,
      via: r.via !== undefined ? ip(r.via) : undefined,
      src: r.src !== undefined ? ip(r.src) : undefined,
    };
  });
  const order = (t: number) => TABLE_ORDER[t] ?? 3 + t;
  const indexed = routes.map((r, i) => ({ r, i }));
  indexed.sort((x, y) => order(x.r.table) - order(y.r.table) || y.r.len - x.r.len || (x.r.route.metric ?? 0) - (y.r.route.metric ?? 0) || x.i - y.i);
  return { refs: ns.routes.slice(), devs: ns.routes.map((r) => r.dev), routes: indexed.map((x) => x.r) };
}

function compiled(ns: NetNamespace): readonly FibRoute[] {
  const c = cache.get(ns);
  if (c && c.refs.length === ns.routes.length && ns.routes.every((r, i) => r === c.refs[i] && r.dev === c.devs[i])) return c.routes;
  const fresh = compile(ns);
  cache.set(ns, fresh);
  return fresh.routes;
}

function usable(ns: NetNamespace, r: FibRoute, ignoreLinkState: boolean): boolean {
  if (r.type === "blackhole" || r.type === "unreachable" || r.type === "prohibit") return true;
  const dev = linkByName(ns, r.dev);
  if (!dev) return false;
  if (ignoreLinkState || !dev.up || carrierOk(dev)) return true;
  return ns.sysctl[`net.ipv4.conf.${dev.name}.ignore_routes_with_linkdown`] !== "1";
}

/** fib_lookup: the first usable route of the longest matching prefix, table by table. */
export function fibFind(ns: NetNamespace, dst: number, opts: { readonly oif?: string; readonly scope?: number; readonly ignoreLinkState?: boolean } = {}): FibRoute | undefined {
  const minScope = opts.scope ?? 0;
  for (const r of compiled(ns)) {
    if (((dst & r.mask) >>> 0) !== r.key) continue;
    if (r.scope < minScope) continue;
    if (opts.oif !== undefined && r.dev !== opts.oif) continue;
    if (!usable(ns, r, opts.ignoreLinkState ?? false)) continue;
    return r;
  }
  return undefined;
}

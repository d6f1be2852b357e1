/**
 * iproute_list_flush_or_save (ip/iproute.c): `ip route [show|list]` with
 * its selectors (table, dev, type, proto, scope, via, src, metric, a
 * prefix to match exactly, within root, or containing match), and
 * `ip route flush` of what they select.
 */
import type { IpRun } from "../context.js";
import { Args, matches } from "../matches.js";
import { exitWith, invarg, nodev } from "../errors.js";
import { getPrefix, type InetPrefix } from "../inet-prefix.js";
import { ipv4Message, ipv6Messages } from "./messages.js";
import { printRoute, type RouteMsg } from "./print-route.js";
import { linkByIndex } from "../../../net/links.js";
import { parseIpv4 } from "../../../addr/ipv4.js";
import { deleteRoute, prefixOf } from "../../../net/fib4.js";
import { parseTable, protoName, SCOPES, TYPES } from "./names.js";
import { IPROUTE_USAGE } from "../usage-texts.js";

interface RouteFilter {
  table: number;
  /** `cache`/`cloned`: the route cache, which IPv4 has not had since Linux 3.6 (always empty). */
  cloned?: boolean;
  type?: string;
  proto?: string;
  scope?: string;
  dev?: string;
  via?: InetPrefix;
  src?: InetPrefix;
  metric?: number;
  root?: InetPrefix;
  match?: InetPrefix;
}

function parseFilter(run: IpRun, argv: readonly string[]): RouteFilter {
  const f: RouteFilter = { table: 254 };
  const family = run.opts.family;
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (matches(arg, "table")) {
      const v = args.next();
      const id = parseTable(v);
      if (id !== undefined) f.table = id;
      else if (v === "all") f.table = 0;
      else if (v === "cache") f.cloned = true;
      else if (v === "help") exitWith(255, IPROUTE_USAGE);
      else invarg("table id value is invalid\n", v);
    } else if (matches(arg, "cached") || matches(arg, "cloned")) {
      f.cloned = true;
    } else if (matches(arg, "protocol")) {
      const v = args.next();
      const proto = v === "all" ? undefined : protoName(v);
      if (v !== "all" && proto === undefined) invarg('invalid "protocol"\n', v);
      f.proto = proto;
    } else if (matches(arg, "scope")) {
      const v = args.next();
      if (v !== "all" && !(v in SCOPES)) invarg('invalid "scope"\n', v);
      f.scope = v === "all" ? undefined : SCOPES[v];
    } else if (matches(arg, "type")) {
      const v = args.next();
      const t = TYPES.find(([name, full]) => name === v || matches(v, full))?.[1];
      if (!t) invarg("node type value is invalid\n", v);
      f.type = t;
    } else if (arg === "dev" || arg === "oif") f.dev = args.next();
    else if (arg === "iif" || arg === "mark" || arg === "tos" || matches(arg, "dsfield") || matches(arg, "realms") || matches(arg, "vrf")) {
      args.next();
      exitWith(255, `nflab: ip route show ${arg} is not emulated\n`);
    } else if (matches(arg, "metric") || matches(arg, "priority") || arg === "preference") {
      const v = args.next();
      if (!/^\d+$/.test(v)) invarg('"metric" value is invalid\n', v);
      f.metric = Number(v);
    } else if (arg === "via") f.via = getPrefix(args.next(), family);
    else if (arg === "src") f.src = getPrefix(args.next(), family);
    else if (matches(arg, "from")) exitWith(255, "nflab: ip route show from is not emulated\n");
    else {
      let v = arg;
      if (matches(v, "to")) v = args.next();
      if (matches(v, "root")) f.root = getPrefix(args.next(), family);
      else if (matches(v, "match")) f.match = getPrefix(args.next(), family);
      else {
        if (matches(v, "exact")) v = args.next();
        const p = getPrefix(v, family);
        f.match = p;
        f.root = p;
      }
    }
  }
  return f;
}

function msgPrefix(m: RouteMsg): { key: number; len: number } | undefined {
  if (m.family !== "inet") return undefined;
  if (m.dst === "default") return { key: 0, len: 0 };
  const [a, l] = m.dst.split("/");
  return { key: parseIpv4(a!)!, len: l === undefined ? 32 : Number(l) };
}

function within(addr: number, p: InetPrefix, len: number): boolean {
  if (len === 0) return true;
  const mask = len >= 32 ? 0xffffffff : ((0xffffffff << (32 - len)) >>> 0);
  return ((addr & mask) >>> 0) === ((p.v4 & mask) >>> 0);
}

function passes(run: IpRun, m: RouteMsg, f: RouteFilter, dumpFamily: string): boolean {
  if (dumpFamily !== "unspec" && m.family !== dumpFamily) return false;
  if (f.table !== 0 && m.table !== f.table) return false;
  if (f.type !== undefined && m.type !== f.type) return false;
  if (f.proto !== undefined && (m.proto ?? "boot") !== f.proto) return false;
  if (f.scope !== undefined && m.scope !== f.scope) return false;
  if (f.metric !== undefined && (m.metric ?? 0) !== f.metric) return false;
  const p = msgPrefix(m);
  if (f.root && f.root.bitlen >= 0) {
    if (!p || f.root.bitlen > p.len || !within(p.key, f.root, f.root.bitlen)) return false;
  }
  if (f.match && f.match.bitlen >= 0) {
    if (!p || f.match.bitlen < p.len || !within(f.match.v4, { ...f.match, v4: p.key }, p.len)) return false;
  }
  if (f.via && (m.gateway === undefined || !within(parseIpv4(m.gateway) ?? -1, f.via, f.via.bitlen))) return false;
  if (f.src && (m.prefsrc === undefined || !within(parseIpv4(m.prefsrc) ?? -1, f.src, f.src.bitlen))) return false;
  return true;
}

export function routeMessages(run: IpRun): RouteMsg[] {
  return [...run.ns.routes.map((r) => ipv4Message(run, r)), ...ipv6Messages(run)];
}

export function listRoutes(run: IpRun, argv: readonly string[]): void {
  const f = parseFilter(run, argv);
  let dumpFamily: string = run.opts.family;
  if (dumpFamily === "unspec" && f.table !== 0) dumpFamily = "inet";
  let devName: string | undefined;
  if (f.dev !== undefined) {
    const index = run.ll.nameToIndex(f.dev);
    if (!index) nodev(f.dev);
    devName = linkByIndex(run.ns, index)?.name;
  }
  if (f.cloned) {
    run.out.startList();
    run.out.endList();
    return;
  }
  const shown = {
    tableFiltered: f.table !== 0,
    devFiltered: f.dev !== undefined,
    protoFiltered: f.proto !== undefined,
    scopeFiltered: f.scope !== undefined,
    viaFiltered: f.via !== undefined && f.via.bitlen === 32,
    srcFiltered: f.src !== undefined && f.src.bitlen === 32,
    metricFiltered: f.metric !== undefined,
  };
  run.out.startList();
  const v4 = run.ns.routes.filter((r) => devName === undefined || r.dev === devName).map((r) => ipv4Message(run, r));
  const v6 = ipv6Messages(run).filter((m) => devName === undefined || m.dev === devName);
  for (const m of [...v4, ...v6]) if (passes(run, m, f, dumpFamily)) printRoute(run, m, shown);
  run.out.endList();
}

/** `ip route flush SELECTOR`: every IPv4 route the selector picks is deleted. */
export function flushRoutes(run: IpRun, argv: readonly string[]): void {
  if (argv.length === 0) exitWith(1, '"ip route flush" requires arguments.\n');
  const f = parseFilter(run, argv);
  if (f.cloned) return;
  let devName: string | undefined;
  if (f.dev !== undefined) {
    const index = run.ll.nameToIndex(f.dev);
    if (!index) nodev(f.dev);
    devName = linkByIndex(run.ns, index)?.name;
  }
  const doomed = run.ns.routes.filter((r) => (devName === undefined || r.dev === devName) && passes(run, ipv4Message(run, r), f, "inet"));
  for (const r of doomed) {
    const p = prefixOf(r);
    deleteRoute(run.ns, { table: r.table ?? 254, key: p.key, len: p.len, dev: r.dev, ...(r.via ? { via: r.via } : {}), ...(r.metric ? { metric: r.metric } : {}) });
  }
}

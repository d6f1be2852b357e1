/**
 * iproute_modify and the kernel's fib_create_info / fib_table_insert /
 * fib_table_delete: `ip route add|change|replace|append|prepend|del`, with
 * the nexthop checks (a gateway must be on a link the host has a route to,
 * the device must be up, src must be one of the host's addresses).
 */
import type { Route, RouteType } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { Args, matches } from "../matches.js";
import { duparg2, exitWith, extackError, invarg, nodev, rtnlError } from "../errors.js";
import { getAddr, getPrefix, type InetPrefix } from "../inet-prefix.js";
import { deleteRoute, dstOf, insertRoute, type InsertMode } from "../../../net/fib4.js";
import { fibLookup, isLocalAddress } from "../../../net/route-get.js";
import { linkByIndex } from "../../../net/links.js";
import { formatIpv4, networkOf } from "../../../addr/ipv4.js";
import { parseRouteType, parseTable, protoName, SCOPES } from "./names.js";
import { IPROUTE_USAGE } from "../usage-texts.js";

interface RouteReq {
  type?: string;
  dst?: InetPrefix;
  via?: InetPrefix;
  dev?: string;
  src?: InetPrefix;
  metric?: number;
  table?: number;
  proto?: string;
  scope?: "global" | "link" | "host" | "nowhere";
  onlink: boolean;
}

function parseRouteReq(run: IpRun, argv: readonly string[]): RouteReq {
  const req: RouteReq = { onlink: false };
  let family = run.opts.family;
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (arg === "src") {
      req.src = getAddr(args.next(), family);
      if (family === "unspec") family = req.src.family;
    } else if (arg === "via") {
      if (req.via) invarg("use nexthop syntax to specify multiple via\n", arg);
      let v = args.next();
      if (["inet", "inet6", "link", "mpls", "bridge"].includes(v)) v = args.next();
      req.via = getAddr(v, family);
      if (family === "unspec") family = req.via.family;
    } else if (matches(arg, "metric") || matches(arg, "priority") || arg === "preference") {
      const v = args.next();
      if (!/^(0x[0-9a-fA-F]+|\d+)$/.test(v) || Number(v) > 0xffffffff) invarg('"metric" value is invalid\n', v);
      req.metric = Number(v);
    } else if (arg === "scope") {
      const v = args.next();
      const s = SCOPES[v];
      if (!s) invarg('invalid "scope" value\n', v);
      req.scope = s;
    } else if (arg === "onlink") req.onlink = true;
    else if (matches(arg, "protocol")) {
      const v = args.next();
      const proto = protoName(v);
      if (proto === undefined) invarg('"protocol" value is invalid\n', v);
      req.proto = proto;
    } else if (matches(arg, "table")) {
      const v = args.next();
      const id = parseTable(v);
      if (id === undefined) invarg('"table" value is invalid\n', v);
      req.table = id;
    } else if (arg === "dev" || arg === "oif") req.dev = args.next();
    else if (["from", "tos", "dsfield", "expires", "mtu", "advmss", "rtt", "rttvar", "reordering", "window", "cwnd", "initcwnd", "initrwnd", "ssthresh", "realms", "rto_min", "hoplimit", "features", "quickack", "congctl", "pref", "encap", "ttl-propagate", "nexthop", "nhid", "as", "vrf", "fastopen_no_cookie"].includes(arg)) {
      exitWith(255, `nflab: ip route ... ${arg} is not emulated\n`);
    } else {
      let v = arg;
      if (v === "to") v = args.next();
      if ((v[0]! < "0" || v[0]! > "9") && parseRouteType(v) !== undefined) {
        req.type = parseRouteType(v);
        v = args.next();
      }
      if (matches(v, "help")) exitWith(255, IPROUTE_USAGE);
      if (req.dst) duparg2("to", v);
      req.dst = getPrefix(v, family);
      if (family === "unspec") family = req.dst.family;
    }
  }
  if (!req.dst) exitWith(255, IPROUTE_USAGE);
  if (family === "inet6" || req.dst.family === "inet6") exitWith(2, "nflab: adding IPv6 routes is not emulated\n");
  return req;
}

function resolveDev(run: IpRun, req: RouteReq): string | undefined {
  if (req.dev === undefined) return undefined;
  const index = run.ll.nameToIndex(req.dev);
  const link = index ? linkByIndex(run.ns, index) : undefined;
  if (!link) nodev(req.dev);
  return link.name;
}

const ERROR_TYPES = new Set<string>(["blackhole", "unreachable", "prohibit"]);
const EMULATED_TYPES = new Set<string>(["unicast", "local", "broadcast", "blackhole", "unreachable", "prohibit"]);

/** fib_create_info and fib_check_nh: the route the kernel would store, or its refusal. */
function buildRoute(run: IpRun, req: RouteReq, dev: string | undefined): Route {
  const dst = req.dst!;
  const named = req.type ?? "unicast";
  if (!EMULATED_TYPES.has(named)) exitWith(2, `nflab: ${named} routes are not emulated\n`);
  const type = named as RouteType;
  const len = dst.bitlen;
  if (networkOf(dst.v4, len) !== dst.v4) extackError("Invalid prefix for given prefix length");
  const table = req.table ?? (["local", "broadcast", "nat", "anycast"].includes(type) ? 255 : 254);
  const defaultScope = type === "local" ? "host" : type === "broadcast" ? "link" : type !== "unicast" || req.via ? "global" : "link";
  const scope = req.scope ?? defaultScope;
  const route: Route = { dst: dstOf(dst.v4, len), dev: dev ?? "" };
  if (type !== "unicast") route.type = type;
  if (table !== 254) route.table = table;
  if (scope !== "global") route.scope = scope as Route["scope"];
  if (req.proto && req.proto !== "boot") route.proto = req.proto as Route["proto"];
  if (req.metric) route.metric = req.metric;
  if (ERROR_TYPES.has(type)) {
    if (req.via || dev) extackError("Gateway, device and multipath can not be specified for this route type");
    return route;
  }
  if (scope === "nowhere") extackError("Invalid scope");
  if (req.via) {
    if (scope === "host") extackError("Route with host scope can not have a gateway");
    const gw = req.via.v4;
    if (req.onlink) {
      if (!dev) extackError("Nexthop device required for onlink");
      const link = run.ns.links.find((l) => l.name === dev)!;
      if (!link.up) extackError("Nexthop device is not up");
      route.onlink = true;
    } else {
      const hit = fibLookup(run.ns, gw, { scope: 253, ignoreLinkState: true, ...(dev ? { oif: dev } : {}) });
      const hitType = hit?.type ?? "unicast";
      if (!hit || (hitType !== "unicast" && hitType !== "local")) extackError("Nexthop has invalid gateway");
      const out = run.ns.links.find((l) => l.name === hit.dev);
      if (!out?.up) rtnlError("ENETDOWN");
      route.dev = hit.dev;
    }
    route.via = formatIpv4(gw);
  } else if (dev) {
    const link = run.ns.links.find((l) => l.name === dev)!;
    if (!link.up) extackError("Device for nexthop is not up");
  } else {
    // fib_create_info: a local route (scope host) needs its device as much as fib_check_nh does.
    rtnlError("ENODEV");
  }
  if (req.src) {
    const src = formatIpv4(req.src.v4);
    if (!isLocalAddress(run.ns, src)) extackError("Invalid prefsrc address");
    route.src = src;
  }
  return route;
}

export function routeModify(run: IpRun, argv: readonly string[], mode: InsertMode | "change"): void {
  const req = parseRouteReq(run, argv);
  const dev = resolveDev(run, req);
  const route = buildRoute(run, req, dev);
  if (mode === "change") {
    const existing = run.ns.routes.find((r) => r.dst === route.dst && (r.table ?? 254) === (route.table ?? 254) && (r.metric ?? 0) === (route.metric ?? 0));
    if (!existing) rtnlError("ENOENT");
    run.ns.routes[run.ns.routes.indexOf(existing)] = route;
    return;
  }
  const err = insertRoute(run.ns, route, mode);
  if (err) rtnlError(err);
}

export function routeDelete(run: IpRun, argv: readonly string[]): void {
  const req = parseRouteReq(run, argv);
  const dev = resolveDev(run, req);
  const dst = req.dst!;
  const type = req.type as RouteType | undefined;
  const table = req.table ?? (type && ["local", "broadcast", "nat", "anycast"].includes(type) ? 255 : 254);
  const ok = deleteRoute(run.ns, {
    table,
    key: dst.v4,
    len: dst.bitlen,
    ...(type ? { type } : {}),
    ...(req.metric !== undefined ? { metric: req.metric } : {}),
    ...(dev ? { dev } : {}),
    ...(req.via ? { via: formatIpv4(req.via.v4) } : {}),
    ...(req.src ? { src: formatIpv4(req.src.v4) } : {}),
    ...(req.proto ? { proto: req.proto as Route["proto"] } : {}),
    ...(req.scope ? { scope: req.scope as Route["scope"] } : {}),
  });
  if (!ok) rtnlError("ESRCH");
}

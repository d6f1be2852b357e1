/**
 * print_addrinfo (ip/ipaddress.c): one address line, "    inet 10.0.0.1/24
 * brd ... scope global secondary eth0" and its lifetimes, or its -o, -br and
 * -j forms. IPv4 and IPv6 addresses are made into one shape first.
 */
import type { IfAddr, Inet6Addr, Link, World } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { isTentative } from "../../../net/inet6.js";

export interface AddrView {
  family: "inet" | "inet6";
  local: string;
  prefixLen: number;
  broadcast?: string;
  scope: "host" | "link" | "global";
  secondary: boolean;
  tentative: boolean;
  nodad: boolean;
  noprefixroute: boolean;
  /** IPv4 addresses carry a label (the link's name unless given one). */
  label?: string;
  metric?: number;
}

export function addrViews(world: World, link: Link, family: string): AddrView[] {
  const views: AddrView[] = [];
  if (family === "unspec" || family === "inet") {
    for (const a of link.addrs) views.push(view4(link, a));
  }
  if (family === "unspec" || family === "inet6") {
    for (const a of link.inet6 ?? []) views.push(view6(world, a));
  }
  return views;
}

function view4(link: Link, a: IfAddr): AddrView {
  const v: AddrView = {
    family: "inet",
    local: a.address,
    prefixLen: a.prefixLen,
    scope: a.scope,
    secondary: a.secondary === true,
    tentative: false,
    nodad: false,
    noprefixroute: a.noprefixroute === true,
    label: a.label ?? link.name,
  };
  if (a.broadcast) v.broadcast = a.broadcast;
  if (a.metric) v.metric = a.metric;
  return v;
}

function view6(world: World, a: Inet6Addr): AddrView {
  return {
    family: "inet6",
    local: a.address,
    prefixLen: a.prefixLen,
    scope: a.scope,
    secondary: false,
    tentative: isTentative(world, a),
    nodad: a.nodad === true,
    noprefixroute: a.noprefixroute === true,
  };
}

export function printAddrinfo(run: IpRun, link: Link, a: AddrView, prefixWithLink: boolean): void {
  const out = run.out;
  const color = a.family === "inet" ? "inet" : "inet6";
  if (!run.opts.brief) {
    if (prefixWithLink) {
      if (out.isJson) {
        out.number("json", "index", null, link.ifindex);
        out.string("json", "dev", null, run.ll.indexToName(link.ifindex));
      } else out.raw(`${link.ifindex}: ${run.ll.indexToName(link.ifindex)}`);
    }
    out.string("any", "family", "    %s ", a.family);
  }
  out.string("any", "local", "%s", a.local, color);
  out.number("any", "prefixlen", "/%d ", a.prefixLen);
  if (a.metric !== undefined) out.number("any", "metric", "metric %u ", a.metric);
  if (run.opts.brief) return;
  if (a.broadcast) {
    out.string("fp", null, "%s ", "brd");
    out.string("any", "broadcast", "%s ", a.broadcast, color);
  }
  out.string("any", "scope", "scope %s ", a.scope);
  // print_ifa_flags, in the order of its table.
  const flags: [string, boolean][] = [
    ["secondary", a.secondary],
    ["nodad", a.nodad],
    ["tentative", a.tentative],
    ["noprefixroute", a.noprefixroute],
  ];
  for (const [name, on] of flags) {
    if (!on) continue;
    out.string("fp", null, "%s ", name);
    out.bool("json", name, null, true);
  }
  if (a.label !== undefined) out.string("any", "label", "%s", a.label);
  out.nl();
  out.string("fp", null, "       valid_lft ", null);
  out.number("json", "valid_life_time", null, 4294967295);
  out.string("fp", null, "%s", "forever");
  out.string("fp", null, " preferred_lft ", null);
  out.number("json", "preferred_life_time", null, 4294967295);
  out.string("fp", null, "%s", "forever");
  out.string("fp", null, "%s", "\n");
}

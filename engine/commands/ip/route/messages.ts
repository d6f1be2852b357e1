/** Routes of the namespace as the kernel would dump them (RTM_NEWROUTE), IPv4 then IPv6. */
import type { Route } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import type { RouteMsg } from "./print-route.js";
import { tableOf, typeOf } from "../../../net/fib4.js";
import { linkByName } from "../../../net/links.js";
import { carrierOk } from "../../../net/link-state.js";
import { ipv6Routes } from "../../../net/routes6.js";

/** A route's destination as iproute2 prints it: a host route without "/32". */
export function dstText(dst: string): string {
  return dst.endsWith("/32") ? dst.slice(0, -3) : dst;
}

export function ipv4Message(run: IpRun, r: Route): RouteMsg {
  const link = r.dev ? linkByName(run.ns, r.dev) : undefined;
  const msg: RouteMsg = {
    family: "inet",
    type: typeOf(r),
    dst: dstText(r.dst),
    table: tableOf(r),
    scope: r.scope ?? "global",
    flags: [],
  };
  if (r.via) msg.gateway = r.via;
  if (link) msg.dev = run.ll.indexToName(link.ifindex);
  if (r.proto && r.proto !== "boot") msg.proto = r.proto;
  if (r.src) msg.prefsrc = r.src;
  if (r.metric) msg.metric = r.metric;
  if (r.onlink) msg.flags.push("onlink");
  if (link && r.scope !== "host" && !carrierOk(link)) msg.flags.push("linkdown");
  return msg;
}

export function ipv6Messages(run: IpRun): RouteMsg[] {
  return ipv6Routes(run.world, run.ns).map((r) => {
    const link = linkByName(run.ns, r.dev);
    const msg: RouteMsg = {
      family: "inet6",
      type: r.type,
      dst: r.dst,
      table: r.table,
      proto: "kernel",
      scope: "global",
      metric: r.metric,
      flags: r.linkdown ? ["linkdown"] : [],
      pref: "medium",
    };
    if (link) msg.dev = run.ll.indexToName(link.ifindex);
    return msg;
  });
}

/**
 * Locally generated packets (ip_local_out, ip_output): the route is looked
 * up, OUTPUT runs (and the route is looked up again when it changed the
 * destination or the mark: ip_route_me_harder after nat OUTPUT's DNAT or
 * mangle), then POSTROUTING, then the link. Forwarded packets join at
 * POSTROUTING.
 */
import type { NetNamespace } from "../world/types.js";
import type { HookName } from "../netfilter/types.js";
import type { CtAttach } from "../conntrack/attach.js";
import type { PacketEnd } from "../trace/types.js";
import { runHook } from "./hook-run.js";
import type { Skb } from "./skb.js";
import type { Walk } from "./walk.js";
import { routeOutput, formatAddr, type OutRoute } from "./route.js";
import { icmpError, REJECT_ICMP, tcpReset } from "./answers.js";
import { isLocalAddr } from "./addresses.js";
import { transmit } from "./xmit.js";

/** Runs a hook; on a drop returns the end, after queueing REJECT's answer. */
export function hookOrEnd(w: Walk, ns: NetNamespace, hook: HookName, skb: Skb): PacketEnd | undefined {
  const out = runHook(w, ns, hook, skb);
  if (out.ok) return undefined;
  if (skb.reject) rejectAnswer(w, ns, skb);
  return out.end;
}

/** The answer REJECT asked for: nf_send_reset or nf_send_unreach, sent from this namespace. */
function rejectAnswer(w: Walk, ns: NetNamespace, skb: Skb): void {
  const orig = skb.p;
  const how = skb.reject!.with;
  const ct = relatedTo(skb);
  if (how === "tcp-reset") {
    if (orig.proto !== 6) return;
    const rst = tcpReset(ns, orig);
    if (rst) w.generated.push({ ns: ns.id, packet: rst, by: "REJECT --reject-with tcp-reset", anySrc: true, ...(ct ? { ct } : {}) });
    return;
  }
  const [type, code] = REJECT_ICMP[how] ?? [3, 3];
  const err = icmpError(w.world, ns, orig, type, code, isLocalAddr(ns, orig.dst) ? orig.dst : 0);
  if (err) w.generated.push({ ns: ns.id, packet: err, by: `REJECT --reject-with ${how}`, ...(ct ? { ct } : {}) });
}

/** nf_ct_attach: the answer belongs to the rejected packet's connection, as RELATED the other way. */
export function relatedTo(skb: Skb): CtAttach | undefined {
  const c = skb.ct;
  if (c?.kind !== "entry") return undefined;
  return { kind: "entry", ns: c.ns, entry: c.entry, dir: c.dir === 0 ? 1 : 0, info: "RELATED", confirmed: c.confirmed };
}

/** ip_local_out for a packet this namespace sends. `src` 0 lets the route choose the source address. */
export function localOut(w: Walk, ns: NetNamespace, skb: Skb, anySrc = false): PacketEnd {
  const wanted = skb.p.src !== 0 ? skb.p.src : undefined;
  const r = routeOutput(ns, skb.p.dst, anySrc ? undefined : wanted, skb.oif);
  if ("errno" in r) {
    if (w.recording) w.step({ kind: "route", ns: ns.id, decision: "output", text: `no route to ${formatAddr(skb.p.dst)}: ${r.text} (${r.errno})` });
    return { kind: "dropped", ns: ns.id, code: "no-route", text: `${r.text}: no route to ${formatAddr(skb.p.dst)} (the sender gets ${r.errno} at once, no packet leaves)` };
  }
  skb.p = { ...skb.p, inIface: undefined, src: wanted ?? r.src, outIface: r.dev };
  skb.route = r;
  routeStep(w, ns, r, skb.p.dst);
  const dst = skb.p.dst;
  const mark = skb.p.mark;
  const end = hookOrEnd(w, ns, "OUTPUT", skb);
  if (end) return end;
  let route = r;
  if (skb.p.dst !== dst || skb.p.mark !== mark) {
    // ip_route_me_harder: nat OUTPUT's DNAT (or a new mark) may send it elsewhere.
    const again = routeOutput(ns, skb.p.dst, anySrc ? undefined : skb.p.src, skb.oif);
    if ("errno" in again) return { kind: "dropped", ns: ns.id, code: "no-route", text: `after OUTPUT changed it, ${again.text}`, hook: "OUTPUT" };
    route = again;
    skb.p = { ...skb.p, outIface: again.dev };
    skb.route = again;
    if (w.recording) w.step({ kind: "route", ns: ns.id, decision: "output", dev: again.dev, text: `routed again after OUTPUT changed the packet (ip_route_me_harder): out ${again.dev}` });
  }
  return postRouting(w, ns, skb, route.dev, route.nexthop);
}

function routeStep(w: Walk, ns: NetNamespace, r: OutRoute, dst: number): void {
  if (!w.recording) return;
  const text = r.local
    ? `${formatAddr(dst)} is local: out ${r.dev}`
    : `out ${r.dev}${r.gateway !== undefined ? ` via ${formatAddr(r.gateway)}` : ""}, source ${formatAddr(r.src)}`;
  if (w.recording) w.step({ kind: "route", ns: ns.id, decision: r.local ? "local" : "output", dev: r.dev, ...(r.gateway !== undefined ? { via: formatAddr(r.gateway) } : {}), text });
}

/** POSTROUTING (its in interface is NULL even for forwarded packets), then the link. */
export function postRouting(w: Walk, ns: NetNamespace, skb: Skb, dev: string, nexthop: number): PacketEnd {
  skb.p = { ...skb.p, inIface: undefined, outIface: dev };
  skb.route ??= { dev, nexthop, src: skb.p.src, local: false };
  const end = hookOrEnd(w, ns, "POSTROUTING", skb);
  if (end) return end;
  return transmit(w, ns, skb, dev, nexthop);
}

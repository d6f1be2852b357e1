/**
 * Received packets (ip_rcv, ip_rcv_finish, ip_forward, ip_local_deliver):
 * PREROUTING, then the routing decision — local delivery through INPUT, or
 * forwarding: the TTL check and decrement (before FORWARD, so FORWARD and
 * POSTROUTING see the new TTL), FORWARD, POSTROUTING, out. Packets that came
 * over lo keep the route they were sent with and go straight to INPUT.
 */
import type { Link, NetNamespace } from "../world/types.js";
import type { PacketEnd } from "../trace/types.js";
import { printk, sharesLabKernel } from "../trace/kernel-log.js";
import { LAB_HOST } from "../world/spec.js";
import type { Skb } from "./skb.js";
import type { Walk } from "./walk.js";
import { hookOrEnd, postRouting, relatedTo } from "./output.js";
import { formatAddr, logMartians, routeInput } from "./route.js";
import { icmpError } from "./answers.js";
import { ipErrorAllowed } from "./icmp-ratelimit.js";
import { localDeliver } from "./deliver.js";

export interface RcvOptions {
  /** The packet came over lo: it keeps its output route (skb_dst) and its conntrack. */
  readonly loopback?: boolean;
  /** br_netfilter already ran PREROUTING in the bridge (ip_sabotage_in skips the second one). */
  readonly skipPrerouting?: boolean;
}

export function ipRcv(w: Walk, ns: NetNamespace, dev: Link, skb: Skb, opts: RcvOptions = {}): PacketEnd {
  skb.p = { ...skb.p, outIface: undefined, inIface: dev.name, pktType: "unicast" };
  if (!opts.skipPrerouting) {
    const end = hookOrEnd(w, ns, "PREROUTING", skb);
    if (end) return end;
  }
  if (opts.loopback) return localIn(w, ns, skb);
  return routeIn(w, ns, dev, skb);
}

/** ip_rcv_finish after PREROUTING: the input route decides. */
export function routeIn(w: Walk, ns: NetNamespace, dev: Link, skb: Skb): PacketEnd {
  const rt = routeInput(ns, dev, skb.p.src, skb.p.dst);
  switch (rt.kind) {
    case "local":
      if (w.recording) w.step({ kind: "route", ns: ns.id, decision: "local", text: `${formatAddr(skb.p.dst)} is an address of this host: deliver locally (INPUT)` });
      return localIn(w, ns, skb);
    case "forward": {
      const via = rt.gateway !== undefined ? ` via ${formatAddr(rt.gateway)}` : "";
      if (w.recording) w.step({ kind: "route", ns: ns.id, decision: "forward", dev: rt.dev, ...(rt.gateway !== undefined ? { via: formatAddr(rt.gateway) } : {}), text: `not for this host: forward out ${rt.dev}${via}` });
      return forward(w, ns, skb, rt.dev, rt.nexthop, rt.gateway);
    }
    case "drop": {
      if (w.recording) w.step({ kind: "route", ns: ns.id, decision: "local", text: rt.text });
      if ((rt.code === "martian-source" || rt.code === "rp-filter" || rt.code === "martian-destination") && logMartians(ns, dev.name)) martianLog(w, ns, dev, skb, rt.code);
      if (rt.icmp) {
        const err = ipErrorAllowed(ns, skb.p.src, w.world.clock.nowMs) ? icmpError(w.world, ns, skb.p, rt.icmp.type, rt.icmp.code, 0) : undefined;
        if (err) w.generated.push({ ns: ns.id, packet: err, by: "ip_error (icmp_send)", ...ctOf(skb) });
        else if (w.recording) w.step({ kind: "note", ns: ns.id, text: "no ICMP error sent: this host sent that host too many lately (ip_error and icmp_ratelimit)" });
      }
      return { kind: "dropped", ns: ns.id, code: rt.code === "martian-source" || rt.code === "martian-destination" || rt.code === "rp-filter" || rt.code === "forwarding-disabled" ? rt.code : rt.code === "no-route" ? "no-route" : rt.code, text: rt.text };
    }
  }
}

function ctOf(skb: Skb): { ct?: ReturnType<typeof relatedTo> } {
  const ct = relatedTo(skb);
  return ct ? { ct } : {};
}

/** ip_handle_martian_source / martian_destination with log_martians on. */
function martianLog(w: Walk, ns: NetNamespace, dev: Link, skb: Skb, code: string): void {
  if (!(ns.id === LAB_HOST || sharesLabKernel(ns))) return;
  const p = skb.p;
  if (code === "martian-destination") {
    printk(w.world, 4, `IPv4: martian destination ${formatAddr(p.dst)} from ${formatAddr(p.src)}, dev ${dev.name}`);
    return;
  }
  printk(w.world, 4, `IPv4: martian source ${formatAddr(p.dst)} from ${formatAddr(p.src)}, on dev ${dev.name}`);
  const mac = `${p.dstMac ?? "00:00:00:00:00:00"}:${p.srcMac ?? "00:00:00:00:00:00"}:08:00`.split(":").join(" ");
  printk(w.world, 4, `ll header: 00000000: ${mac}`);
}

/** ip_forward: TTL, FORWARD, then out through POSTROUTING. */
export function forward(w: Walk, ns: NetNamespace, skb: Skb, dev: string, nexthop: number, gateway?: number): PacketEnd {
  if (skb.p.ttl <= 1) {
    // "Tell the sender its packet died..." (before FORWARD: the FORWARD chain never sees it).
    const err = icmpError(w.world, ns, skb.p, 11, 0, 0);
    if (err) w.generated.push({ ns: ns.id, packet: err, by: "ip_forward (icmp_send time-exceeded)", ...ctOf(skb) });
    return { kind: "dropped", ns: ns.id, code: "ttl-exceeded", text: `TTL ${skb.p.ttl} would reach 0 here: dropped, the sender told "time exceeded"` };
  }
  skb.p = { ...skb.p, ttl: skb.p.ttl - 1, outIface: dev };
  skb.route = { dev, nexthop, src: skb.p.src, local: false, ...(gateway !== undefined ? { gateway } : {}) };
  const end = hookOrEnd(w, ns, "FORWARD", skb);
  if (end) return end;
  return postRouting(w, ns, skb, dev, nexthop);
}

/** ip_local_deliver: INPUT (conntrack confirms here), then the protocol. */
export function localIn(w: Walk, ns: NetNamespace, skb: Skb): PacketEnd {
  if (skb.p.outIface !== undefined) skb.p = { ...skb.p, outIface: undefined };
  const end = hookOrEnd(w, ns, "INPUT", skb);
  if (end) return end;
  return localDeliver(w, ns, skb);
}

/**
 * A frame arriving on a bridge port (br_handle_frame): to the bridge's own
 * MAC it goes up to the bridge device and is routed like any packet; to
 * another MAC the bridge forwards it at layer 2 out of the port behind which
 * that MAC lives, with no routing and no TTL change.
 *
 * With br_netfilter loaded and net.bridge.bridge-nf-call-iptables=1 (Docker
 * turns both on), bridged IPv4 also passes iptables (br_netfilter_hooks.c):
 * PREROUTING with IN=<bridge> PHYSIN=<port>, FORWARD with IN=OUT=<bridge>,
 * POSTROUTING with OUT=<bridge> PHYSOUT=<port>. A DNAT in that PREROUTING
 * that sends the packet elsewhere makes it routed instead
 * (br_nf_pre_routing_finish). Frames for the bridge itself see PREROUTING
 * once, in the bridge (ip_sabotage_in skips the second).
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import type { PacketEnd } from "../trace/types.js";
import { bridgeOf, portsOf } from "../net/bridge.js";
import type { Skb } from "./skb.js";
import type { Walk } from "./walk.js";
import { hookOrEnd } from "./output.js";
import { ipRcv, routeIn } from "./input.js";
import { fdbPort, resolveNeighbour } from "./segment.js";
import { routeInput } from "./route.js";
import { wire } from "./xmit.js";

export function brNetfilterOn(world: World, ns: NetNamespace): boolean {
  return (world.modules ?? []).includes("br_netfilter") && (ns.sysctl["net.bridge.bridge-nf-call-iptables"] ?? "1").trim() === "1";
}

function dropped(ns: NetNamespace, text: string): PacketEnd {
  return { kind: "dropped", ns: ns.id, code: "link-down", text };
}

export function bridgeInput(w: Walk, ns: NetNamespace, port: Link, skb: Skb): PacketEnd {
  const br = bridgeOf(ns, port);
  if (!br) return ipRcv(w, ns, port, skb);
  if (!br.up) return dropped(ns, `${port.name} is a port of ${br.name}, which is down`);
  if (port.brport?.state !== "forwarding") return dropped(ns, `${port.name} is a port of ${br.name} in state ${port.brport?.state ?? "disabled"}: frames are not forwarded`);
  const brnf = brNetfilterOn(w.world, ns);
  const mac = skb.p.dstMac;
  const toSelf = mac === br.mac || portsOf(ns, br).some((l) => l.mac === mac);
  if (toSelf) {
    if (w.recording) w.step({ kind: "bridge", ns: ns.id, bridge: br.name, inPort: port.name, local: true, brNetfilter: brnf });
    if (!brnf) return ipRcv(w, ns, br, skb);
    skb.p = { ...stripIfaces(skb), inIface: br.name, physIn: port.name, pktType: "unicast" };
    const end = hookOrEnd(w, ns, "PREROUTING", skb);
    if (end) return end;
    skb.p = { ...skb.p, physIn: undefined };
    return ipRcv(w, ns, br, skb, { skipPrerouting: true });
  }
  let out = mac ? fdbPort(w.world, ns, br, mac, port) : undefined;
  if (!out) return dropped(ns, `${br.name} knows no port for ${mac ?? "this frame"} (flooding is not emulated)`);
  if (brnf) {
    skb.p = { ...stripIfaces(skb), inIface: br.name, physIn: port.name, bridged: true, pktType: "unicast" };
    const dst = skb.p.dst;
    const end = hookOrEnd(w, ns, "PREROUTING", skb);
    if (end) return end;
    if (skb.p.dst !== dst) {
      const rt = routeInput(ns, br, skb.p.src, skb.p.dst);
      if (rt.kind !== "forward" || rt.dev !== br.name) {
        if (w.recording) w.step({ kind: "note", ns: ns.id, text: `DNAT in the bridge's PREROUTING sent the packet to another destination: it is routed, not bridged (br_nf_pre_routing_finish)` });
        skb.p = { ...skb.p, physIn: undefined, bridged: undefined };
        return routeIn(w, ns, br, skb);
      }
      const nb = resolveNeighbour(w.world, ns, br, rt.nexthop);
      const again = nb ? fdbPort(w.world, ns, br, nb.link.mac, port) : undefined;
      if (!nb || !again) return dropped(ns, `after DNAT, nothing on ${br.name} answers for the new destination`);
      skb.p = { ...skb.p, dstMac: nb.link.mac };
      out = again;
    }
  }
  if (out === port) return dropped(ns, `${br.name} would send the frame back out of ${port.name}, where it came from (hairpin mode is off)`);
  if (out.brport?.state !== "forwarding") return dropped(ns, `${out.name} is not forwarding`);
  if (w.recording) w.step({ kind: "bridge", ns: ns.id, bridge: br.name, inPort: port.name, outPort: out.name, local: false, brNetfilter: brnf });
  if (brnf) {
    skb.p = { ...skb.p, outIface: br.name, physOut: out.name };
    const fwd = hookOrEnd(w, ns, "FORWARD", skb);
    if (fwd) return fwd;
    skb.p = { ...skb.p, inIface: undefined };
    const post = hookOrEnd(w, ns, "POSTROUTING", skb);
    if (post) return post;
  }
  const s = (out.stats ??= { rxPackets: 0, rxBytes: 0, rxDropped: 0, txPackets: 0, txBytes: 0, txDropped: 0 });
  s.txPackets++;
  s.txBytes += skb.p.length + 14;
  return wire(w, ns, out, skb);
}

function stripIfaces(skb: Skb) {
  return { ...skb.p, inIface: undefined, outIface: undefined, physIn: undefined, physOut: undefined };
}

/**
 * From a routed packet to a frame on a link, and across it: the neighbour
 * (ARP) lookup for the next hop, the link's transmit (veth_xmit hands the
 * frame to the peer, loopback_xmit back to this namespace, br_dev_xmit to
 * the port behind which the MAC lives, an uplink to the internet, a dummy
 * link nowhere), and the frame's arrival on the other side.
 */
import type { Link, NetNamespace } from "../world/types.js";
import type { PacketEnd } from "../trace/types.js";
import { linkByName } from "../net/links.js";
import { vethPeer } from "../net/device.js";
import { carrierOk } from "../net/link-state.js";
import { findNeigh, setNeigh } from "../net/neigh.js";
import { MAX_HOPS, type Walk } from "./walk.js";
import { scrub, type Skb } from "./skb.js";
import { isUplink, resolveNeighbour, type Endpoint } from "./segment.js";
import { crossInternet, gatewayMac, uplinkNeighbour } from "./internet.js";
import { formatAddr } from "./route.js";
import { icmpError } from "./answers.js";
import { ipRcv } from "./input.js";
import { bridgeInput } from "./bridge-input.js";
import { isLocalAddr } from "./addresses.js";

const ETH_HEADER = 14;

function countTx(link: Link, bytes: number): void {
  const s = (link.stats ??= { rxPackets: 0, rxBytes: 0, rxDropped: 0, txPackets: 0, txBytes: 0, txDropped: 0 });
  s.txPackets++;
  s.txBytes += bytes + ETH_HEADER;
}

function countRx(link: Link, bytes: number): void {
  const s = (link.stats ??= { rxPackets: 0, rxBytes: 0, rxDropped: 0, txPackets: 0, txBytes: 0, txDropped: 0 });
  s.rxPackets++;
  s.rxBytes += bytes + ETH_HEADER;
}

function drop(ns: NetNamespace, code: "link-down" | "no-carrier" | "dummy" | "neighbour-failed" | "lost" | "hop-limit", text: string): PacketEnd {
  return { kind: "dropped", ns: ns.id, code, text };
}

/** ip_finish_output2 → neigh_output → dev_queue_xmit. */
export function transmit(w: Walk, ns: NetNamespace, skb: Skb, devName: string, nexthop: number): PacketEnd {
  const dev = linkByName(ns, devName);
  if (!dev) return drop(ns, "link-down", `${devName} does not exist`);
  if (!dev.up) return drop(ns, "link-down", `${dev.name} is down`);
  if (dev.kind === "loopback") {
    countTx(dev, skb.p.length);
    if (w.recording) w.step({ kind: "link", fromNs: ns.id, fromDev: dev.name, toNs: ns.id, toDev: dev.name, via: "loopback" });
    return arrive(w, ns, dev, skb, false, true);
  }
  if (dev.kind === "dummy") {
    countTx(dev, skb.p.length);
    return drop(ns, "dummy", `sent out ${dev.name}, a dummy link, which drops everything it sends`);
  }
  if (!carrierOk(dev)) return drop(ns, "no-carrier", `${dev.name} has no carrier (its other end is down): the frame never leaves`);
  if (isUplink(dev)) {
    const gw = skb.route?.gateway;
    if (!uplinkNeighbour(w.world, ns, nexthop, gw !== undefined)) return neighFailed(w, ns, dev, skb, nexthop);
    skb.p = { ...skb.p, srcMac: dev.mac, dstMac: gw !== undefined ? gatewayMac(gw) : skb.p.dstMac ?? "" };
    learn(w, ns, dev, nexthop, gw !== undefined ? gatewayMac(gw) : undefined);
    countTx(dev, skb.p.length);
    return overInternet(w, ns, dev, skb, gw !== undefined);
  }
  const nb = resolveNeighbour(w.world, ns, dev, nexthop);
  if (!nb) return neighFailed(w, ns, dev, skb, nexthop);
  skb.p = { ...skb.p, srcMac: dev.mac, dstMac: nb.link.mac };
  learn(w, ns, dev, nexthop, nb.link.mac, nb, skb.p.src);
  countTx(dev, skb.p.length);
  if (dev.kind === "bridge") {
    // br_dev_xmit: the bridge sends the frame out of the port behind which the MAC lives.
    const port = nb.port;
    if (!port) return drop(ns, "neighbour-failed", `no port of ${dev.name} leads to ${nb.link.mac}`);
    if (w.recording) w.step({ kind: "bridge", ns: ns.id, bridge: dev.name, inPort: "(local)", outPort: port.name, local: false, brNetfilter: false });
    countTx(port, skb.p.length);
    return wire(w, ns, port, skb);
  }
  return wire(w, ns, dev, skb);
}

/** The frame leaves `link` (a veth or an uplink, possibly a bridge port) and arrives on the other side. */
export function wire(w: Walk, ns: NetNamespace, link: Link, skb: Skb): PacketEnd {
  if (!link.up) return drop(ns, "link-down", `${link.name} is down`);
  if (isUplink(link)) return overInternet(w, ns, link, skb, false);
  if (link.kind !== "veth") return drop(ns, "link-down", `frames out of ${link.name} (${link.kind}) are not emulated`);
  if (!carrierOk(link)) return drop(ns, "no-carrier", `${link.name} has no carrier`);
  const peer = vethPeer(w.world, link);
  if (!peer) return drop(ns, "link-down", `${link.name} has no peer`);
  if (w.recording) w.step({ kind: "link", fromNs: ns.id, fromDev: link.name, toNs: peer.ns.id, toDev: peer.link.name, via: "veth" });
  return arrive(w, peer.ns, peer.link, skb, peer.ns !== ns, false);
}

function overInternet(w: Walk, ns: NetNamespace, dev: Link, skb: Skb, viaGateway: boolean): PacketEnd {
  const r = crossInternet(w.world, ns, dev, skb.p, viaGateway);
  if (r.kind === "lost") return drop(ns, "lost", `sent out ${dev.name} into the internet: ${r.text}`);
  if (w.recording) w.step({ kind: "link", fromNs: ns.id, fromDev: dev.name, toNs: r.ns.id, toDev: r.link.name, via: "internet" });
  skb.p = r.packet;
  return arrive(w, r.ns, r.link, skb, true, false);
}

/** A frame arrives on `link` of `ns` (netif_receive_skb): a bridge port hands it to its bridge. */
export function arrive(w: Walk, ns: NetNamespace, link: Link, skb: Skb, xnet: boolean, loopback: boolean): PacketEnd {
  if (++w.hops > MAX_HOPS) return drop(ns, "hop-limit", `still moving after ${MAX_HOPS} link crossings: a loop (the lab stops it here)`);
  if (!loopback) scrub(skb, xnet);
  // loopback_xmit orphans the skb too, but keeps its route and conntrack.
  else if (skb.p.socket) skb.p = { ...skb.p, socket: undefined };
  if (!link.up) return drop(ns, "link-down", `${link.name} is down`);
  countRx(link, skb.p.length);
  if (link.master) return bridgeInput(w, ns, link, skb);
  return ipRcv(w, ns, link, skb, { loopback });
}

/** neigh_update from the ARP exchange: the sender learns the next hop, the answering side the sender. */
function learn(w: Walk, ns: NetNamespace, dev: Link, nexthop: number, mac: string | undefined, nb?: Endpoint, src?: number): void {
  const now = w.world.clock.nowMs;
  const dst = formatAddr(nexthop);
  const old = findNeigh(ns, dst, dev.name);
  if (mac && (!old || (old.state !== "PERMANENT" && old.state !== "NOARP"))) {
    setNeigh(ns, { dst, dev: dev.name, lladdr: mac, state: "REACHABLE", updatedMs: now }, "replace");
  }
  if (nb && src !== undefined && src !== 0) {
    const back = findNeigh(nb.ns, formatAddr(src), nb.link.name);
    if (!back) setNeigh(nb.ns, { dst: formatAddr(src), dev: nb.link.name, lladdr: dev.mac, state: "STALE", updatedMs: now }, "add");
  }
}

/**
 * ARP got no answer (3 tries, a second apart): the queued packet is dropped
 * and its sender told with ICMP host unreachable (arp_error_report), which
 * a local sender sees as EHOSTUNREACH, "No route to host".
 */
function neighFailed(w: Walk, ns: NetNamespace, dev: Link, skb: Skb, nexthop: number): PacketEnd {
  const dst = formatAddr(nexthop);
  if (!findNeigh(ns, dst, dev.name)) setNeigh(ns, { dst, dev: dev.name, state: "FAILED", updatedMs: w.world.clock.nowMs }, "add");
  const err = icmpError(w.world, ns, skb.p, 3, 1, isLocalAddr(ns, skb.p.src) ? skb.p.src : 0);
  if (err) w.generated.push({ ns: ns.id, packet: err, by: "arp_error_report (icmp_send host-unreachable)" });
  return drop(ns, "neighbour-failed", `nobody on ${dev.name} answers ARP for ${dst}: dropped, and the sender told "host unreachable"`);
}

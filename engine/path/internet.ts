/**
 * The emulated internet: what lies beyond every uplink (an Ethernet link
 * with no peer, such as the lab host's eth0 or a remote client's). A packet
 * sent to a gateway crosses one router (its TTL drops by one) and arrives on
 * the uplink of whichever machine has the destination address; a packet sent
 * on-link reaches that machine directly if it is on the uplink's LAN. No
 * machine with the address: the packet is lost, as on the real internet.
 *
 * A gateway answers ARP with a MAC made from its address, as QEMU's user
 * network does for 10.0.2.2 (52:55:0a:00:02:02).
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { ip } from "./addresses.js";
import { isUplink } from "./segment.js";
import { formatAddr } from "./route.js";

export function gatewayMac(gateway: number): string {
  const b = [gateway >>> 24, (gateway >>> 16) & 255, (gateway >>> 8) & 255, gateway & 255];
  return `52:55:${b.map((x) => x.toString(16).padStart(2, "0")).join(":")}`;
}

/** The gateway a machine's uplink uses (its default route's next hop on that link). */
function uplinkGateway(ns: NetNamespace, link: Link): number | undefined {
  const r = ns.routes.find((x) => x.dev === link.name && x.via !== undefined && (x.table ?? 254) === 254);
  return r?.via !== undefined ? ip(r.via) : undefined;
}

export type InternetResult =
  | { readonly kind: "arrive"; readonly ns: NetNamespace; readonly link: Link; readonly packet: WirePacket; readonly routed: boolean }
  | { readonly kind: "lost"; readonly text: string };

/** Where a packet sent out of an uplink ends up. `viaGateway`: the route sent it to a router. */
export function crossInternet(world: World, from: NetNamespace, out: Link, p: WirePacket, viaGateway: boolean): InternetResult {
  for (const ns of Object.values(world.namespaces)) {
    if (ns === from) continue;
    for (const link of ns.links) {
      if (!isUplink(link) || !link.up || !link.addrs.some((a) => ip(a.address) === p.dst)) continue;
      if (viaGateway) {
        if (p.ttl <= 1) return { kind: "lost", text: `its TTL ran out in the internet's router` };
        const gw = uplinkGateway(ns, link);
        const srcMac = gw !== undefined ? gatewayMac(gw) : "52:55:00:00:00:01";
        return { kind: "arrive", ns, link, routed: true, packet: { ...p, ttl: p.ttl - 1, srcMac, dstMac: link.mac } };
      }
      return { kind: "arrive", ns, link, routed: false, packet: { ...p, srcMac: out.mac, dstMac: link.mac } };
    }
  }
  return { kind: "lost", text: `no machine on the lab's internet has ${formatAddr(p.dst)}; the packet is lost` };
}

/** Whether an on-link neighbour exists beyond the uplink (another machine's uplink with that address). */
export function uplinkNeighbour(world: World, from: NetNamespace, nexthop: number, gateway: boolean): boolean {
  if (gateway) return true;
  for (const ns of Object.values(world.namespaces)) {
    if (ns === from) continue;
    if (ns.links.some((l) => isUplink(l) && l.up && l.addrs.some((a) => ip(a.address) === nexthop))) return true;
  }
  return false;
}

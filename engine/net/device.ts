/**
 * Bringing links up and down as dev_open and dev_close do (net/core/dev.c):
 * the driver's open or stop (a veth's carrier, a bridge's ports), the qdisc,
 * then NETDEV_UP or NETDEV_DOWN down the notifier chain.
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import { bridgeOpen, bridgeStop } from "./bridge.js";
import { linkByIndex } from "./links.js";
import { activateQdisc, setCarrier } from "./linkwatch.js";
import { netdevEvent } from "./notify.js";

/** The other end of a veth, in whichever namespace it is. */
export function vethPeer(world: World, link: Link): { ns: NetNamespace; link: Link } | undefined {
  if (!link.peer) return undefined;
  const ns = world.namespaces[link.peer.ns];
  const peer = ns && linkByIndex(ns, link.peer.ifindex);
  return ns && peer ? { ns, link: peer } : undefined;
}

export function devOpen(world: World, ns: NetNamespace, link: Link): void {
  if (link.up) return;
  link.up = true;
  if (link.kind === "veth") {
    const peer = vethPeer(world, link);
    if (peer?.link.up) {
      setCarrier(world, ns, link, true);
      setCarrier(world, peer.ns, peer.link, true);
    }
  } else if (link.kind === "bridge") {
    bridgeOpen(world, ns, link);
  }
  activateQdisc(link);
  netdevEvent(world, ns, link, "UP");
}

export function devClose(world: World, ns: NetNamespace, link: Link): void {
  if (!link.up) return;
  link.up = false;
  link.qdiscActive = false;
  if (link.kind === "veth") {
    setCarrier(world, ns, link, false);
    const peer = vethPeer(world, link);
    if (peer) setCarrier(world, peer.ns, peer.link, false);
  } else if (link.kind === "bridge") {
    bridgeStop(world, ns, link);
  }
  netdevEvent(world, ns, link, "DOWN");
}

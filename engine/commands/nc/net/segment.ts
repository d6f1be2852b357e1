/**
 * The hosts on a link's layer-2 segment: across a veth pair, through the
 * ports of bridges, to every interface that takes IP packets (a namespace's
 * veth end, or a bridge device itself). Links that are down, or without
 * carrier, carry nothing.
 */
import type { Link, NetNamespace, World } from "../../../world/types.js";
import { linkByIndex } from "../../../net/links.js";
import { carrierOk } from "../../../net/link-state.js";
import { bridgeOf, portsOf } from "../../../net/bridge.js";

export interface Endpoint {
  readonly ns: NetNamespace;
  readonly link: Link;
}

function running(link: Link): boolean {
  return link.up && carrierOk(link);
}

/** The interfaces reachable at layer 2 from `link` of `ns`, the link itself left out. */
export function segmentOf(world: World, ns: NetNamespace, link: Link): Endpoint[] {
  const found: Endpoint[] = [];
  const seen = new Set<string>([`${ns.id}/${link.ifindex}`]);
  const visit = (at: NetNamespace, dev: Link, fromPort: boolean): void => {
    const key = `${at.id}/${dev.ifindex}`;
    if (!fromPort && seen.has(key)) return;
    seen.add(key);
    if (!running(dev)) return;
    const br = bridgeOf(at, dev);
    if (br) {
      // A bridge port: the frame goes to the bridge and to the other ports.
      visitBridge(at, br, dev);
      return;
    }
    if (!fromPort) found.push({ ns: at, link: dev });
    if (dev.kind === "bridge") {
      for (const port of portsOf(at, dev)) crossWire(at, port);
    }
  };
  const visitBridge = (at: NetNamespace, br: Link, except: Link): void => {
    const key = `${at.id}/${br.ifindex}`;
    if (!seen.has(key) && running(br)) {
      seen.add(key);
      found.push({ ns: at, link: br });
    }
    for (const port of portsOf(at, br)) if (port !== except) crossWire(at, port);
  };
  const crossWire = (at: NetNamespace, dev: Link): void => {
    const key = `${at.id}/${dev.ifindex}`;
    if (seen.has(key) || !running(dev)) return;
    seen.add(key);
    const peer = peerOf(world, dev);
    if (peer) visit(peer.ns, peer.link, false);
  };
  if (!running(link)) return found;
  const br = bridgeOf(ns, link);
  if (br) visitBridge(ns, br, link);
  else if (link.kind === "bridge") for (const port of portsOf(ns, link)) crossWire(ns, port);
  else {
    const peer = peerOf(world, link);
    if (peer) visit(peer.ns, peer.link, false);
  }
  return found;
}

function peerOf(world: World, link: Link): Endpoint | undefined {
  if (!link.peer) return undefined;
  const ns = world.namespaces[link.peer.ns];
  const dev = ns && linkByIndex(ns, link.peer.ifindex);
  return ns && dev ? { ns, link: dev } : undefined;
}

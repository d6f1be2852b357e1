/**
 * Making, deleting, renaming and changing links as rtnetlink does: names and
 * indexes (register_netdevice), veth pairs (veth_newlink, the peer first),
 * bridges, dummies, MTU and MAC changes, and what each tells the rest of the
 * stack. Failures are the kernel's errno names; the ip command words them.
 */
import type { Link, LinkKind, NetNamespace, World } from "../world/types.js";
import { allocName, insertLink, linkByName, removeLink, reserveIfindex, validIfname } from "./links.js";
import { addLinkSysctls, removeLinkSysctls, renameLinkSysctls, setLinkMtuSysctl } from "./link-sysctl.js";
import { fireEvent, syncLink } from "./linkwatch.js";
import { devClose, vethPeer } from "./device.js";
import { netdevEvent } from "./notify.js";
import { changeBridgeId } from "./bridge.js";
import { isMulticastMac, randomMac } from "./mac.js";
import { allocNsid } from "./nsid.js";

/** An errno name, or a refusal the kernel explains (extack): the ip command words both. */
export type LinkError = "EEXIST" | "EINVAL" | "EOPNOTSUPP" | "ENODEV" | "EADDRNOTAVAIL" | "EBUSY" | "MTU_TOO_BIG" | "MTU_TOO_SMALL" | "NETNS_LOCAL";

export interface LinkOptions {
  /** A name, or a pattern with %d; absent: the kind's pattern (veth%d, br%d, dummy%d). */
  name?: string;
  mac?: string;
  mtu?: number;
  txqlen?: number;
}

const NAME_PATTERN: Readonly<Record<LinkKind, string>> = {
  loopback: "lo",
  ether: "eth%d",
  veth: "veth%d",
  bridge: "br%d",
  dummy: "dummy%d",
};

/** The MTU range of each kind: [min, max], 0 for no maximum. */
export const MTU_RANGE: Readonly<Record<LinkKind, readonly [number, number]>> = {
  loopback: [0, 0],
  ether: [68, 65535],
  veth: [68, 65535],
  bridge: [68, 65535],
  dummy: [0, 0],
};

/** register_netdevice: a name and an index in the namespace, the per-link sysctls. */
export function registerLink(world: World, ns: NetNamespace, kind: LinkKind, opts: LinkOptions, wantedIndex?: number): Link | LinkError {
  const pattern = opts.name ?? NAME_PATTERN[kind];
  const name = pattern.includes("%d") ? allocName(ns, pattern) : pattern;
  if (!name || !validIfname(name)) return "EINVAL";
  if (linkByName(ns, name)) return "EEXIST";
  const link: Link = {
    ifindex: reserveIfindex(ns, wantedIndex),
    name,
    kind,
    mac: opts.mac ?? (kind === "loopback" ? "00:00:00:00:00:00" : randomMac(world.random)),
    mtu: opts.mtu ?? (kind === "loopback" ? 65536 : 1500),
    up: false,
    addrs: [],
    qdisc: "noop",
  };
  if (opts.mac && kind === "bridge") link.macSet = true;
  if (opts.txqlen !== undefined) link.txqlen = opts.txqlen;
  insertLink(ns, link);
  addLinkSysctls(ns, link);
  return link;
}

/** veth_newlink: the peer is registered first (in its namespace), both start without carrier. */
export function createVeth(
  world: World,
  ns: NetNamespace,
  opts: LinkOptions,
  peerNs: NetNamespace,
  peerOpts: LinkOptions,
): { link: Link; peer: Link } | LinkError {
  if (opts.name && !opts.name.includes("%d") && linkByName(ns, opts.name)) return "EEXIST";
  const peer = registerLink(world, peerNs, "veth", { ...peerOpts, name: peerOpts.name ?? "veth%d" });
  if (typeof peer === "string") return peer;
  // The peer's carrier goes off after it is registered: an event for the link watch.
  peer.carrier = false;
  fireEvent(world, peerNs, peer);
  const link = registerLink(world, ns, "veth", { ...opts, name: opts.name ?? "veth%d" });
  if (typeof link === "string") {
    unregisterLink(world, peerNs, peer);
    return link;
  }
  link.carrier = false;
  fireEvent(world, ns, link);
  link.peer = { ns: peerNs.id, ifindex: peer.ifindex };
  peer.peer = { ns: ns.id, ifindex: link.ifindex };
  if (peerNs !== ns) {
    allocNsid(peerNs, ns);
    allocNsid(ns, peerNs);
  }
  return { link, peer };
}

export function createLink(world: World, ns: NetNamespace, kind: "bridge" | "dummy", opts: LinkOptions): Link | LinkError {
  const link = registerLink(world, ns, kind, opts);
  // br_dev_newlink: a bridge made with an address takes it as its id at once (and so loses carrier).
  if (typeof link !== "string" && kind === "bridge" && opts.mac) changeBridgeId(world, ns, link, opts.mac);
  return link;
}

/** unregister_netdevice: closed, then gone from every table; a veth takes its peer with it. */
export function unregisterLink(world: World, ns: NetNamespace, link: Link): void {
  devClose(world, ns, link);
  netdevEvent(world, ns, link, "UNREGISTER");
  syncLink(world, ns, link);
  removeLink(ns, link);
  removeLinkSysctls(ns, link.name);
}

/** rtnl_dellink */
export function deleteLink(world: World, ns: NetNamespace, link: Link): LinkError | undefined {
  if (link.kind === "loopback" || link.kind === "ether") return "EOPNOTSUPP";
  const peer = link.kind === "veth" ? vethPeer(world, link) : undefined;
  unregisterLink(world, ns, link);
  if (peer) unregisterLink(world, peer.ns, peer.link);
  return undefined;
}

/** dev_change_name; IPv4 labels that carried the old name take the new one (inetdev_changename). */
export function renameLink(world: World, ns: NetNamespace, link: Link, name: string): LinkError | undefined {
  if (name === link.name) return undefined;
  if (!validIfname(name)) return "EINVAL";
  if (linkByName(ns, name)) return "EEXIST";
  const old = link.name;
  link.name = name;
  renameLinkSysctls(ns, old, name);
  for (const r of ns.routes) if (r.dev === old) r.dev = name;
  for (const n of ns.neigh ?? []) if (n.dev === old) n.dev = name;
  for (const l of ns.links) if (l.master === old) l.master = name;
  for (const a of link.addrs) {
    if (a.label === undefined) continue;
    const colon = a.label.indexOf(":");
    a.label = colon < 0 ? undefined : `${name}${a.label.slice(colon)}`;
  }
  return undefined;
}

/** dev_set_mtu */
export function setMtu(world: World, ns: NetNamespace, link: Link, mtu: number): LinkError | undefined {
  const [min, max] = MTU_RANGE[link.kind];
  if (max > 0 && mtu > max) return "MTU_TOO_BIG";
  if (mtu < min) return "MTU_TOO_SMALL";
  if (link.kind === "bridge") link.mtuSet = true;
  if (mtu === link.mtu) return undefined;
  link.mtu = mtu;
  setLinkMtuSysctl(ns, link);
  netdevEvent(world, ns, link, "CHANGEMTU");
  return undefined;
}

/** dev_set_mac_address; a bridge given a MAC keeps it from then on. */
export function setMac(world: World, ns: NetNamespace, link: Link, mac: string): LinkError | undefined {
  if (isMulticastMac(mac) || mac === "00:00:00:00:00:00") return "EADDRNOTAVAIL";
  if (link.kind === "bridge") {
    link.macSet = true;
    changeBridgeId(world, ns, link, mac);
    return undefined;
  }
  if (mac === link.mac) return undefined;
  link.mac = mac;
  netdevEvent(world, ns, link, "CHANGEADDR");
  return undefined;
}

/**
 * Network namespaces: making one (only lo, down, the kernel's default
 * sysctls), naming it under /run/netns as `ip netns add` does, deleting it
 * (its veths take their peers with them), and moving links between them
 * (dev_change_net_namespace).
 */
import type { Link, NamespaceKind, NetNamespace, World } from "../world/types.js";
import { emptyNetfilter } from "../netfilter/types.js";
import { BR_NETFILTER_SYSCTLS, NETNS_SYSCTLS } from "./sysctl-defaults.js";
import { insertLink, linkByName, removeLink, reserveIfindex } from "./links.js";
import { addLinkSysctls, removeLinkSysctls } from "./link-sysctl.js";
import { deleteLink, registerLink, unregisterLink, type LinkError } from "./link-ops.js";
import { devClose, vethPeer } from "./device.js";
import { netdevEvent } from "./notify.js";
import { allocNsid, forgetNsid } from "./nsid.js";

export const NETNS_RUN_DIR = "/run/netns";

/** A namespace as the kernel makes it: lo (down) and the default sysctls. */
export function createNamespace(world: World, id: string, kind: NamespaceKind, hostname: string): NetNamespace {
  const ns: NetNamespace = {
    id,
    kind,
    hostname,
    links: [],
    nextIfindex: 1,
    routes: [],
    sysctl: { ...NETNS_SYSCTLS, ...(world.modules?.includes("br_netfilter") ? BR_NETFILTER_SYSCTLS : {}) },
    netfilter: emptyNetfilter(),
  };
  world.namespaces[id] = ns;
  registerLink(world, ns, "loopback", { name: "lo" });
  return ns;
}

export function netnsByName(world: World, name: string): NetNamespace | undefined {
  return Object.values(world.namespaces).find((ns) => ns.netnsName === name);
}

/** Named namespaces as `ip netns list` reads /run/netns: the newest first. */
export function namedNamespaces(world: World): NetNamespace[] {
  return Object.values(world.namespaces)
    .filter((ns) => ns.netnsName !== undefined)
    .reverse();
}

/** `ip netns add NAME`: a new namespace bound at /run/netns/NAME. */
export function addNetns(world: World, name: string, hostname: string): NetNamespace | "EEXIST" {
  if (netnsByName(world, name)) return "EEXIST";
  const id = world.namespaces[name] ? `netns:${name}` : name;
  const ns = createNamespace(world, id, "netns", hostname);
  ns.netnsName = name;
  const now = world.clock.nowMs;
  world.files[NETNS_RUN_DIR] ??= { type: "dir", mode: 0o755, mtimeMs: now };
  world.files[`${NETNS_RUN_DIR}/${name}`] = { type: "file", content: "", mode: 0o444, mtimeMs: now };
  return ns;
}

/** `ip netns del NAME`: nothing else holds the namespace, so it goes with all its links. */
export function deleteNetns(world: World, name: string): "ENOENT" | undefined {
  const ns = netnsByName(world, name);
  if (!ns) return "ENOENT";
  delete world.files[`${NETNS_RUN_DIR}/${name}`];
  destroyNamespace(world, ns);
  return undefined;
}

export function destroyNamespace(world: World, ns: NetNamespace): void {
  for (const link of [...ns.links].reverse()) {
    if (!ns.links.includes(link)) continue;
    if (link.kind === "veth" || link.kind === "bridge" || link.kind === "dummy") deleteLink(world, ns, link);
  }
  for (const link of [...ns.links]) unregisterLink(world, ns, link);
  delete world.namespaces[ns.id];
  for (const other of Object.values(world.namespaces)) forgetNsid(other, ns.id);
  if (world.linkwatch) world.linkwatch.pending = world.linkwatch.pending.filter((p) => p.ns !== ns.id);
}

/** dev_change_net_namespace: the link leaves closed and without addresses, keeping its index if it is free. */
export function moveLink(world: World, from: NetNamespace, link: Link, to: NetNamespace): LinkError | undefined {
  if (link.kind === "loopback" || link.kind === "bridge") return "NETNS_LOCAL";
  if (from === to) return undefined;
  if (linkByName(to, link.name)) return "EEXIST";
  devClose(world, from, link);
  netdevEvent(world, from, link, "UNREGISTER");
  removeLink(from, link);
  removeLinkSysctls(from, link.name);
  // dev_shutdown: the qdisc goes; the link comes up in its new home with noop again.
  link.qdisc = "noop";
  link.qdiscActive = false;
  const oldIndex = link.ifindex;
  link.ifindex = reserveIfindex(to, link.ifindex);
  insertLink(to, link);
  addLinkSysctls(to, link);
  const pending = world.linkwatch?.pending.find((p) => p.ns === from.id && p.ifindex === oldIndex);
  if (pending) {
    pending.ns = to.id;
    pending.ifindex = link.ifindex;
  }
  allocNsid(from, to);
  const peer = vethPeer(world, link);
  if (peer) {
    peer.link.peer = { ns: to.id, ifindex: link.ifindex };
    if (peer.ns !== to) {
      allocNsid(to, peer.ns);
      allocNsid(peer.ns, to);
    }
  }
  return undefined;
}

/**
 * The ids a namespace gives the namespaces its links' peers live in
 * (peernet2id_alloc): 0, 1, ... the lowest free one, allocated the first
 * time a link message has to name the other namespace. `ip link` prints
 * `link-netnsid N` (or `link-netns NAME`), `ip netns list` prints `(id: N)`.
 */
import type { NetNamespace } from "../world/types.js";

export function nsidOf(ns: NetNamespace, peer: NetNamespace): number | undefined {
  return ns.nsids?.[peer.id];
}

export function allocNsid(ns: NetNamespace, peer: NetNamespace): number {
  ns.nsids ??= {};
  const existing = ns.nsids[peer.id];
  if (existing !== undefined) return existing;
  const used = new Set(Object.values(ns.nsids));
  let id = 0;
  while (used.has(id)) id++;
  ns.nsids[peer.id] = id;
  return id;
}

export function forgetNsid(ns: NetNamespace, peerId: string): void {
  if (ns.nsids) delete ns.nsids[peerId];
}

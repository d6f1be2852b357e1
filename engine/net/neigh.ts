/**
 * The neighbour (ARP) table of a namespace: entries added by hand with
 * `ip neigh` (PERMANENT, or any state asked for) and, later, the ones the
 * packet walk learns. A link going down takes its entries with it.
 */
import type { Link, NetNamespace, Neighbour } from "../world/types.js";

export function neighTable(ns: NetNamespace): Neighbour[] {
  ns.neigh ??= [];
  return ns.neigh;
}

export function findNeigh(ns: NetNamespace, dst: string, dev: string): Neighbour | undefined {
  return ns.neigh?.find((n) => n.dst === dst && n.dev === dev);
}

/** neigh_update from `ip neigh add|replace|change`; new entries go first, as the kernel lists them. */
export function setNeigh(ns: NetNamespace, entry: Neighbour, mode: "add" | "replace" | "change"): "EEXIST" | "ENOENT" | undefined {
  const old = findNeigh(ns, entry.dst, entry.dev);
  if (old) {
    if (mode === "add") return "EEXIST";
    Object.assign(old, entry);
    if (entry.router === undefined) delete old.router;
    return undefined;
  }
  if (mode === "change") return "ENOENT";
  neighTable(ns).unshift(entry);
  return undefined;
}

export function deleteNeigh(ns: NetNamespace, dst: string, dev: string): boolean {
  const table = ns.neigh ?? [];
  const at = table.findIndex((n) => n.dst === dst && n.dev === dev);
  if (at < 0) return false;
  table.splice(at, 1);
  return true;
}

/** neigh_ifdown: every entry of the link goes, permanent ones too. */
export function neighLinkDown(ns: NetNamespace, link: Link): void {
  if (ns.neigh) ns.neigh = ns.neigh.filter((n) => n.dev !== link.name);
}

/** base_reachable_time_ms of the link: how long a confirmed entry stays REACHABLE. */
function reachableMs(ns: NetNamespace, dev: string): number {
  return Number(ns.sysctl[`net.ipv4.neigh.${dev}.base_reachable_time_ms`] ?? "30000");
}

/**
 * Ages the table to the world's time: a REACHABLE entry not confirmed for
 * base_reachable_time becomes STALE (the kernel picks a random time between
 * half and one and a half of it; the lab takes the base itself).
 */
export function ageNeighbours(ns: NetNamespace, nowMs: number): void {
  for (const n of ns.neigh ?? []) {
    if (n.state === "REACHABLE" && n.updatedMs !== undefined && nowMs - n.updatedMs >= reachableMs(ns, n.dev)) n.state = "STALE";
  }
}

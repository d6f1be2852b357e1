/**
 * The conntrack table of a namespace: confirmed entries found by either
 * tuple (the kernel's hash of both directions), created on confirmation,
 * expired by the world clock when they are next looked at, and events for
 * `conntrack -E`. The index is a cache beside the plain-JSON table and is
 * rebuilt whenever the table it was built for is not the one in the world.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { ConnEntry, ConntrackTable, Tuple } from "./types.js";
import { tupleKey } from "./tuple.js";
import { eventLine } from "./format.js";
import { emitEvent } from "../trace/monitor.js";

interface Index {
  readonly map: Map<string, ConnEntry>;
  size: number;
}

const indexes = new WeakMap<ConntrackTable, Index>();

export function ctTable(ns: NetNamespace): ConntrackTable {
  ns.conntrack ??= { entries: [], nextId: 1 };
  return ns.conntrack;
}

function indexOf(table: ConntrackTable): Index {
  let idx = indexes.get(table);
  if (idx && idx.size === table.entries.length) return idx;
  idx = { map: new Map(), size: table.entries.length };
  for (const e of table.entries) {
    idx.map.set(tupleKey(e.orig), e);
    idx.map.set(tupleKey(e.reply), e);
  }
  indexes.set(table, idx);
  return idx;
}

export type Direction = 0 | 1;

/** nf_conntrack_find_get: the live entry with this tuple in either direction. */
export function findEntry(world: World, ns: NetNamespace, t: Tuple): { entry: ConnEntry; dir: Direction } | undefined {
  const table = ns.conntrack;
  if (!table || table.entries.length === 0) return undefined;
  const key = tupleKey(t);
  const entry = indexOf(table).map.get(key);
  if (!entry) return undefined;
  if (entry.expiresAtMs <= world.clock.nowMs) {
    removeEntry(world, ns, entry);
    return undefined;
  }
  return { entry, dir: tupleKey(entry.orig) === key ? 0 : 1 };
}

/** Whether a tuple is taken by a confirmed entry other than `self` (nf_nat_used_tuple). */
export function tupleTaken(world: World, ns: NetNamespace, t: Tuple, self?: ConnEntry): boolean {
  const table = ns.conntrack;
  if (!table) return false;
  const e = indexOf(table).map.get(tupleKey(t));
  return e !== undefined && e !== self && e.expiresAtMs > world.clock.nowMs;
}

/** __nf_conntrack_confirm: the entry joins the table; false when a clashing entry won the race. */
export function insertEntry(world: World, ns: NetNamespace, entry: ConnEntry): boolean {
  const table = ctTable(ns);
  const idx = indexOf(table);
  if (idx.map.has(tupleKey(entry.orig)) || idx.map.has(tupleKey(entry.reply))) return false;
  table.entries.push(entry);
  idx.map.set(tupleKey(entry.orig), entry);
  idx.map.set(tupleKey(entry.reply), entry);
  idx.size = table.entries.length;
  ctEvent(world, ns, "NEW", entry);
  return true;
}

export function removeEntry(world: World, ns: NetNamespace, entry: ConnEntry): void {
  const table = ns.conntrack;
  if (!table) return;
  const at = table.entries.indexOf(entry);
  if (at < 0) return;
  table.entries.splice(at, 1);
  const idx = indexOf(table);
  idx.map.delete(tupleKey(entry.orig));
  idx.map.delete(tupleKey(entry.reply));
  idx.size = table.entries.length;
  ctEvent(world, ns, "DESTROY", entry);
}

/** Removes every entry whose time is up (the garbage collector's work). */
export function expireEntries(world: World, ns: NetNamespace): void {
  const table = ns.conntrack;
  if (!table) return;
  for (const e of table.entries.slice()) if (e.expiresAtMs <= world.clock.nowMs) removeEntry(world, ns, e);
}

export function liveEntries(world: World, ns: NetNamespace): ConnEntry[] {
  expireEntries(world, ns);
  return ns.conntrack?.entries ?? [];
}

export function ctEvent(world: World, ns: NetNamespace, type: "NEW" | "UPDATE" | "DESTROY", entry: ConnEntry): void {
  const now = world.clock.nowMs;
  emitEvent(world, ns, { atMs: now, kind: "ct", ct: eventLine(type, entry, now) });
}

/** The reply tuple of an entry changed (NAT set up after confirmation): move its index key. */
export function rehashReply(ns: NetNamespace, entry: ConnEntry, oldReply: Tuple): void {
  const table = ns.conntrack;
  if (!table || !table.entries.includes(entry)) return;
  const idx = indexOf(table);
  idx.map.delete(tupleKey(oldReply));
  idx.map.set(tupleKey(entry.reply), entry);
}

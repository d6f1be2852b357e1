/**
 * nf_conncount as xt_connlimit uses it: each rule keeps, per masked address,
 * the original tuples of the connections whose packets it saw. Counting
 * first drops the tuples whose connection is gone from the table (an
 * unconfirmed one that was dropped never gets there) or closed (TCP
 * TIME_WAIT or CLOSE), then adds this packet's connection if it is new to
 * the list. The count includes the packet's own connection.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import type { SkbCt } from "../conntrack/attach.js";
import type { Tuple } from "../conntrack/types.js";
import { findEntry } from "../conntrack/table.js";
import { packetTuple, sameTuple } from "../conntrack/tuple.js";

/** The parts of -m connlimit's data the count needs. */
export interface ConncountKey {
  readonly mask: number;
  readonly daddr: boolean;
}

type Lists = Record<string, Tuple[]>;

/** How many connections the rule (`state`, its own runtime state) knows for this packet's masked address. */
export function conncount(world: World, ns: NetNamespace, state: Record<string, unknown>, key: ConncountKey, p: WirePacket, ct: SkbCt): number {
  const tuple = ct?.kind === "entry" ? ct.entry.orig : packetTuple(p);
  if (!tuple) return 0;
  const addr = ((key.daddr ? p.dst : p.src) & key.mask) >>> 0;
  const lists = (state.lists ??= {}) as Lists;
  const list = lists[addr] ?? [];
  let present = false;
  const kept = list.filter((t) => {
    const found = findEntry(world, ns, t);
    if (!found) return false;
    if (sameTuple(t, tuple)) return (present = true);
    return found.entry.tcp !== "TIME_WAIT" && found.entry.tcp !== "CLOSE";
  });
  if (!present) kept.push(tuple);
  lists[addr] = kept;
  return kept.length;
}

/**
 * NAT bindings on conntrack entries (net/netfilter/nf_nat_core.c): the first
 * packet of a connection picks a source or destination mapping
 * (nf_nat_setup_info, get_unique_tuple), which becomes the entry's reply
 * tuple; every later packet is rewritten from the tuples (nf_nat_packet), in
 * both directions, and ICMP errors about the connection have their quoted
 * datagram rewritten too (nf_nat_icmp_reply_translation).
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { nextInt } from "../world/random.js";
import type { ConnEntry, Tuple } from "./types.js";
import { invertTuple, PROTO_ICMP, PROTO_TCP, PROTO_UDP, sameTuple } from "./tuple.js";
import { rehashReply, tupleTaken } from "./table.js";

export type Manip = "SRC" | "DST";

export interface NatRange {
  readonly minAddr?: number;
  readonly maxAddr?: number;
  readonly minPort?: number;
  readonly maxPort?: number;
}

export function natInitialized(e: ConnEntry, m: Manip): boolean {
  return m === "SRC" ? e.nat.srcDone === true : e.nat.dstDone === true;
}

function markDone(e: ConnEntry, m: Manip): void {
  if (m === "SRC") e.nat.srcDone = true;
  else e.nat.dstDone = true;
}

const hasPorts = (proto: number) => proto === PROTO_TCP || proto === PROTO_UDP || proto === 132 || proto === 33;

/** FNV-1a over the tuple: the same connection always maps to the same address of a range (find_best_ips_proto hashes too). */
function tupleHash(t: Tuple): number {
  let h = 0x811c9dc5;
  for (const v of [t.src, t.dst, t.proto]) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193) >>> 0;
  }
  return h;
}

/**
 * nf_nat_setup_info: maps the connection's source (SRC) or destination (DST)
 * into the range; returns false when every candidate tuple is taken.
 */
export function setupNat(world: World, ns: NetNamespace, e: ConnEntry, m: Manip, range: NatRange): boolean {
  const curr = invertTuple(e.reply);
  const oldAddr = m === "SRC" ? curr.src : curr.dst;
  let addr = oldAddr;
  if (range.minAddr !== undefined) {
    const lo = range.minAddr >>> 0;
    const hi = (range.maxAddr ?? range.minAddr) >>> 0;
    addr = oldAddr >= lo && oldAddr <= hi && m === "SRC" ? oldAddr : lo + (hi > lo ? tupleHash(curr) % (hi - lo + 1) : 0);
  }
  const make = (port: number | undefined): Tuple => {
    if (m === "SRC") return { ...curr, src: addr, ...(port !== undefined ? { sport: port } : {}) };
    return { ...curr, dst: addr, ...(port !== undefined ? { dport: port } : {}) };
  };
  const currPort = m === "SRC" ? curr.sport : curr.dport;
  let chosen: Tuple | undefined;
  const free = (t: Tuple) => !tupleTaken(world, ns, invertTuple(t), e);
  const portful = hasPorts(curr.proto) || (curr.proto === PROTO_ICMP && m === "SRC");
  if (range.minPort !== undefined && portful) {
    const lo = range.minPort;
    const hi = range.maxPort ?? lo;
    if (currPort >= lo && currPort <= hi && (lo === hi || free(make(currPort)))) chosen = make(currPort);
    else chosen = uniquePort(world, make, lo, hi, free);
  } else {
    const same = make(undefined);
    if (free(same) || !portful) chosen = same;
    else {
      // nf_nat_l4proto_unique_tuple without a range: stay in the port's class.
      const [lo, hi] = currPort < 512 ? [1, 511] : currPort < 1024 ? [600, 1023] : [1024, 65535];
      chosen = uniquePort(world, make, lo, hi, free);
    }
  }
  if (!chosen) return false;
  const oldReply = e.reply;
  e.reply = invertTuple(chosen);
  if (!sameTuple(chosen, curr)) {
    if (m === "SRC") e.nat.snat = true;
    else e.nat.dnat = true;
  }
  markDone(e, m);
  rehashReply(ns, e, oldReply);
  return true;
}

function uniquePort(world: World, make: (p: number) => Tuple, lo: number, hi: number, free: (t: Tuple) => boolean): Tuple | undefined {
  const size = hi - lo + 1;
  const start = size > 1 ? nextInt(world.random, 0, size - 1) : 0;
  for (let i = 0; i < Math.min(size, 4096); i++) {
    const t = make(lo + ((start + i) % size));
    if (free(t)) return t;
  }
  return undefined;
}

/** nf_nat_alloc_null_binding: no rule mapped the connection; it keeps its address. */
export function nullBinding(world: World, ns: NetNamespace, e: ConnEntry, m: Manip): void {
  if (natInitialized(e, m)) return;
  setupNat(world, ns, e, m, {});
}

/** The status bit that says this manipulation applies to this direction (nf_nat_packet's statusbit). */
function applies(e: ConnEntry, dir: 0 | 1, m: Manip): boolean {
  const src = m === "SRC" ? dir === 0 : dir === 1;
  return src ? e.nat.snat === true : e.nat.dnat === true;
}

function withAddrs(p: WirePacket, m: Manip, t: Tuple): WirePacket {
  if (m === "SRC") {
    if (p.src === t.src && (p.sport === undefined || p.sport === t.sport) && !(p.proto === PROTO_ICMP && p.icmpId !== undefined && p.icmpId !== t.sport)) return p;
    if (p.proto === PROTO_ICMP) return { ...p, src: t.src, ...(p.icmpId !== undefined ? { icmpId: t.sport } : {}) };
    return { ...p, src: t.src, ...(p.sport !== undefined ? { sport: t.sport } : {}) };
  }
  if (p.dst === t.dst && (p.dport === undefined || p.dport === t.dport)) return p;
  if (p.proto === PROTO_ICMP) return { ...p, dst: t.dst };
  return { ...p, dst: t.dst, ...(p.dport !== undefined ? { dport: t.dport } : {}) };
}

/** nf_nat_packet: rewrites the packet as its connection's mapping says. */
export function natPacket(p: WirePacket, e: ConnEntry, dir: 0 | 1, m: Manip): WirePacket {
  if (!applies(e, dir, m)) return p;
  const target = invertTuple(dir === 0 ? e.reply : e.orig);
  return withAddrs(p, m, target);
}

/** nf_nat_icmp_reply_translation: the quoted datagram back to how its sender saw it, the outer header as a reply. */
export function icmpReplyTranslation(p: WirePacket, e: ConnEntry, dir: 0 | 1, m: Manip): WirePacket {
  if (!applies(e, dir, m) || !p.inner) return p;
  const other = dir === 0 ? e.reply : e.orig;
  const innerManip: Manip = m === "SRC" ? "DST" : "SRC";
  const inner = withAddrs(p.inner, innerManip, other);
  const target = invertTuple(other);
  const outer = m === "SRC" ? { ...p, src: target.src } : { ...p, dst: target.dst };
  return { ...outer, inner };
}

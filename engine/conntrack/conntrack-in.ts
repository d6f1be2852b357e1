/**
 * nf_conntrack_in (net/netfilter/nf_conntrack_core.c) at PREROUTING and
 * OUTPUT: find the packet's connection or start one (unconfirmed), run the
 * protocol's state machine, and say what the packet is: NEW, ESTABLISHED,
 * RELATED (an ICMP error about a tracked connection) or INVALID (no entry).
 * Confirmation, when the packet leaves the stack's last hook, is confirm().
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import type { ConnEntry, TcpCtState, Tuple } from "./types.js";
import type { CtAttach } from "./attach.js";
import { ctEvent, findEntry, insertEntry, removeEntry } from "./table.js";
import { icmpStartsConnection, invertTuple, isIcmpError, packetTuple, PROTO_ICMP, PROTO_TCP, PROTO_UDP } from "./tuple.js";
import { nextTcpState, tcpNewState } from "./tcp-state.js";
import { sysctlFlag, tcpTimeout, timeoutSecs } from "./timeouts.js";

export interface CtInResult {
  readonly attach?: CtAttach;
  /** Why the packet has no entry (it is INVALID): for traces. */
  readonly invalid?: string;
}

/** The packet's conntrack, or why it is invalid. */
export function conntrackIn(world: World, ns: NetNamespace, p: WirePacket, zone?: number): CtInResult {
  if (isIcmpError(p)) return relatedIcmp(world, ns, p);
  const t = packetTuple(p);
  if (!t) return { invalid: `conntrack does not track ICMP type ${p.icmpType}` };
  let found = findEntry(world, ns, t);
  if (found && p.proto === PROTO_TCP && found.dir === 0 && (p.tcpFlags! & (TCP_FLAG.SYN | TCP_FLAG.ACK)) === TCP_FLAG.SYN) {
    // tcp_packet: a SYN for a closed connection in TIME_WAIT or CLOSE reopens it (nf_ct_kill, NF_REPEAT).
    if (found.entry.tcp === "TIME_WAIT" || found.entry.tcp === "CLOSE") {
      removeEntry(world, ns, found.entry);
      found = undefined;
    }
  }
  if (found) return existing(world, ns, p, found.entry, found.dir);
  return fresh(world, ns, p, t, zone);
}

function fresh(world: World, ns: NetNamespace, p: WirePacket, t: Tuple, zone?: number): CtInResult {
  const now = world.clock.nowMs;
  let tcp: TcpCtState | undefined;
  let timeout: number;
  if (p.proto === PROTO_TCP) {
    tcp = tcpNewState(p.tcpFlags ?? 0, sysctlFlag(ns, "net.netfilter.nf_conntrack_tcp_loose", true));
    if (!tcp) return { invalid: "a TCP packet that cannot start a connection (tcp_new: no SYN)" };
    timeout = tcpTimeout(ns, tcp);
  } else if (p.proto === PROTO_UDP) {
    timeout = timeoutSecs(ns, "net.netfilter.nf_conntrack_udp_timeout");
  } else if (p.proto === PROTO_ICMP) {
    if (!icmpStartsConnection(t.type ?? 0)) return { invalid: `an ICMP ${icmpName(t.type ?? 0)} without a request before it` };
    timeout = timeoutSecs(ns, "net.netfilter.nf_conntrack_icmp_timeout");
  } else {
    timeout = timeoutSecs(ns, "net.netfilter.nf_conntrack_generic_timeout");
  }
  const table = ns.conntrack ?? (ns.conntrack = { entries: [], nextId: 1 });
  const entry: ConnEntry = {
    id: table.nextId++,
    orig: t,
    reply: invertTuple(t),
    seenReply: false,
    assured: false,
    createdAtMs: now,
    expiresAtMs: now + timeout * 1000,
    mark: 0,
    nat: {},
  };
  if (tcp) entry.tcp = tcp;
  if (zone) entry.zone = zone;
  return { attach: { kind: "entry", ns: ns.id, entry, dir: 0, info: "NEW", confirmed: false } };
}

function existing(world: World, ns: NetNamespace, p: WirePacket, e: ConnEntry, dir: 0 | 1): CtInResult {
  const now = world.clock.nowMs;
  const before = `${e.tcp}|${e.seenReply}|${e.assured}`;
  if (p.proto === PROTO_TCP) {
    const flags = p.tcpFlags ?? 0;
    const old = e.tcp ?? "NONE";
    const next = nextTcpState(old, dir === 1, flags);
    if (next === "IV") return { invalid: `TCP ${flagNames(flags)} is not valid in state ${old} (tcp_conntracks)` };
    if (next !== "IG") {
      if (!e.seenReply && flags & TCP_FLAG.RST) {
        // "If only reply is a RST, we can consider ourselves not to have an
        // established connection ... delete the conntrack immediately" (tcp_packet).
        const attach: CtAttach = { kind: "entry", ns: ns.id, entry: e, dir, info: dir === 1 ? "ESTABLISHED" : "NEW", confirmed: true };
        removeEntry(world, ns, e);
        return { attach };
      }
      e.tcp = next;
      if (!e.assured && e.seenReply && (old === "SYN_RECV" || old === "ESTABLISHED") && next === "ESTABLISHED") e.assured = true;
      e.expiresAtMs = now + tcpTimeout(ns, next) * 1000;
    }
  } else if (p.proto === PROTO_UDP) {
    // nf_conntrack_udp_packet: after a reply, still active two seconds in: a stream (120 s, ASSURED).
    if (e.seenReply) {
      const stream = now > e.createdAtMs + 2000;
      e.expiresAtMs = now + timeoutSecs(ns, stream ? "net.netfilter.nf_conntrack_udp_timeout_stream" : "net.netfilter.nf_conntrack_udp_timeout") * 1000;
      if (stream) e.assured = true;
    } else {
      e.expiresAtMs = now + timeoutSecs(ns, "net.netfilter.nf_conntrack_udp_timeout") * 1000;
    }
  } else if (p.proto === PROTO_ICMP) {
    e.expiresAtMs = now + timeoutSecs(ns, "net.netfilter.nf_conntrack_icmp_timeout") * 1000;
  } else {
    e.expiresAtMs = now + timeoutSecs(ns, "net.netfilter.nf_conntrack_generic_timeout") * 1000;
  }
  if (dir === 1 && !e.seenReply) e.seenReply = true;
  if (`${e.tcp}|${e.seenReply}|${e.assured}` !== before) ctEvent(world, ns, "UPDATE", e);
  const info = dir === 1 || e.seenReply ? "ESTABLISHED" : "NEW";
  return { attach: { kind: "entry", ns: ns.id, entry: e, dir, info, confirmed: true } };
}

/** nf_conntrack_inet_error: an ICMP error belongs to the connection of the datagram it quotes. */
function relatedIcmp(world: World, ns: NetNamespace, p: WirePacket): CtInResult {
  const inner = p.inner;
  if (!inner) return { invalid: "an ICMP error that quotes nothing" };
  const t = packetTuple(inner);
  if (!t) return { invalid: "an ICMP error about an untrackable packet" };
  // The quoted datagram went the other way: look up its tuple inverted (nf_ct_invert_tuple).
  const found = findEntry(world, ns, invertTuple(t)) ?? findEntry(world, ns, t);
  if (!found) return { invalid: "an ICMP error about a connection conntrack does not know" };
  const dir = tupleMatchesDir(found.entry, invertTuple(t));
  return { attach: { kind: "entry", ns: ns.id, entry: found.entry, dir, info: "RELATED", confirmed: true } };
}

function tupleMatchesDir(e: ConnEntry, t: Tuple): 0 | 1 {
  const r = e.reply;
  return r.src === t.src && r.dst === t.dst && r.sport === t.sport && r.dport === t.dport ? 1 : 0;
}

/** __nf_conntrack_confirm: a new connection's first packet leaves the stack; its entry joins the table. */
export function confirm(world: World, ns: NetNamespace, ct: CtAttach): void {
  if (ct.confirmed || ct.dir !== 0 || ct.ns !== ns.id) return;
  ct.confirmed = true;
  insertEntry(world, ns, ct.entry);
}

function flagNames(flags: number): string {
  const names = (["SYN", "ACK", "FIN", "RST", "PSH", "URG"] as const).filter((n) => flags & TCP_FLAG[n]);
  return names.length ? names.join("/") : "without flags";
}

function icmpName(type: number): string {
  return type === 0 ? "echo reply" : `type ${type}`;
}

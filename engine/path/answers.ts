/**
 * Packets the kernel builds by itself in answer to another: an RST for a
 * closed port (tcp_v4_send_reset) or from REJECT --reject-with tcp-reset
 * (nf_send_reset), ICMP errors (icmp_send: at most 576 bytes, precedence
 * 0xc0 "internetwork control", no DF), echo replies (icmp_echo).
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { canon, ICMP_ERROR_MAX, ICMP_HEADER, IP_HEADER, TCP_HEADER } from "../packet/wire.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import { nextUint32 } from "../world/random.js";
import { isIcmpError } from "../conntrack/tuple.js";
import { icmpAllowed } from "./icmp-ratelimit.js";
import { isLocalAddr } from "./addresses.js";
import { KERNEL_SOCKET } from "./segments.js";

export function defaultTtl(ns: NetNamespace): number {
  const v = Number(ns.sysctl["net.ipv4.ip_default_ttl"] ?? 64);
  return Number.isFinite(v) && v > 0 ? v : 64;
}

function ipId(world: World): number {
  return nextUint32(world.random) & 0xffff;
}

/** The TCP segment's sequence space: SYN and FIN count one each. */
function segLen(p: WirePacket): number {
  const f = p.tcpFlags ?? 0;
  return (p.payloadLen ?? 0) + (f & TCP_FLAG.SYN ? 1 : 0) + (f & TCP_FLAG.FIN ? 1 : 0);
}

/**
 * An RST answering `orig` (undefined for an RST, which is never answered):
 * RST with seq = the segment's ACK if it had one, else RST/ACK acknowledging it.
 */
export function tcpReset(ns: NetNamespace, orig: WirePacket): WirePacket | undefined {
  const f = orig.tcpFlags ?? 0;
  if (f & TCP_FLAG.RST) return undefined;
  const hasAck = (f & TCP_FLAG.ACK) !== 0;
  const base: WirePacket = {
    src: orig.dst,
    dst: orig.src,
    proto: 6,
    sport: orig.dport,
    dport: orig.sport,
    tcpFlags: hasAck ? TCP_FLAG.RST : TCP_FLAG.RST | TCP_FLAG.ACK,
    window: 0,
    seq: hasAck ? orig.ackSeq ?? 0 : 0,
    ackSeq: hasAck ? 0 : ((orig.seq ?? 0) + segLen(orig)) >>> 0,
    length: IP_HEADER + TCP_HEADER,
    ttl: defaultTtl(ns),
    tos: 0,
    id: 0,
    df: true,
    fragOffset: 0,
    mark: 0,
    payloadLen: 0,
  };
  return base;
}

/** icmp_send: an ICMP error quoting `orig`; undefined where the kernel sends none (errors about errors). */
export function icmpError(world: World, ns: NetNamespace, orig: WirePacket, type: number, code: number, src: number): WirePacket | undefined {
  if (isIcmpError(orig) || orig.fragOffset !== 0) return undefined;
  if (!icmpAllowed(ns, type, orig.src, isLocalAddr(ns, orig.src), world.clock.nowMs)) return undefined;
  const quoted = Math.min(orig.length, ICMP_ERROR_MAX - IP_HEADER - ICMP_HEADER);
  return {
    src,
    dst: orig.src,
    proto: 1,
    icmpType: type,
    icmpCode: code,
    length: IP_HEADER + ICMP_HEADER + quoted,
    ttl: defaultTtl(ns),
    tos: 0xc0 | (orig.tos & 0x1e),
    id: ipId(world),
    df: false,
    fragOffset: 0,
    mark: 0,
    socket: KERNEL_SOCKET,
    inner: stripMeta(orig),
  };
}

/** icmp_echo: the reply carries the request's id, sequence and data. */
export function echoReply(world: World, ns: NetNamespace, req: WirePacket): WirePacket {
  const p: WirePacket = {
    src: req.dst,
    dst: req.src,
    proto: 1,
    icmpType: 0,
    icmpCode: 0,
    length: req.length,
    ttl: defaultTtl(ns),
    tos: req.tos & 0x1e,
    id: ipId(world),
    df: false,
    fragOffset: 0,
    mark: 0,
    socket: KERNEL_SOCKET,
    payloadLen: req.payloadLen ?? 0,
  };
  return {
    ...p,
    ...(req.icmpId !== undefined ? { icmpId: req.icmpId } : {}),
    ...(req.icmpSeq !== undefined ? { icmpSeq: req.icmpSeq } : {}),
    ...(req.echoStampMs !== undefined ? { echoStampMs: req.echoStampMs } : {}),
  };
}

/** The quoted datagram: its headers as they were, without the stack's metadata. */
function stripMeta(p: WirePacket): WirePacket {
  return canon({ ...p, ct: undefined, inIface: undefined, outIface: undefined, physIn: undefined, physOut: undefined, bridged: undefined, trace: undefined, srcMac: undefined, dstMac: undefined, socket: undefined, inner: undefined });
}

/** The ICMP error REJECT sends for each --reject-with (ipt_REJECT.c reject_tg). */
export const REJECT_ICMP: Readonly<Record<string, readonly [number, number]>> = {
  "icmp-net-unreachable": [3, 0],
  "icmp-host-unreachable": [3, 1],
  "icmp-proto-unreachable": [3, 2],
  "icmp-port-unreachable": [3, 3],
  "icmp-net-prohibited": [3, 9],
  "icmp-host-prohibited": [3, 10],
  "icmp-admin-prohibited": [3, 13],
};

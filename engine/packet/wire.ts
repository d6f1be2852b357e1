/**
 * A packet on the wire, as the emulated stack builds it: the header fields
 * netfilter reads (engine/netfilter/packet.ts) plus what the real headers
 * carry for the logs and traces — TCP window, ICMP echo id and sequence, the
 * datagram an ICMP error quotes — and the payload length.
 *
 * Sizes are Linux's: a SYN from connect() carries MSS, SACK-permitted,
 * timestamps and window scale (20 + 20 + 20 = 60 bytes), a SYN/ACK the same,
 * later segments the 12-byte timestamp option (52 bytes with no data), an RST
 * none (40); ping's echo carries 56 bytes of data (84); UDP is 28 + payload.
 */
import type { Packet } from "../netfilter/packet.js";

export interface WirePacket extends Packet {
  /** TCP window field, as sent (unscaled). */
  readonly window?: number;
  /** TCP sequence and acknowledgment numbers. */
  readonly seq?: number;
  readonly ackSeq?: number;
  /** TCP timestamp option values (TSval, TSecr), when the option is there. */
  readonly tsVal?: number;
  readonly tsEcr?: number;
  /** ICMP echo/timestamp identifier and sequence number. */
  readonly icmpId?: number;
  readonly icmpSeq?: number;
  /** The datagram an ICMP error quotes (its IP header and first bytes). */
  readonly inner?: WirePacket;
  /** Bytes of transport payload (TCP or UDP data, ICMP echo data). */
  readonly payloadLen?: number;
  /** World time (ms) an echo request's data carries (ping puts a timeval there). */
  readonly echoStampMs?: number;
}

export const IP_HEADER = 20;
export const TCP_HEADER = 20;
/** MSS (4) + SACK-permitted (2) + timestamps (10) + NOP (1) + window scale (3). */
export const TCP_SYN_OPTIONS = 20;
/** NOP, NOP, timestamps. */
export const TCP_TS_OPTIONS = 12;
export const UDP_HEADER = 8;
export const ICMP_HEADER = 8;
/** icmp_send quotes at most 576 bytes of error in all (net/ipv4/icmp.c). */
export const ICMP_ERROR_MAX = 576;
/** ping's default data: 56 bytes. */
export const PING_DATA = 56;

/** The TCP option kinds of a SYN from Linux, in order: MSS, SACK_PERM, TIMESTAMP, NOP, WSCALE. */
export const SYN_OPTION_KINDS: readonly number[] = [2, 4, 8, 1, 3];
export const TS_OPTION_KINDS: readonly number[] = [1, 1, 8];

/**
 * The packet with every field present in one fixed order. Packets change by
 * copying ({ ...p, ttl }), so giving them all one shape keeps the rule
 * matching code monomorphic (one hidden class): several times faster than
 * packets of a dozen shapes.
 */
export function canon(p: WirePacket): WirePacket {
  return {
    src: p.src, dst: p.dst, proto: p.proto, sport: p.sport, dport: p.dport, tcpFlags: p.tcpFlags, tcpOptions: p.tcpOptions, tcpMss: p.tcpMss,
    icmpType: p.icmpType, icmpCode: p.icmpCode, inIface: p.inIface, outIface: p.outIface, physIn: p.physIn, physOut: p.physOut, bridged: p.bridged,
    length: p.length, ttl: p.ttl, tos: p.tos, id: p.id, df: p.df, fragOffset: p.fragOffset, moreFragments: p.moreFragments, mark: p.mark,
    srcMac: p.srcMac, dstMac: p.dstMac, pktType: p.pktType, payload: p.payload, ct: p.ct, socket: p.socket, trace: p.trace,
    window: p.window, seq: p.seq, ackSeq: p.ackSeq, tsVal: p.tsVal, tsEcr: p.tsEcr, icmpId: p.icmpId, icmpSeq: p.icmpSeq,
    inner: p.inner, payloadLen: p.payloadLen, echoStampMs: p.echoStampMs,
  };
}

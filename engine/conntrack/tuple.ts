/**
 * Tuples of packets (nf_ct_get_tuple and each protocol's pkt_to_tuple):
 * TCP/UDP by ports, ICMP queries by id and type, anything else by addresses
 * alone (nf_conntrack_proto_generic.c). ICMP errors have no tuple of their
 * own: they belong to the connection of the datagram they quote.
 */
import type { Packet } from "../netfilter/packet.js";
import type { Tuple } from "./types.js";

export const PROTO_ICMP = 1;
export const PROTO_TCP = 6;
export const PROTO_UDP = 17;

/** ICMP query types and the type of their answer (nf_conntrack_proto_icmp.c invmap). */
const ICMP_INVERSE: Readonly<Record<number, number>> = { 8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 16: 15, 17: 18, 18: 17 };
/** The query types that may start a connection (icmp_new's valid_new). */
const ICMP_NEW = new Set([8, 13, 15, 17]);
/** ICMP errors, which quote the datagram they are about (icmp_error_message). */
const ICMP_ERRORS = new Set([3, 4, 5, 11, 12]);

export function isIcmpError(p: Packet): boolean {
  return p.proto === PROTO_ICMP && ICMP_ERRORS.has(p.icmpType ?? -1);
}

export function icmpStartsConnection(type: number): boolean {
  return ICMP_NEW.has(type);
}

export function icmpHasInverse(type: number): boolean {
  return ICMP_INVERSE[type] !== undefined;
}

/** The tuple of a packet; undefined for ICMP types conntrack cannot track. */
export function packetTuple(p: Packet & { readonly icmpId?: number }): Tuple | undefined {
  switch (p.proto) {
    case PROTO_TCP:
    case PROTO_UDP:
      return { src: p.src, dst: p.dst, proto: p.proto, sport: p.sport ?? 0, dport: p.dport ?? 0 };
    case PROTO_ICMP: {
      const type = p.icmpType ?? 0;
      if (ICMP_INVERSE[type] === undefined) return undefined;
      return { src: p.src, dst: p.dst, proto: PROTO_ICMP, sport: p.icmpId ?? 0, dport: 0, type, code: p.icmpCode ?? 0 };
    }
    default:
      return { src: p.src, dst: p.dst, proto: p.proto, sport: 0, dport: 0 };
  }
}

/** nf_ct_invert_tuple */
export function invertTuple(t: Tuple): Tuple {
  if (t.proto === PROTO_ICMP) return { src: t.dst, dst: t.src, proto: t.proto, sport: t.sport, dport: 0, type: ICMP_INVERSE[t.type ?? 0] ?? 0, code: t.code ?? 0 };
  return { src: t.dst, dst: t.src, proto: t.proto, sport: t.dport, dport: t.sport };
}

export function tupleKey(t: Tuple): string {
  return t.proto === PROTO_ICMP ? `1|${t.src}|${t.dst}|${t.sport}|${t.type}|${t.code}` : `${t.proto}|${t.src}|${t.dst}|${t.sport}|${t.dport}`;
}

export function sameTuple(a: Tuple, b: Tuple): boolean {
  return a.src === b.src && a.dst === b.dst && a.proto === b.proto && a.sport === b.sport && a.dport === b.dport && (a.type ?? 0) === (b.type ?? 0);
}

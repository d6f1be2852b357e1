/**
 * A packet as the kernel's syslog logger prints it (net/netfilter/
 * nf_log_syslog.c: nf_log_dump_packet_common, dump_mac_header,
 * dump_ipv4_packet, nf_log_dump_tcp_header, nf_log_dump_udp_header), used by
 * -j LOG and by the legacy TRACE target. Every field ends with a space, so
 * the line does too:
 *
 *   IN=eth0 OUT= MAC=... SRC=... DST=... LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=... DF PROTO=TCP SPT=... DPT=... WINDOW=... RES=0x00 SYN URGP=0
 */
import { formatIpv4 } from "../addr/ipv4.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import type { WirePacket } from "../packet/wire.js";

/** LOG's flag bits (xt_LOG.h / nf_log.h). */
export const NF_LOG_TCPSEQ = 0x01;
export const NF_LOG_TCPOPT = 0x02;
export const NF_LOG_IPOPT = 0x04;
export const NF_LOG_UID = 0x08;
export const NF_LOG_MACDECODE = 0x20;
/** What TRACE logs with (NF_LOG_DEFAULT_MASK). */
export const NF_LOG_DEFAULT_MASK = 0x0f;

const hex2 = (n: number) => n.toString(16).toUpperCase().padStart(2, "0");

/** The line after the kernel's timestamp: prefix, interfaces, MAC header, the IPv4 packet. */
export function logLine(prefix: string, p: WirePacket, flags: number): string {
  let s = `${prefix}IN=${p.inIface ?? ""} OUT=${p.outIface ?? ""} `;
  if (p.physIn && p.physIn !== p.inIface) s += `PHYSIN=${p.physIn} `;
  if (p.physOut && p.physOut !== p.outIface) s += `PHYSOUT=${p.physOut} `;
  if (p.inIface) s += macHeader(p, flags);
  s += ipv4(p, flags, false);
  if (flags & NF_LOG_UID && p.socket && p.socket.kind === undefined) s += `UID=${p.socket.uid} GID=${p.socket.gid} `;
  if (p.mark) s += `MARK=0x${(p.mark >>> 0).toString(16)} `;
  return s;
}

function macHeader(p: WirePacket, flags: number): string {
  const src = p.srcMac ?? "00:00:00:00:00:00";
  const dst = p.dstMac ?? "00:00:00:00:00:00";
  // dump_mac_header decodes only ARPHRD_ETHER devices; loopback falls back to the raw bytes.
  if (flags & NF_LOG_MACDECODE && p.inIface !== "lo") return `MACSRC=${src} MACDST=${dst} MACPROTO=0800 `;
  return `MAC=${dst}:${src}:08:00 `;
}

function ipv4(p: WirePacket, flags: number, inner: boolean): string {
  let s = `SRC=${formatIpv4(p.src)} DST=${formatIpv4(p.dst)} `;
  s += `LEN=${p.length} TOS=0x${hex2(p.tos & 0x1e)} PREC=0x${hex2(p.tos & 0xe0)} TTL=${p.ttl} ID=${p.id ?? 0} `;
  if (p.df) s += "DF ";
  if (p.moreFragments) s += "MF ";
  if (p.fragOffset) s += `FRAG:${p.fragOffset} `;
  switch (p.proto) {
    case 6:
      return s + tcp(p, flags);
    case 17:
      s += "PROTO=UDP ";
      if (p.fragOffset) return s;
      return s + `SPT=${p.sport ?? 0} DPT=${p.dport ?? 0} LEN=${Math.max(8, p.length - 20)} `;
    case 1:
      return s + icmp(p, flags, inner);
    default:
      return s + `PROTO=${p.proto} `;
  }
}

function tcp(p: WirePacket, flags: number): string {
  let s = "PROTO=TCP ";
  if (p.fragOffset) return s;
  s += `SPT=${p.sport ?? 0} DPT=${p.dport ?? 0} `;
  if (flags & NF_LOG_TCPSEQ) s += `SEQ=${(p.seq ?? 0) >>> 0} ACK=${(p.ackSeq ?? 0) >>> 0} `;
  s += `WINDOW=${p.window ?? 0} RES=0x00 `;
  const f = p.tcpFlags ?? 0;
  for (const n of ["CWR", "ECE", "URG", "ACK", "PSH", "RST", "SYN", "FIN"] as const) if (f & TCP_FLAG[n]) s += `${n} `;
  s += "URGP=0 ";
  if (flags & NF_LOG_TCPOPT && p.tcpOptions && p.tcpOptions.length > 0) s += `OPT (${tcpOptionsHex(p)}) `;
  return s;
}

/** The option bytes Linux sends: MSS 1460, SACK-permitted, timestamps, NOP, window scale 7 (SYN); NOP NOP timestamps after. */
export function tcpOptionsHex(p: WirePacket): string {
  const bytes: number[] = [];
  const u32 = (v: number) => bytes.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  for (const kind of p.tcpOptions ?? []) {
    if (kind === 2) bytes.push(2, 4, (p.tcpMss ?? 1460) >> 8, (p.tcpMss ?? 1460) & 255);
    else if (kind === 4) bytes.push(4, 2);
    else if (kind === 8) {
      bytes.push(8, 10);
      u32(p.tsVal ?? 0);
      u32(p.tsEcr ?? 0);
    } else if (kind === 1) bytes.push(1);
    else if (kind === 3) bytes.push(3, 3, 7);
  }
  return bytes.map(hex2).join("");
}

function icmp(p: WirePacket, flags: number, inner: boolean): string {
  let s = "PROTO=ICMP ";
  if (p.fragOffset) return s;
  const type = p.icmpType ?? 0;
  s += `TYPE=${type} CODE=${p.icmpCode ?? 0} `;
  if (type === 0 || type === 8) s += `ID=${p.icmpId ?? 0} SEQ=${p.icmpSeq ?? 0} `;
  else if ((type === 3 || type === 4 || type === 11) && !inner && p.inner) {
    s += `[${ipv4(p.inner, flags & ~NF_LOG_UID, true)}] `;
    if (type === 3 && p.icmpCode === 4) s += "MTU=1500 ";
  }
  return s;
}


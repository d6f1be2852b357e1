/**
 * nf_tables trace events as the two monitors print them, for packets whose
 * nftrace bit is set (-j TRACE in iptables-nft is `meta nftrace set 1`):
 *
 *   nft monitor trace (nftables 1.0.6, src/trace.c):
 *     trace id 0e5d10a4 ip raw PREROUTING packet: iif "vb" ether saddr ... tcp window 64240
 *     trace id 0e5d10a4 ip raw PREROUTING rule tcp dport 8080 counter packets 0 bytes 0 meta nftrace set 1 (verdict continue)
 *     trace id 0e5d10a4 ip raw PREROUTING policy accept
 *
 *   xtables-monitor --trace (iptables 1.8.9, xtables-monitor.c):
 *     PACKET: 2 0e5d10a4 IN=vb MACSRC=... MACDST=... MACPROTO=0800 SRC=... LEN=60 TOS=0x0 TTL=64 ID=6517 DF SPORT=53826 DPORT=8080 SYN
 *      TRACE: 2 0e5d10a4 raw:PREROUTING:rule:0x2:CONTINUE  -4 -t raw -A PREROUTING -p tcp -m tcp --dport 8080 -j TRACE
 *      TRACE: 2 0e5d10a4 raw:PREROUTING:policy:ACCEPT
 *
 * The packet is printed with the first event of each base chain. Formats were
 * recorded from the real tools on Linux 6.18 in network namespaces.
 */
import { formatIpv4 } from "../addr/ipv4.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import type { WirePacket } from "../packet/wire.js";
import { icmpTypeName } from "./nft-rule.js";

export type TraceVerdict =
  | { readonly kind: "continue" | "accept" | "drop" | "return" | "queue" }
  | { readonly kind: "jump" | "goto"; readonly chain: string };

const hex8 = (id: number) => (id >>> 0).toString(16).padStart(8, "0");

const DSCP: Readonly<Record<number, string>> = { 0: "cs0", 8: "cs1", 16: "cs2", 24: "cs3", 32: "cs4", 40: "cs5", 48: "cs6", 56: "cs7", 46: "ef", 10: "af11", 12: "af12", 14: "af13", 18: "af21", 26: "af31", 34: "af41" };
const ECN = ["not-ect", "ect1", "ect0", "ce"];
const TCP_NAMES: readonly [number, string][] = [[TCP_FLAG.FIN, "fin"], [TCP_FLAG.SYN, "syn"], [TCP_FLAG.RST, "rst"], [TCP_FLAG.PSH, "psh"], [TCP_FLAG.ACK, "ack"], [TCP_FLAG.URG, "urg"], [TCP_FLAG.ECE, "ecn"], [TCP_FLAG.CWR, "cwr"]];

/** ICMP codes as nft names them (for every type: nft prints code 0 of an echo as "net-unreachable"). */
const ICMP_CODE_NAMES = ["net-unreachable", "host-unreachable", "prot-unreachable", "port-unreachable", "frag-needed", "5", "6", "7", "8", "net-prohibited", "host-prohibited", "11", "12", "admin-prohibited"];

function tcpFlagsText(f: number): string {
  const set = TCP_NAMES.filter(([b]) => f & b);
  if (set.length === 1) return set[0]![1];
  return `0x${f.toString(16)}`;
}

/** The 12 bytes after the ICMP header, as nft dumps them raw (@th,64,96). */
function icmpDataHex(p: WirePacket): string {
  const bytes: number[] = [];
  if (p.inner) {
    const q = p.inner;
    const hdr = [0x45, q.tos & 255, (q.length >> 8) & 255, q.length & 255, ((q.id ?? 0) >> 8) & 255, (q.id ?? 0) & 255, q.df ? 0x40 : 0, 0, q.ttl & 255, q.proto & 255];
    const src = [q.src >>> 24, (q.src >>> 16) & 255, (q.src >>> 8) & 255, q.src & 255];
    const dst = [q.dst >>> 24, (q.dst >>> 16) & 255, (q.dst >>> 8) & 255, q.dst & 255];
    const sum = ipChecksum([...hdr, 0, 0, ...src, ...dst]);
    bytes.push(...hdr, sum >> 8, sum & 255);
  } else {
    // ping's data starts with a struct timeval (little-endian 64-bit seconds, then microseconds).
    const ms = p.echoStampMs ?? 0;
    const sec = Math.floor(ms / 1000);
    const usec = Math.round((ms - sec * 1000) * 1000);
    for (let i = 0; i < 8; i++) bytes.push(i < 4 ? (sec >>> (8 * i)) & 255 : 0);
    for (let i = 0; i < 4; i++) bytes.push((usec >>> (8 * i)) & 255);
  }
  return `0x${bytes.map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

function ipChecksum(bytes: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** "trace id X ip TABLE CHAIN packet: ..." */
export function nftPacketLine(id: number, table: string, chain: string, p: WirePacket): string {
  let s = `trace id ${hex8(id)} ip ${table} ${chain} packet: `;
  if (p.inIface) s += `iif "${p.inIface}" `;
  if (p.outIface) s += `oif "${p.outIface}" `;
  if (p.inIface && p.srcMac) s += `ether saddr ${p.srcMac} ether daddr ${p.dstMac ?? "00:00:00:00:00:00"} `;
  s += `ip saddr ${formatIpv4(p.src)} ip daddr ${formatIpv4(p.dst)} ip dscp ${DSCP[(p.tos >> 2) & 63] ?? `0x${((p.tos >> 2) & 63).toString(16)}`} ip ecn ${ECN[p.tos & 3]} ip ttl ${p.ttl} ip id ${p.id ?? 0} ip length ${p.length} `;
  if (p.proto === 6) s += `tcp sport ${p.sport} tcp dport ${p.dport} tcp flags == ${tcpFlagsText(p.tcpFlags ?? 0)} tcp window ${p.window ?? 0} `;
  else if (p.proto === 17) s += `udp sport ${p.sport} udp dport ${p.dport} udp length ${p.length - 20} `;
  else if (p.proto === 1) {
    const t = p.icmpType ?? 0;
    s += `icmp type ${icmpTypeName(t)} icmp code ${ICMP_CODE_NAMES[p.icmpCode ?? 0] ?? p.icmpCode} icmp id ${p.icmpId ?? 0} icmp sequence ${p.icmpSeq ?? 0} @th,64,96 ${icmpDataHex(p)} `;
  }
  return `${s}\n`;
}

export function nftRuleLine(id: number, table: string, chain: string, ruleText: string, v: TraceVerdict): string {
  const verdict = v.kind === "jump" || v.kind === "goto" ? `${v.kind} ${v.chain}` : v.kind;
  return `trace id ${hex8(id)} ip ${table} ${chain} rule ${ruleText} (verdict ${verdict})\n`;
}

export function nftPolicyLine(id: number, table: string, chain: string, policy: "ACCEPT" | "DROP", mark: number): string {
  const m = mark ? `meta mark 0x${(mark >>> 0).toString(16).padStart(8, "0")} ` : "";
  return `trace id ${hex8(id)} ip ${table} ${chain} policy ${policy.toLowerCase()} ${m}\n`;
}

/** "PACKET: 2 ID IN=... OUT=... MACSRC=... SRC=... LEN=.. TOS=0x0 TTL=.. ID=.. DF SPORT=.. DPORT=.. SYN " */
export function xtPacketLine(id: number, p: WirePacket): string {
  let s = `PACKET: 2 ${hex8(id)} `;
  if (p.inIface) s += `IN=${p.inIface} `;
  if (p.outIface) s += `OUT=${p.outIface} `;
  if (p.inIface && p.srcMac) s += `MACSRC=${p.srcMac} MACDST=${p.dstMac ?? "00:00:00:00:00:00"} MACPROTO=0800 `;
  s += `SRC=${formatIpv4(p.src)} DST=${formatIpv4(p.dst)} LEN=${p.length} TOS=0x${p.tos.toString(16)} TTL=${p.ttl} ID=${p.id ?? 0} `;
  if (p.df) s += "DF ";
  if (p.proto === 6 || p.proto === 17) {
    s += `SPORT=${p.sport} DPORT=${p.dport} `;
    if (p.proto === 6) {
      const f = p.tcpFlags ?? 0;
      for (const [bit, name] of [[TCP_FLAG.SYN, "SYN"], [TCP_FLAG.ACK, "ACK"], [TCP_FLAG.FIN, "FIN"], [TCP_FLAG.RST, "RST"], [TCP_FLAG.PSH, "PSH"], [TCP_FLAG.URG, "URG"]] as const) {
        if (f & bit) s += `${name} `;
      }
    }
  }
  if (p.mark) s += `MARK=0x${(p.mark >>> 0).toString(16)} `;
  return `${s}\n`;
}

/** " TRACE: 2 ID table:chain:rule:0xHANDLE:VERDICT  -4 -t table -A chain ..." */
export function xtRuleLine(id: number, table: string, chain: string, handle: number, v: TraceVerdict, saveText: string): string {
  let verdict: string;
  switch (v.kind) {
    case "continue":
      verdict = "CONTINUE";
      break;
    case "accept":
      verdict = "ACCEPT";
      break;
    case "drop":
      verdict = "DROP";
      break;
    case "queue":
      verdict = "QUEUE";
      break;
    case "return":
      // xtables-monitor has no name for NFT_RETURN (-5) and prints the raw code.
      verdict = "0xfffffffb";
      break;
    case "jump":
      verdict = `JUMP:${v.chain}`;
      break;
    case "goto":
      verdict = `GOTO:${v.chain}`;
      break;
  }
  return ` TRACE: 2 ${hex8(id)} ${table}:${chain}:rule:0x${handle.toString(16)}:${verdict}  -4 -t ${table} ${saveText}\n`;
}

export function xtPolicyLine(id: number, table: string, chain: string, policy: "ACCEPT" | "DROP"): string {
  return ` TRACE: 2 ${hex8(id)} ${table}:${chain}:policy:${policy} \n`;
}

/**
 * One walk: the world it changes, the steps it records (when asked), the
 * packets the stack built on the way (REJECT answers, ICMP errors, RSTs,
 * echo replies, which the caller walks next), and a bound on link crossings
 * that ends every loop.
 */
import type { World } from "../world/types.js";
import type { NameDb } from "../netfilter/extension.js";
import { nameDbFromFiles } from "../netfilter/names.js";
import type { WirePacket } from "../packet/wire.js";
import type { SkbCt } from "../conntrack/attach.js";
import type { PacketSummary, TraceStep } from "../trace/types.js";
import { formatIpv4 } from "../addr/ipv4.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import { icmpTypeName } from "../trace/nft-rule.js";

/** A packet the kernel built while handling another, to be sent from `ns` next. */
export interface Generated {
  readonly ns: string;
  readonly packet: WirePacket;
  /** REJECT's answers carry the rejected packet's conntrack as RELATED (nf_ct_attach). */
  readonly ct?: SkbCt;
  /** What built it: "REJECT", "tcp_v4_send_reset", "icmp_send", "icmp_echo". */
  readonly by: string;
  /** Its source need not be this namespace's (nf_send_reset answers as the destination: FLOWI_FLAG_ANYSRC). */
  readonly anySrc?: boolean;
  /** Where it must go when it is not a routed answer (the local socket of a locally rejected packet). */
}

/** Link crossings after which a packet is declared looping (bridges without STP never end one). */
export const MAX_HOPS = 1024;

export class Walk {
  readonly steps: TraceStep[] | undefined;
  readonly generated: Generated[] = [];
  hops = 0;
  private namesDb: NameDb | undefined;

  constructor(
    readonly world: World,
    record: boolean,
  ) {
    this.steps = record ? [] : undefined;
  }

  get recording(): boolean {
    return this.steps !== undefined;
  }

  step(s: TraceStep): void {
    this.steps?.push(s);
  }

  /** /etc/services and friends, for printing rules as iptables -S does. */
  get names(): NameDb {
    this.namesDb ??= nameDbFromFiles((path) => {
      const node = this.world.files[path];
      return node?.type === "file" ? node.content : undefined;
    });
    return this.namesDb;
  }
}

const FLAG_ORDER: readonly (keyof typeof TCP_FLAG)[] = ["SYN", "FIN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"];

const ICMP_CODES: Readonly<Record<number, readonly string[]>> = {
  3: ["net-unreachable", "host-unreachable", "protocol-unreachable", "port-unreachable", "fragmentation-needed", "source-route-failed", "network-unknown", "host-unknown", "host-isolated", "network-prohibited", "host-prohibited", "TOS-network-unreachable", "TOS-host-unreachable", "admin-prohibited"],
  11: ["ttl-exceeded", "fragment-reassembly-time-exceeded"],
};

export function icmpText(type: number, code: number): string {
  return ICMP_CODES[type]?.[code] ?? icmpTypeName(type);
}

export function tcpFlagText(flags: number): string {
  return FLAG_ORDER.filter((f) => flags & TCP_FLAG[f]).join(",");
}

export function summary(p: WirePacket): PacketSummary {
  const proto = p.proto === 6 ? "tcp" : p.proto === 17 ? "udp" : p.proto === 1 ? "icmp" : String(p.proto);
  const s: { -readonly [K in keyof PacketSummary]: PacketSummary[K] } = { src: formatIpv4(p.src), dst: formatIpv4(p.dst), proto, len: p.length, ttl: p.ttl };
  if (p.proto === 6 || p.proto === 17) {
    s.sport = p.sport;
    s.dport = p.dport;
  }
  if (p.proto === 6) s.flags = tcpFlagText(p.tcpFlags ?? 0);
  if (p.proto === 1) s.icmp = icmpText(p.icmpType ?? 0, p.icmpCode ?? 0);
  if (p.mark) s.mark = p.mark;
  return s;
}

/** "10.0.0.1:40000 -> 10.0.0.2:80" or "10.0.0.1 -> 10.0.0.2". */
export function endpoints(p: WirePacket): string {
  const port = (a: number, x?: number) => (x !== undefined && (p.proto === 6 || p.proto === 17) ? `${formatIpv4(a)}:${x}` : formatIpv4(a));
  return `${port(p.src, p.sport)} -> ${port(p.dst, p.dport)}`;
}

/**
 * The packet as netfilter sees it at one hook: the header fields matches read,
 * the metadata the stack attached (interfaces, mark, conntrack entry). A
 * readonly value; targets that change it return a new one.
 */
export type CtState = "NEW" | "ESTABLISHED" | "RELATED" | "INVALID" | "UNTRACKED" | "SNAT" | "DNAT";

export type CtStatus = "EXPECTED" | "SEEN_REPLY" | "ASSURED" | "CONFIRMED";

export type PktType = "unicast" | "broadcast" | "multicast";

export interface CtTuple {
  readonly src: number;
  readonly dst: number;
  readonly sport?: number;
  readonly dport?: number;
}

/** The conntrack entry the packet belongs to, from this packet's point of view. */
export interface PacketConntrack {
  /** "NEW", "ESTABLISHED", "RELATED" or "INVALID" (state/ctstate names); "UNTRACKED" after NOTRACK. */
  readonly state: "NEW" | "ESTABLISHED" | "RELATED" | "INVALID" | "UNTRACKED";
  readonly direction: "ORIGINAL" | "REPLY";
  readonly status: readonly CtStatus[];
  readonly mark: number;
  readonly original?: CtTuple;
  readonly reply?: CtTuple;
  /** Whether the entry has source or destination NAT applied. */
  readonly snat?: boolean;
  readonly dnat?: boolean;
  /** Seconds left before the entry expires. */
  readonly expire?: number;
  readonly helper?: string;
  readonly zone?: number;
}

/** TCP flag bits, as in the header (and as --tcp-flags names them). */
export const TCP_FLAG = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80 } as const;

export interface Packet {
  /** Unsigned 32-bit IPv4 addresses. */
  readonly src: number;
  readonly dst: number;
  /** IP protocol number (6 tcp, 17 udp, 1 icmp, 132 sctp). */
  readonly proto: number;
  readonly sport?: number;
  readonly dport?: number;
  /** TCP flags byte (TCP_FLAG bits). */
  readonly tcpFlags?: number;
  /** TCP option kinds present (2 = MSS ...), for --tcp-option. */
  readonly tcpOptions?: readonly number[];
  /** TCP MSS option value, for TCPMSS and tcpmss. */
  readonly tcpMss?: number;
  readonly icmpType?: number;
  readonly icmpCode?: number;
  /** Incoming interface (PREROUTING, INPUT, FORWARD); absent elsewhere. */
  readonly inIface?: string;
  /** Outgoing interface (FORWARD, OUTPUT, POSTROUTING); absent elsewhere. */
  readonly outIface?: string;
  /** Bridge ports, when the packet crosses a bridge (physdev). */
  readonly physIn?: string;
  readonly physOut?: string;
  readonly bridged?: boolean;
  /** IP total length in bytes. */
  readonly length: number;
  readonly ttl: number;
  /** The whole TOS byte (DSCP << 2 | ECN). */
  readonly tos: number;
  readonly id?: number;
  /** Don't-fragment bit. */
  readonly df?: boolean;
  /** Fragment offset in 8-byte units; non-zero for second and later fragments. */
  readonly fragOffset: number;
  readonly moreFragments?: boolean;
  /** skb->mark (nfmark). */
  readonly mark: number;
  readonly srcMac?: string;
  readonly dstMac?: string;
  readonly pktType?: PktType;
  /** SCTP chunks (type and flags), for the sctp match's --chunk-types. */
  readonly sctpChunks?: readonly { readonly type: number; readonly flags: number }[];
  /** Application payload, for the string match. */
  readonly payload?: string;
  readonly ct?: PacketConntrack;
  /**
   * The local socket that sent the packet (OUTPUT/POSTROUTING), for owner
   * and LOG --log-uid. `kind`: "kernel" for the kernel's own control sockets
   * (RSTs, echo replies, ICMP errors), which exist but have no file, so no
   * user or group; "request" for a SYN/ACK's request socket, which owner
   * sees as its listener (skb_to_full_sk) and LOG not at all (not a full socket).
   */
  readonly socket?: { readonly uid: number; readonly gid: number; readonly pid?: number; readonly kind?: "kernel" | "request" };
  /** Whether TRACE marked this packet. */
  readonly trace?: boolean;
}

/**
 * Connection tracking state as data (net/netfilter/nf_conntrack_core.c):
 * one entry per connection with its original and reply tuples, status bits,
 * the TCP state machine's state, the NAT it carries and when it expires.
 * Plain JSON, stored in the namespace (NetNamespace.conntrack).
 */

/**
 * A direction's tuple (struct nf_conntrack_tuple). TCP and UDP use the ports;
 * ICMP puts the echo id in `sport` and keeps its type and code (the reply
 * tuple of an echo request has type 0, as nf_conntrack_proto_icmp.c inverts it).
 */
export interface Tuple {
  readonly src: number;
  readonly dst: number;
  readonly proto: number;
  readonly sport: number;
  readonly dport: number;
  readonly type?: number;
  readonly code?: number;
}

/** TCP conntrack states, as /proc and conntrack(8) name them (tcp_conntrack_names). */
export type TcpCtState =
  | "NONE"
  | "SYN_SENT"
  | "SYN_RECV"
  | "ESTABLISHED"
  | "FIN_WAIT"
  | "CLOSE_WAIT"
  | "LAST_ACK"
  | "TIME_WAIT"
  | "CLOSE"
  | "SYN_SENT2";

/** The NAT manipulations a connection carries (IPS_SRC_NAT, IPS_DST_NAT and their _DONE bits). */
export interface NatDone {
  /** SNAT or MASQUERADE rewrote the source (of original packets; the destination of replies). */
  snat?: boolean;
  /** DNAT or REDIRECT rewrote the destination. */
  dnat?: boolean;
  /** The source (SRC) and destination (DST) manipulations are decided (IPS_*_NAT_DONE). */
  srcDone?: boolean;
  dstDone?: boolean;
  /** MASQUERADE's out interface: the binding dies with its address (nf_nat_masquerade.c). */
  masqIface?: string;
}

export interface ConnEntry {
  /** A number that identifies the entry (conntrack -o id). */
  id: number;
  orig: Tuple;
  /** The tuple replies carry, after NAT: what the reply's sender sees. */
  reply: Tuple;
  /** IPS_SEEN_REPLY: a packet went the other way. */
  seenReply: boolean;
  /** IPS_ASSURED: seen enough to be kept under pressure (and printed [ASSURED]). */
  assured: boolean;
  tcp?: TcpCtState;
  /** World time (ms) the connection's first packet was seen. */
  createdAtMs: number;
  /** World time (ms) at which the entry expires. */
  expiresAtMs: number;
  /** ct mark (CONNMARK, ct mark set). */
  mark: number;
  zone?: number;
  nat: NatDone;
}

/** An event as `conntrack -E` prints it: NEW, UPDATE, DESTROY of an entry at that moment. */
export interface CtEvent {
  readonly type: "NEW" | "UPDATE" | "DESTROY";
  /** A copy of the entry when the event happened. */
  readonly entry: ConnEntry;
  readonly atMs: number;
}

export interface ConntrackTable {
  /** Confirmed entries, oldest first. */
  entries: ConnEntry[];
  nextId: number;
}

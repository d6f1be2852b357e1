/**
 * Netfilter state of one namespace, as the iptables tools see it: tables of
 * chains of rules, each with its counters. Plain JSON (no classes, no Maps).
 *
 *   PREROUTING --> [route] --> FORWARD --> POSTROUTING -->
 *   (raw, mangle, nat)   |     (mangle,     (mangle, nat)
 *                        |      filter,         ^
 *                        v      security)       |
 *                      INPUT                  OUTPUT (raw, mangle, nat, filter, security)
 *               (mangle, nat, filter, security)  ^
 *                        |                       |
 *                        +---> local process ----+
 *
 * A namespace holds two independent rule sets, as a real Debian 12 host does:
 * the one iptables-nft edits (nf_tables) and the one iptables-legacy edits
 * (the x_tables ip_tables modules). `iptables` is whichever world.backend names.
 */
export type TableName = "raw" | "mangle" | "nat" | "filter" | "security";

export type HookName = "PREROUTING" | "INPUT" | "FORWARD" | "OUTPUT" | "POSTROUTING";

export type Backend = "nf_tables" | "legacy";

export interface Counters {
  packets: number;
  bytes: number;
}

/** A source or destination address test: (addr & mask) == net, or its negation. */
export interface AddrMatch {
  /** Address with the mask applied, unsigned 32-bit. */
  addr: number;
  /** Mask as an unsigned 32-bit number; need not be contiguous. */
  mask: number;
  invert?: boolean;
}

/** An interface test: "eth0", or "veth+" for every name beginning with "veth". */
export interface IfaceMatch {
  name: string;
  invert?: boolean;
}

/** The fixed part of every rule (the kernel's struct ipt_ip). Absent fields match everything. */
export interface IpMatch {
  src?: AddrMatch;
  dst?: AddrMatch;
  inIface?: IfaceMatch;
  outIface?: IfaceMatch;
  /** IP protocol number; 0 or absent is "all". */
  proto?: number;
  invertProto?: boolean;
  /** -f: only second and later fragments (`! -f`: only unfragmented packets and first fragments). */
  fragment?: { invert?: boolean };
}

/** A match module's use in a rule: the module's name (as `-m NAME`) and its parsed options. */
export interface MatchInstance {
  name: string;
  /** Module-defined, plain JSON. */
  data: unknown;
  /** Runtime state some matches keep between packets (limit's credit, statistic's counter). */
  state?: Record<string, unknown>;
}

export type StandardVerdict = "ACCEPT" | "DROP" | "RETURN" | "QUEUE";

export type TargetInstance =
  | { kind: "standard"; verdict: StandardVerdict }
  | { kind: "jump"; chain: string }
  | { kind: "goto"; chain: string }
  | { kind: "ext"; name: string; data: unknown };

export interface Rule {
  ip: IpMatch;
  matches: MatchInstance[];
  /** Absent for a rule without -j/-g: it only counts. */
  target?: TargetInstance;
  counters: Counters;
}

export interface Chain {
  name: string;
  /** Built-in chains have a policy; user chains have none. */
  policy?: "ACCEPT" | "DROP";
  /**
   * nf_tables: the base chain carries a counter, which iptables-nft attaches
   * when a policy is set (-P, or a policy line of iptables-restore). Without
   * one its policy counts nothing; legacy chains always count.
   */
  policyCounter?: boolean;
  /** Counters of the policy (built-in chains only; user chains keep 0:0). */
  counters: Counters;
  rules: Rule[];
}

export interface Table {
  /** Built-in chains first, in hook order; then user chains in the order they were created. */
  chains: Chain[];
}

export type TableSet = Partial<Record<TableName, Table>>;

export interface NetfilterState {
  /** Tables iptables-nft sees. A table appears the first time a command changes it. */
  nft: TableSet;
  /** Tables iptables-legacy sees. */
  legacy: TableSet;
  /** ipset's sets, in creation order (shared by both backends, as in the kernel). */
  ipsets?: IpSet[];
  /** Runtime state modules share by name across rules and backends (EvalContext.shared): "xt_recent/SSH" -> lists. */
  shared?: Record<string, Record<string, unknown>>;
}

/** The EvalContext.shared bucket for a key, created on first use. */
export function sharedState(state: NetfilterState, key: string): Record<string, unknown> {
  const all = (state.shared ??= {});
  return (all[key] ??= {});
}

/** One ipset (ip_set_core): its type, header options and members (engine/netfilter/ipset.ts works on it). */
export interface IpSet {
  name: string;
  /** "hash:ip", "hash:net", "hash:ip,port", "bitmap:port", "list:set", ... */
  type: string;
  revision: number;
  /** Hash sets. */
  family?: "inet" | "inet6";
  hashsize?: number;
  maxelem?: number;
  bucketsize?: number;
  initval?: number;
  /** hash:ip, hash:ip,port, bitmap:ip: addresses are kept masked to this prefix. */
  netmask?: number;
  /** Bitmap sets: the first and last address (as unsigned 32-bit) or port. */
  range?: [number, number];
  /** list:set: how many sets it can hold. */
  size?: number;
  /** Default timeout in seconds (0: members stay unless given one). */
  timeout?: number;
  counters?: boolean;
  comment?: boolean;
  skbinfo?: boolean;
  forceadd?: boolean;
  /** Members in insertion order (the hash sets list them in bucket order). */
  members: IpSetMember[];
}

/** One dimension of an element: an address (with a prefix for nets), a protocol and port, an interface, a MAC, a set. */
export interface IpSetDim {
  ip?: number;
  ip6?: number[];
  cidr?: number;
  proto?: number;
  port?: number;
  iface?: string;
  physdev?: boolean;
  mac?: string;
  set?: string;
}

export interface IpSetMember {
  dims: IpSetDim[];
  /** The words the kernel hashes (hash sets), which decide the listing order. */
  key?: number[];
  /** World time (ms) the member expires at, when it has a timeout. */
  expiresAtMs?: number;
  packets?: number;
  bytes?: number;
  comment?: string;
  nomatch?: boolean;
  skbmark?: [number, number];
  skbprio?: string;
  skbqueue?: number;
}

export function emptyNetfilter(): NetfilterState {
  return { nft: {}, legacy: {} };
}

export function backendTables(state: NetfilterState, backend: Backend): TableSet {
  return backend === "nf_tables" ? state.nft : state.legacy;
}

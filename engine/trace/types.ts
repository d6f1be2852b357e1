/**
 * A packet's path as data: the steps it took hook by hook, and where it
 * ended. The `trace` command prints it, the TUI shows it, the grader checks
 * goals against it. Everything is plain JSON with addresses as dotted quads.
 */
import type { Backend, HookName, TableName } from "../netfilter/types.js";

export interface PacketSummary {
  readonly src: string;
  readonly dst: string;
  /** "tcp", "udp", "icmp" or the protocol number. */
  readonly proto: string;
  readonly sport?: number;
  readonly dport?: number;
  /** TCP flags as tcpdump-like names: "SYN", "SYN,ACK", "RST,ACK". */
  readonly flags?: string;
  /** ICMP type (and code) by name: "echo-request", "port-unreachable". */
  readonly icmp?: string;
  /** IP total length (what counters count). */
  readonly len: number;
  readonly ttl: number;
  readonly mark?: number;
}

/** A rule by its place: `iptables -t TABLE -L CHAIN` line NUM, as `iptables -S` prints it. */
export interface RuleRef {
  readonly backend: Backend;
  readonly table: TableName;
  readonly chain: string;
  /** 1-based rule number; absent when the chain's policy decided. */
  readonly num?: number;
  /** "-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT"; absent for a policy. */
  readonly rule?: string;
  /** The policy, when it decided. */
  readonly policy?: "ACCEPT" | "DROP";
}

export type CtStateName = "NEW" | "ESTABLISHED" | "RELATED" | "INVALID" | "UNTRACKED";

export type TraceStep =
  /** The packet left a socket or the kernel built it (an answer, an error). */
  | { readonly kind: "send"; readonly ns: string; readonly by: string; readonly packet: PacketSummary }
  /** The packet enters a hook. */
  | { readonly kind: "hook"; readonly ns: string; readonly hook: HookName; readonly in?: string; readonly out?: string; readonly packet: PacketSummary }
  /** Connection tracking classified it. */
  | { readonly kind: "conntrack"; readonly ns: string; readonly state: CtStateName; readonly detail: string }
  /** A rule matched; `verdict` is what its target did (ACCEPT, DROP, CONTINUE, JUMP X, GOTO X, RETURN, DNAT ...). */
  | { readonly kind: "rule"; readonly ns: string; readonly ref: RuleRef; readonly verdict: string }
  /** A built-in chain's policy decided. */
  | { readonly kind: "policy"; readonly ns: string; readonly ref: RuleRef }
  /** The end of a user chain: back to the chain that jumped. */
  | { readonly kind: "return"; readonly ns: string; readonly backend: Backend; readonly table: TableName; readonly chain: string }
  /** An address or port was rewritten: by a rule (first packet) or by the connection's binding. */
  | { readonly kind: "nat"; readonly ns: string; readonly hook: HookName; readonly manip: "SRC" | "DST"; readonly how: "rule" | "binding"; readonly from: string; readonly to: string }
  /** A routing decision. */
  | { readonly kind: "route"; readonly ns: string; readonly decision: "local" | "forward" | "output"; readonly dev?: string; readonly via?: string; readonly text: string }
  /** The packet crossed a link into another interface (veth, bridge port, the internet, lo). */
  | { readonly kind: "link"; readonly fromNs: string; readonly fromDev: string; readonly toNs: string; readonly toDev: string; readonly via: "veth" | "loopback" | "internet" | "bridge" }
  /** A bridge forwarded the frame at layer 2 (or passed it up to itself). */
  | { readonly kind: "bridge"; readonly ns: string; readonly bridge: string; readonly inPort: string; readonly outPort?: string; readonly local: boolean; readonly brNetfilter: boolean }
  /** A line the kernel logged for it (LOG, TRACE). */
  | { readonly kind: "log"; readonly ns: string; readonly line: string }
  /** Something else worth saying (TTL decremented, REJECT answer built...). */
  | { readonly kind: "note"; readonly ns: string; readonly text: string };

export type DropCode =
  | "rule" | "policy" | "rejected" | "queue"
  | "forwarding-disabled" | "rp-filter" | "martian-source" | "martian-destination" | "no-route" | "blackhole" | "unreachable" | "prohibit" | "broadcast"
  | "ttl-exceeded" | "neighbour-failed" | "link-down" | "no-carrier" | "dummy" | "hop-limit" | "nat-failed" | "conntrack-invalid"
  | "no-listener" | "ignored" | "lost";

export type PacketEnd =
  /** Delivered to a socket. */
  | { readonly kind: "socket"; readonly ns: string; readonly proto: "tcp" | "udp"; readonly local: string; readonly port: number; readonly owner?: string }
  /** Taken by the kernel itself, which answers (echo reply, RST for a closed port, port unreachable). */
  | { readonly kind: "stack"; readonly ns: string; readonly answer: "echo-reply" | "rst" | "port-unreachable" | "proto-unreachable" | "none"; readonly text: string }
  /** Dropped (REJECT included: dropped, then answered). */
  | { readonly kind: "dropped"; readonly ns: string; readonly code: DropCode; readonly text: string; readonly by?: RuleRef; readonly hook?: HookName };

export interface PacketTrace {
  readonly steps: readonly TraceStep[];
  readonly end: PacketEnd;
}

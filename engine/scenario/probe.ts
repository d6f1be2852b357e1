/**
 * What a goal asks of the packet walk: send one connection (or ping) from a
 * host to a target and say where it ended. The walk itself lives in
 * engine/path; this is the narrow view goals need of it.
 */
import type { World } from "../world/types.js";

export interface ProbeRequest {
  /** Namespace id the packet starts in. */
  fromNs: string;
  proto: "tcp" | "udp" | "icmp";
  /** Destination address, unsigned 32-bit. */
  dst: number;
  /** Destination port (tcp, udp). */
  dport?: number;
}

export type ProbeEnd = "delivered" | "refused" | "dropped" | "rejected" | "no-route" | "unreachable";

export interface ProbeOutcome {
  end: ProbeEnd;
  /** delivered: the namespace and local port of the socket that took the connection. */
  socket?: { ns: string; port: number };
  /** dropped or rejected: the chain that stopped it, and the rule (its number and -S text) or its policy. */
  stoppedIn?: {
    table: string;
    chain: string;
    rule?: number;
    ruleText?: string;
    /** The chains it had jumped through to get there, built-in first: ["filter/FORWARD", "filter/DOCKER-USER"]. */
    via?: string[];
  };
  /** One sentence for the learner: what happened to the packet. */
  summary: string;
}

export type ProbeRunner = (world: World, request: ProbeRequest) => ProbeOutcome;

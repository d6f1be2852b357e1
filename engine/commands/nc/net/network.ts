/**
 * The network as the packet tools see it: one call per thing they send, one
 * outcome back (outcomes.ts). The packet walk with netfilter and conntrack
 * (engine/path/network.ts) implements it; current-network.ts picks it.
 */
import type { NetNamespace, World } from "../../../world/types.js";
import type { ConnectOutcome, DatagramOutcome, EchoOutcome } from "./outcomes.js";

export interface ConnectRequest {
  readonly dst: string;
  readonly dport: number;
  /** The bound source address (nc -s); the route's choice otherwise. */
  readonly src?: string;
  /** The bound source port (nc -p); an ephemeral port otherwise. */
  readonly sport?: number;
  /** When each SYN leaves, in ms after the first: the kernel's retransmissions that fit in the tool's wait. */
  readonly synTimesMs?: readonly number[];
  /** UDP payload bytes (nc -z's udptest writes one "X"). @default 0 */
  readonly bytes?: number;
}

/** What passes over a connection once it is open, until it closes (FIN both ways). */
export interface Exchange {
  readonly clientBytes: number;
  readonly serverBytes: number;
  /** Who sends the first FIN. */
  readonly closer: "client" | "server";
}

export interface EchoRequest {
  readonly dst: string;
  readonly src?: string;
  /** ping -I IFACE. */
  readonly oif?: string;
  readonly ttl?: number;
  readonly id: number;
  readonly seq: number;
}

export interface Network {
  connectTcp(world: World, ns: NetNamespace, req: ConnectRequest): ConnectOutcome;
  sendUdp(world: World, ns: NetNamespace, req: ConnectRequest): DatagramOutcome;
  echo(world: World, ns: NetNamespace, req: EchoRequest): EchoOutcome;
  /** Carries an exchange over a connection connectTcp opened, and closes it; a network that walks no packets has nothing to do. */
  converse(world: World, opened: Extract<ConnectOutcome, { kind: "connected" }>, exchange: Exchange): void;
}

/**
 * The packet walk as the packet tools' Network (engine/commands/nc/net/
 * network.ts): one call per thing a tool sends, one outcome back, with every
 * packet walked through netfilter and conntrack on the way. The shapes are
 * the tools' own (structurally), plus what only the walk can give: each
 * walked packet with its trace, and the open connection for tcpSend/tcpClose.
 *
 * Extra request fields the walk understands:
 * - `synTimesMs`: when each SYN leaves (ms after the first); without it one
 *   SYN is walked and "unanswered" leaves the retransmissions to the caller.
 * - `bytes`: UDP payload size (the counters count 28 + bytes).
 */
import type { NetNamespace, World } from "../world/types.js";
import type { Socket } from "./sockets.js";
import { sendTcpConnect, type TcpConnection } from "./tcp.js";
import { sendUdp } from "./udp.js";
import { sendPing } from "./ping.js";
import type { WalkedPacket } from "./send.js";

export interface WalkConnectRequest {
  readonly dst: string;
  readonly dport: number;
  readonly src?: string;
  readonly sport?: number;
  readonly synTimesMs?: readonly number[];
  readonly bytes?: number;
  readonly trace?: boolean;
}

export interface WalkEchoRequest {
  readonly dst: string;
  readonly src?: string;
  readonly oif?: string;
  readonly ttl?: number;
  readonly id: number;
  readonly seq: number;
  readonly trace?: boolean;
}

type Errno = "ECONNREFUSED" | "EHOSTUNREACH" | "ENETUNREACH" | "ENOPROTOOPT" | "EACCES" | "EPERM" | "EINVAL" | "ETIMEDOUT";

export type WalkConnectOutcome =
  | { readonly kind: "connected"; readonly local: string; readonly localPort: number; readonly peer: { readonly ns: string; readonly socket: Socket }; readonly afterMs: number; readonly connection: TcpConnection; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "failed"; readonly errno: Errno; readonly afterMs: number; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "unanswered"; readonly packets: readonly WalkedPacket[] };

export type WalkDatagramOutcome =
  | { readonly kind: "delivered"; readonly local: string; readonly localPort: number; readonly peer: { readonly ns: string; readonly socket: Socket }; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "icmp-error"; readonly errno: Errno; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "lost"; readonly localPort?: number; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "failed"; readonly errno: Errno; readonly packets: readonly WalkedPacket[] };

export type WalkEchoOutcome =
  | { readonly kind: "reply"; readonly from: string; readonly ttl: number; readonly rttMs: number; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "icmp-error"; readonly error: { readonly from: string; readonly type: number; readonly code: number }; readonly afterMs: number; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "neigh-failed"; readonly from: string; readonly afterMs: number; readonly packets: readonly WalkedPacket[] }
  | { readonly kind: "lost"; readonly packets: readonly WalkedPacket[] };

const asErrno = (e: string): Errno => (["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOPROTOOPT", "EACCES", "EPERM", "EINVAL", "ETIMEDOUT"].includes(e) ? (e as Errno) : "EHOSTUNREACH");

/** Link crossings of the request and its answer, at about 25 µs each on a veth. */
function rttOf(packets: readonly WalkedPacket[]): number {
  const links = packets.reduce((n, p) => n + p.trace.steps.filter((s) => s.kind === "link").length, 0);
  return Math.max(0.02, links * 0.025);
}

export const walkNetwork = {
  connectTcp(world: World, ns: NetNamespace, req: WalkConnectRequest): WalkConnectOutcome {
    const r = sendTcpConnect(world, {
      fromNs: ns.id,
      dst: req.dst,
      dport: req.dport,
      ...(req.src !== undefined ? { src: req.src } : {}),
      ...(req.sport !== undefined ? { sport: req.sport } : {}),
      synTimesMs: req.synTimesMs ?? [0],
      trace: req.trace ?? false,
    });
    const o = r.outcome;
    switch (o.kind) {
      case "connected":
        return { kind: "connected", local: r.src!, localPort: r.sport!, peer: r.server!, afterMs: r.elapsedMs, connection: r.connection!, packets: r.packets };
      case "refused":
        return { kind: "failed", errno: "ECONNREFUSED", afterMs: r.elapsedMs, packets: r.packets };
      case "icmp-error":
      case "no-route":
        return { kind: "failed", errno: asErrno(o.errno), afterMs: r.elapsedMs, packets: r.packets };
      case "timeout":
        return { kind: "unanswered", packets: r.packets };
    }
  },

  sendUdp(world: World, ns: NetNamespace, req: WalkConnectRequest): WalkDatagramOutcome {
    const r = sendUdp(world, {
      fromNs: ns.id,
      dst: req.dst,
      dport: req.dport,
      ...(req.src !== undefined ? { src: req.src } : {}),
      ...(req.sport !== undefined ? { sport: req.sport } : {}),
      bytes: req.bytes ?? 0,
      trace: req.trace ?? false,
    });
    const o = r.outcome;
    switch (o.kind) {
      case "delivered":
        return { kind: "delivered", local: r.src!, localPort: r.sport!, peer: { ns: o.ns, socket: o.socket }, packets: r.packets };
      case "icmp-error":
        return { kind: "icmp-error", errno: asErrno(o.errno), packets: r.packets };
      case "no-route":
        return { kind: "failed", errno: asErrno(o.errno), packets: r.packets };
      case "lost":
        return { kind: "lost", ...(r.sport !== undefined ? { localPort: r.sport } : {}), packets: r.packets };
    }
  },

  echo(world: World, ns: NetNamespace, req: WalkEchoRequest): WalkEchoOutcome {
    const r = sendPing(world, {
      fromNs: ns.id,
      dst: req.dst,
      ...(req.src !== undefined ? { src: req.src } : {}),
      ...(req.ttl !== undefined ? { ttl: req.ttl } : {}),
      ...(req.oif !== undefined ? { oif: req.oif } : {}),
      id: req.id,
      seq: req.seq,
      trace: req.trace ?? false,
    });
    const o = r.outcome;
    switch (o.kind) {
      case "reply":
        return { kind: "reply", from: o.from, ttl: o.ttl, rttMs: rttOf(r.packets), packets: r.packets };
      case "icmp-error":
        return { kind: "icmp-error", error: { from: o.from, type: o.type, code: o.code }, afterMs: o.afterMs, packets: r.packets };
      case "neigh-failed":
        return { kind: "neigh-failed", from: o.from, afterMs: o.afterMs, packets: r.packets };
      default:
        return { kind: "lost", packets: r.packets };
    }
  },
};

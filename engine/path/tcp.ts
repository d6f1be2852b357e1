/**
 * TCP conversations as the tools have them, walked packet by packet: connect()
 * (SYN, retransmitted at 1, 3, 7, 15, 31 and 63 s until the tool gives up or
 * tcp_syn_retries=6 runs out at 127 s; SYN/ACK; ACK), data one way and the
 * other, and the close (FIN, FIN/ACK, ACK). Every segment walks the whole
 * path, so conntrack states and every counter are what Linux would show.
 *
 * What ends a connect: a SYN/ACK (connected), an RST (ECONNREFUSED,
 * "Connection refused"), an ICMP error about the SYN (tcp_v4_err in SYN_SENT:
 * icmp_err_convert's errno at once), nothing (ETIMEDOUT, or the tool's own
 * timeout), or no route before anything leaves (ENETUNREACH).
 */
import type { World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import { nextUint32 } from "../world/random.js";
import { formatIpv4, parseIpv4 } from "../addr/ipv4.js";
import { closeSocket, enterTimeWait, lookupSocket, socketsOf, type Socket, type SocketOwner } from "./sockets.js";
import { findNamespace } from "./find-ns.js";
import { ephemeralPort } from "./ports.js";
import { routeOutput } from "./route.js";
import { routeGet } from "../net/route-get.js";
import { tcpSegment, tcpSyn, type TcpEnds } from "./segments.js";
import { drain, sendOne, type SendOutcome, type WalkedPacket } from "./send.js";
import { icmpErrno, type IcmpErrno } from "./icmp-errno.js";

export interface TcpConnectOptions {
  /** The client's namespace: an id, an `ip netns` name or a hostname. */
  readonly fromNs: string;
  readonly dst: string;
  readonly dport: number;
  /** The address to send from (`nc -s`); the route's choice by default. */
  readonly src?: string;
  /** The client port; an ephemeral one by default. */
  readonly sport?: number;
  /** How long the tool waits for the connection, in ms (nc -w, curl --connect-timeout). @default 127000 */
  readonly timeoutMs?: number;
  /**
   * When each SYN leaves, in ms after the first (0 first); the caller's own
   * schedule (tcp_syn_retries, tcp_syn_linear_timeouts, the tool's timeout).
   * @default SYN_SCHEDULE_MS cut at timeoutMs
   */
  readonly synTimesMs?: readonly number[];
  /** Record each packet's steps. @default true */
  readonly trace?: boolean;
  /** Who owns the client socket (for ss -p). */
  readonly owner?: SocketOwner;
}

export type ConnectOutcome =
  | { readonly kind: "connected" }
  | { readonly kind: "refused"; readonly errno: "ECONNREFUSED"; readonly text: string }
  | { readonly kind: "icmp-error"; readonly errno: IcmpErrno; readonly text: string; readonly icmp: string; readonly from: string }
  | { readonly kind: "timeout"; readonly errno: "ETIMEDOUT"; readonly text: string }
  | { readonly kind: "no-route"; readonly errno: "ENETUNREACH" | "EHOSTUNREACH" | "EINVAL" | "EACCES"; readonly text: string };

/** Both ends of an open connection, each as its own side sees it (NAT may make them differ). */
export interface TcpConnection {
  readonly clientNs: string;
  readonly serverNs: string;
  readonly client: TcpEnds;
  readonly server: TcpEnds;
  clientSeq: number;
  serverSeq: number;
  clientId: number;
  serverId: number;
  open: boolean;
}

export interface TcpConnectResult {
  readonly outcome: ConnectOutcome;
  /** Every packet walked, in the order they were sent. */
  readonly packets: readonly WalkedPacket[];
  readonly src?: string;
  readonly sport?: number;
  /** How long the real tool would have waited, in ms (the caller may advance the clock). */
  readonly elapsedMs: number;
  /** The listener that accepted it. */
  readonly server?: { readonly ns: string; readonly socket: Socket };
  readonly connection?: TcpConnection;
}

/** When Linux sends a SYN again: 1 s initial RTO, doubling, tcp_syn_retries=6. */
export const SYN_SCHEDULE_MS: readonly number[] = [0, 1000, 3000, 7000, 15000, 31000, 63000];
export const SYN_GIVE_UP_MS = 127000;
/** ARP gives up after 3 tries a second apart (ucast_solicit + mcast_solicit, retrans_time 1 s). */
export const ARP_FAIL_MS = 3000;

export function sendTcpConnect(world: World, opts: TcpConnectOptions): TcpConnectResult {
  const ns = findNamespace(world, opts.fromNs);
  if (!ns) throw new Error(`no namespace "${opts.fromNs}"`);
  const record = opts.trace ?? true;
  const dst = parseIpv4(opts.dst);
  if (dst === undefined) throw new Error(`"${opts.dst}" is not an IPv4 address`);
  const wanted = opts.src !== undefined ? parseIpv4(opts.src) : undefined;
  const route = routeOutput(ns, dst, wanted);
  if ("errno" in route) return { outcome: { kind: "no-route", errno: route.errno, text: route.text }, packets: [], elapsedMs: 0 };
  // tcp_v4_connect: a route flagged RTCF_MULTICAST or RTCF_BROADCAST is no way to a peer.
  const kind = routeGet(ns, opts.dst);
  if (typeof kind !== "string" && (kind.type === "multicast" || kind.type === "broadcast")) {
    return { outcome: { kind: "no-route", errno: "ENETUNREACH", text: "Network is unreachable" }, packets: [], elapsedMs: 0 };
  }
  const src = wanted ?? route.src;
  const sport = opts.sport ?? ephemeralPort(world, ns, "tcp");
  const ends: TcpEnds = { src, dst, sport, dport: opts.dport };
  const sock: Socket = { proto: "tcp", local: formatIpv4(src), localPort: sport, remote: opts.dst, remotePort: opts.dport, state: "SYN_SENT" };
  if (opts.owner) sock.owner = opts.owner;
  socketsOf(ns).push(sock);
  const packets: WalkedPacket[] = [];
  const timeout = Math.min(opts.timeoutMs ?? SYN_GIVE_UP_MS, SYN_GIVE_UP_MS);
  const seq = nextUint32(world.random);
  let id = nextUint32(world.random) & 0xffff;
  for (const at of opts.synTimesMs ?? SYN_SCHEDULE_MS) {
    if (opts.synTimesMs === undefined && at >= timeout) break;
    const first = sendOne(world, ns, tcpSyn(world, ns, ends, id, seq), "connect() SYN", record);
    id = (id + 1) & 0xffff;
    packets.push(first.walked);
    const answer = answerFor(world, first, ends, packets, record);
    if (!answer) continue;
    if (answer.kind === "synack") {
      sock.state = "ESTABLISHED";
      const conn = establish(world, opts, ends, answer.synack, answer.server, seq, id, packets, record);
      const srv = lookupSocket(world, world.namespaces[answer.server.ns]!, "tcp", answer.server.src, answer.server.sport, answer.server.dst, answer.server.dport);
      return { outcome: { kind: "connected" }, packets, src: formatIpv4(src), sport, elapsedMs: at, connection: conn, ...(srv ? { server: { ns: answer.server.ns, socket: srv } } : {}) };
    }
    closeSocket(ns, sock);
    if (answer.kind === "rst") return { outcome: { kind: "refused", errno: "ECONNREFUSED", text: "Connection refused" }, packets, src: formatIpv4(src), sport, elapsedMs: at };
    const waited = at + (answer.arp ? ARP_FAIL_MS : 0);
    if (waited >= timeout) break;
    return { outcome: { kind: "icmp-error", errno: answer.errno.errno, text: answer.errno.text, icmp: answer.icmp, from: answer.from }, packets, src: formatIpv4(src), sport, elapsedMs: waited };
  }
  closeSocket(ns, sock);
  return { outcome: { kind: "timeout", errno: "ETIMEDOUT", text: "Connection timed out" }, packets, src: formatIpv4(src), sport, elapsedMs: timeout };
}

type Answer =
  | { kind: "synack"; synack: WirePacket; server: TcpEnds & { ns: string } }
  | { kind: "rst" }
  | { kind: "icmp"; errno: { errno: IcmpErrno; text: string }; icmp: string; from: string; arp: boolean };

/** Walks what the SYN provoked and finds what reached the client about it. */
function answerFor(world: World, first: SendOutcome, ends: TcpEnds, packets: WalkedPacket[], record: boolean): Answer | undefined {
  let found: Answer | undefined;
  let server: (TcpEnds & { ns: string }) | undefined;
  if (first.end.kind === "socket") {
    const p = first.last;
    server = { ns: first.end.ns, src: p.dst, dst: p.src, sport: p.dport ?? 0, dport: p.sport ?? 0 };
  }
  const arp = first.end.kind === "dropped" && first.end.code === "neighbour-failed";
  drain(world, first.generated, record, (o) => {
    packets.push(o.walked);
    if (found) return;
    const p = o.last;
    const atClient = o.end.ns === first.walked.ns && p.dst === ends.src && (o.end.kind === "socket" || o.end.kind === "stack");
    if (!atClient) return;
    if (p.proto === 6 && p.sport === ends.dport && p.dport === ends.sport) {
      const f = p.tcpFlags ?? 0;
      if (f & TCP_FLAG.RST) found = { kind: "rst" };
      else if ((f & (TCP_FLAG.SYN | TCP_FLAG.ACK)) === (TCP_FLAG.SYN | TCP_FLAG.ACK) && server && o.end.kind === "socket") found = { kind: "synack", synack: p, server };
      return;
    }
    const q = p.inner;
    if (p.proto === 1 && q && q.proto === 6 && q.src === ends.src && q.sport === ends.sport && q.dport === ends.dport) {
      const e = icmpErrno(p.icmpType ?? 0, p.icmpCode ?? 0, "tcp");
      found = { kind: "icmp", errno: e, icmp: e.icmp, from: formatIpv4(p.src), arp };
    }
  });
  return found;
}

/** The handshake's last ACK, and the sockets both ends keep. */
function establish(world: World, opts: TcpConnectOptions, client: TcpEnds, synack: WirePacket, server: TcpEnds & { ns: string }, seq: number, id: number, packets: WalkedPacket[], record: boolean): TcpConnection {
  const ns = findNamespace(world, opts.fromNs)!;
  const conn: TcpConnection = {
    clientNs: ns.id,
    serverNs: server.ns,
    client,
    server: { src: server.src, dst: server.dst, sport: server.sport, dport: server.dport },
    clientSeq: (seq + 1) >>> 0,
    serverSeq: ((synack.seq ?? 0) + 1) >>> 0,
    clientId: id,
    serverId: nextUint32(world.random) & 0xffff,
    open: true,
  };
  const ack = tcpSegment(world, ns, client, conn.clientId, conn.clientSeq, conn.serverSeq, 0, 0, false);
  conn.clientId = (conn.clientId + 1) & 0xffff;
  const last = walkSegment(world, ns.id, ack, "connect() ACK", packets, record);
  // A server that writes as soon as it accepts (nc -l < file, a greeting): its data, and the client's ACK.
  if (last.end.kind === "socket") {
    const srvNs = world.namespaces[server.ns]!;
    const accepted = lookupSocket(world, srvNs, "tcp", server.src, server.sport, server.dst, server.dport);
    const sends = accepted?.sends;
    if (sends) {
      const bytes = new TextEncoder().encode(sends).length;
      const got = tcpSend(world, conn, { from: "server", bytes, trace: record });
      packets.push(...got.packets);
      if (got.delivered) packets.push(...tcpSend(world, conn, { from: "client", bytes: 0, trace: record }).packets);
    }
  }
  return conn;
}

function walkSegment(world: World, nsId: string, p: WirePacket, by: string, packets: WalkedPacket[], record: boolean): SendOutcome {
  const o = sendOne(world, world.namespaces[nsId]!, p, by, record);
  packets.push(o.walked);
  drain(world, o.generated, record, (x) => packets.push(x.walked));
  return o;
}

export interface TcpSendOptions {
  /** Which end sends. */
  readonly from: "client" | "server";
  readonly bytes: number;
  /** Add FIN to the segment (the sender is done). */
  readonly fin?: boolean;
  /** The sender's socket is in TIME_WAIT (the last ACK of a close). */
  readonly timeWait?: boolean;
  readonly trace?: boolean;
}

/** One segment on an open connection (data with PSH, or a bare ACK when bytes is 0), and where it ended. */
export function tcpSend(world: World, conn: TcpConnection, opts: TcpSendOptions): { packets: WalkedPacket[]; delivered: boolean } {
  const record = opts.trace ?? true;
  const packets: WalkedPacket[] = [];
  const client = opts.from === "client";
  const ends = client ? conn.client : conn.server;
  const nsId = client ? conn.clientNs : conn.serverNs;
  const ns = world.namespaces[nsId]!;
  let flags = opts.bytes > 0 ? TCP_FLAG.PSH : 0;
  if (opts.fin) flags |= TCP_FLAG.FIN;
  const seq = client ? conn.clientSeq : conn.serverSeq;
  const ack = client ? conn.serverSeq : conn.clientSeq;
  const id = client ? conn.clientId : conn.serverId;
  const p = tcpSegment(world, ns, ends, id, seq, ack, flags, opts.bytes, !client, opts.timeWait ?? false);
  const advance = opts.bytes + (opts.fin ? 1 : 0);
  if (client) {
    conn.clientSeq = (conn.clientSeq + advance) >>> 0;
    conn.clientId = (id + 1) & 0xffff;
  } else {
    conn.serverSeq = (conn.serverSeq + advance) >>> 0;
    conn.serverId = (id + 1) & 0xffff;
  }
  const o = walkSegment(world, nsId, p, opts.fin ? "close() FIN" : opts.bytes > 0 ? "send()" : "ACK", packets, record);
  return { packets, delivered: o.end.kind === "socket" };
}

/**
 * close() from one end with the other answering at once, as nc -z and curl
 * do: FIN/ACK, FIN/ACK, ACK. The other end's socket goes; the closing end's
 * stays in TIME_WAIT for 60 s (tcp_time_wait).
 */
export function tcpClose(world: World, conn: TcpConnection, by: "client" | "server" = "client", trace = true): WalkedPacket[] {
  const other = by === "client" ? "server" : "client";
  const packets = [
    ...tcpSend(world, conn, { from: by, bytes: 0, fin: true, trace }).packets,
    ...tcpSend(world, conn, { from: other, bytes: 0, fin: true, trace }).packets,
    ...tcpSend(world, conn, { from: by, bytes: 0, timeWait: true, trace }).packets,
  ];
  conn.open = false;
  for (const [side, nsId, ends] of [["client", conn.clientNs, conn.client], ["server", conn.serverNs, conn.server]] as const) {
    const ns = world.namespaces[nsId];
    if (!ns) continue;
    const s = lookupSocket(world, ns, "tcp", ends.src, ends.sport, ends.dst, ends.dport);
    if (!s || s.remote === undefined) continue;
    if (side === by) enterTimeWait(world, s);
    else closeSocket(ns, s);
  }
  return packets;
}

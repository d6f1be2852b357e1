/**
 * The sockets of a namespace as the packet walk needs them: listeners that
 * tools (nc -l) and scenario servers register, and the connected sockets a
 * conversation leaves open. A packet that reaches a local address is handed to
 * the socket __inet_lookup_skb would find (an established one first, then the
 * most specific listener), or answered with RST / ICMP port unreachable.
 *
 * A socket owned by a background job lives only while that job runs. The end
 * that closed first keeps a TIME_WAIT socket for TCP_TIMEWAIT_LEN (60 s of
 * the world's clock), owned by no process (inet_twsk), which ss lists.
 */
import type { NetNamespace, World } from "../world/types.js";
import { formatIpv4, parseIpv4 } from "../addr/ipv4.js";

export type SocketProto = "tcp" | "udp";

export type SocketState = "LISTEN" | "ESTABLISHED" | "UNCONN" | "SYN_SENT" | "SYN_RECV" | "CLOSE_WAIT" | "FIN_WAIT1" | "TIME_WAIT";

export interface SocketOwner {
  /** The process (ss -p shows it). */
  readonly pid?: number;
  /** The background job whose life the socket shares. */
  readonly jobId?: number;
  /** "nc", "nginx": the program name ss -p prints. */
  readonly command?: string;
}

export interface Socket {
  proto: SocketProto;
  /** Bound address, "0.0.0.0" for any. */
  local: string;
  localPort: number;
  /** The peer of a connected socket. */
  remote?: string;
  remotePort?: number;
  state: SocketState;
  owner?: SocketOwner;
  /** What a server answers each request with, in bytes of payload (a scenario's web server). @default 0 */
  replyBytes?: number;
  /** The server takes one connection, then closes and its owner job ends (nc -l without -k). */
  once?: boolean;
  /** What the server writes to each connection it accepts (`nc -l < response`, a canned HTTP server). */
  sends?: string;
  /** When a TIME_WAIT socket goes, on the world's clock (ms). */
  expiresAtMs?: number;
}

/** TCP_TIMEWAIT_LEN (include/net/tcp.h): 60 s. */
export const TCP_TIMEWAIT_LEN_MS = 60_000;

export function socketsOf(ns: NetNamespace): Socket[] {
  ns.sockets ??= [];
  return ns.sockets;
}

/** Whether a socket still exists: its owning job, if any, is running; a TIME_WAIT one has not expired. */
export function socketAlive(world: World, s: Socket): boolean {
  if (s.expiresAtMs !== undefined && world.clock.nowMs >= s.expiresAtMs) return false;
  const job = s.owner?.jobId;
  if (job === undefined) return true;
  return world.processes.jobs.some((j) => j.id === job && j.state === "Running");
}

/** Drops the sockets of jobs that ended. */
export function pruneSockets(world: World, ns: NetNamespace): void {
  if (ns.sockets && ns.sockets.some((s) => !socketAlive(world, s))) ns.sockets = ns.sockets.filter((s) => socketAlive(world, s));
}

export interface ListenOptions {
  proto: SocketProto;
  /** @default "0.0.0.0" */
  addr?: string;
  port: number;
  owner?: SocketOwner;
  replyBytes?: number;
}

/** bind + listen (TCP) or bind (UDP). Fails with EADDRINUSE as inet_csk_get_port would. */
export function listen(world: World, ns: NetNamespace, opts: ListenOptions): Socket | "EADDRINUSE" | "EADDRNOTAVAIL" {
  pruneSockets(world, ns);
  const addr = opts.addr ?? "0.0.0.0";
  if (parseIpv4(addr) === undefined) return "EADDRNOTAVAIL";
  const clash = socketsOf(ns).some(
    (s) => s.proto === opts.proto && s.localPort === opts.port && s.state !== "TIME_WAIT" && !s.remote && (s.local === addr || s.local === "0.0.0.0" || addr === "0.0.0.0"),
  );
  if (clash) return "EADDRINUSE";
  const sock: Socket = { proto: opts.proto, local: addr, localPort: opts.port, state: opts.proto === "tcp" ? "LISTEN" : "UNCONN" };
  if (opts.owner) sock.owner = opts.owner;
  if (opts.replyBytes !== undefined) sock.replyBytes = opts.replyBytes;
  socketsOf(ns).push(sock);
  return sock;
}

/** tcp_time_wait: the socket becomes a timewait one, no longer any process's, until the timer ends it. */
export function enterTimeWait(world: World, sock: Socket): void {
  sock.state = "TIME_WAIT";
  delete sock.owner;
  delete sock.sends;
  delete sock.once;
  sock.expiresAtMs = world.clock.nowMs + TCP_TIMEWAIT_LEN_MS;
}

export function closeSocket(ns: NetNamespace, sock: Socket): void {
  const list = socketsOf(ns);
  const at = list.indexOf(sock);
  if (at >= 0) list.splice(at, 1);
}

/**
 * __inet_lookup_skb: the connected socket of the 4-tuple, else the listener
 * bound to the address (before one bound to any address). A TIME_WAIT socket
 * is passed over: a new SYN on its 4-tuple goes to the listener (TCP_TW_SYN).
 */
export function lookupSocket(world: World, ns: NetNamespace, proto: SocketProto, dst: number, dport: number, src: number, sport: number): Socket | undefined {
  const list = ns.sockets;
  if (!list || list.length === 0) return undefined;
  const d = formatIpv4(dst);
  const s = formatIpv4(src);
  let any: Socket | undefined;
  let exact: Socket | undefined;
  for (const sock of list) {
    if (sock.proto !== proto || sock.localPort !== dport || sock.state === "TIME_WAIT" || !socketAlive(world, sock)) continue;
    if (sock.remote !== undefined) {
      if (sock.remote === s && sock.remotePort === sport && (sock.local === d || sock.local === "0.0.0.0")) return sock;
      continue;
    }
    if (sock.local === d) exact ??= sock;
    else if (sock.local === "0.0.0.0") any ??= sock;
  }
  return exact ?? any;
}

/** A local port no socket of the protocol uses. */
export function portInUse(ns: NetNamespace, proto: SocketProto, port: number): boolean {
  return (ns.sockets ?? []).some((s) => s.proto === proto && s.localPort === port);
}

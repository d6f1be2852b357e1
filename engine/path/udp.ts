/**
 * A UDP datagram as nc -u or a resolver sends it (from a connected socket,
 * so the answer and ICMP errors find it), walked to its end; a server
 * socket that answers sends its datagram back, walked too.
 */
import type { World } from "../world/types.js";
import { nextUint32 } from "../world/random.js";
import { formatIpv4, parseIpv4 } from "../addr/ipv4.js";
import { closeSocket, lookupSocket, socketsOf, type Socket, type SocketOwner } from "./sockets.js";
import { findNamespace } from "./find-ns.js";
import { ephemeralPort } from "./ports.js";
import { routeOutput } from "./route.js";
import { udpDatagram } from "./segments.js";
import { drain, sendOne, type WalkedPacket } from "./send.js";
import { icmpErrno, type IcmpErrno } from "./icmp-errno.js";

export interface UdpSendOptions {
  readonly fromNs: string;
  readonly dst: string;
  readonly dport: number;
  readonly src?: string;
  readonly sport?: number;
  /** Bytes of payload. @default 0 */
  readonly bytes?: number;
  /** Bytes the server answers with when it answers (a socket's `sends` or `replyBytes` otherwise). */
  readonly replyBytes?: number;
  /** Keep the client socket afterwards (nc -u stays). @default false */
  readonly keepSocket?: boolean;
  readonly trace?: boolean;
  readonly owner?: SocketOwner;
}

export type UdpOutcome =
  | { readonly kind: "delivered"; readonly ns: string; readonly socket: Socket; readonly answered: boolean }
  | { readonly kind: "icmp-error"; readonly errno: IcmpErrno; readonly text: string; readonly icmp: string; readonly from: string }
  | { readonly kind: "lost" }
  | { readonly kind: "no-route"; readonly errno: "ENETUNREACH" | "EHOSTUNREACH" | "EINVAL" | "EACCES"; readonly text: string };

export interface UdpSendResult {
  readonly outcome: UdpOutcome;
  readonly packets: readonly WalkedPacket[];
  readonly src?: string;
  readonly sport?: number;
}

export function sendUdp(world: World, opts: UdpSendOptions): UdpSendResult {
  const ns = findNamespace(world, opts.fromNs);
  if (!ns) throw new Error(`no namespace "${opts.fromNs}"`);
  const record = opts.trace ?? true;
  const dst = parseIpv4(opts.dst);
  if (dst === undefined) throw new Error(`"${opts.dst}" is not an IPv4 address`);
  const wanted = opts.src !== undefined ? parseIpv4(opts.src) : undefined;
  const route = routeOutput(ns, dst, wanted);
  if ("errno" in route) return { outcome: { kind: "no-route", errno: route.errno, text: route.text }, packets: [] };
  const src = wanted ?? route.src;
  const sport = opts.sport ?? ephemeralPort(world, ns, "udp");
  const sock: Socket = { proto: "udp", local: formatIpv4(src), localPort: sport, remote: opts.dst, remotePort: opts.dport, state: "ESTABLISHED" };
  if (opts.owner) sock.owner = opts.owner;
  socketsOf(ns).push(sock);
  const packets: WalkedPacket[] = [];
  const first = sendOne(world, ns, udpDatagram(ns, src, dst, sport, opts.dport, opts.bytes ?? 0, nextUint32(world.random) & 0xffff), "sendto()", record);
  packets.push(first.walked);
  let outcome: UdpOutcome = { kind: "lost" };
  drain(world, first.generated, record, (o) => {
    packets.push(o.walked);
    const p = o.last;
    const q = p.inner;
    if (outcome.kind === "lost" && o.end.ns === ns.id && p.proto === 1 && q && q.proto === 17 && q.sport === sport && q.src === src) {
      const e = icmpErrno(p.icmpType ?? 0, p.icmpCode ?? 0, "udp");
      outcome = { kind: "icmp-error", errno: e.errno, text: e.text, icmp: e.icmp, from: formatIpv4(p.src) };
    }
  });
  if (first.end.kind === "socket") {
    const there = world.namespaces[first.end.ns]!;
    const arrived = first.last;
    const server = lookupSocket(world, there, "udp", arrived.dst, arrived.dport ?? 0, arrived.src, arrived.sport ?? 0)!;
    const answer = opts.replyBytes ?? (server.sends !== undefined ? utf8Length(server.sends) : server.replyBytes);
    let answered = false;
    if (answer !== undefined) {
      const back = sendOne(world, there, udpDatagram(there, arrived.dst, arrived.src, arrived.dport ?? 0, arrived.sport ?? 0, answer, nextUint32(world.random) & 0xffff), "server sendto()", record);
      packets.push(back.walked);
      answered = back.end.kind === "socket" && back.end.ns === ns.id;
      drain(world, back.generated, record, (o) => packets.push(o.walked));
    }
    outcome = { kind: "delivered", ns: there.id, socket: server, answered };
  }
  if (!opts.keepSocket) closeSocket(ns, sock);
  return { outcome, packets, src: formatIpv4(src), sport };
}

export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

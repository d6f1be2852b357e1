/**
 * The segments, datagrams and echoes Linux sends, with their real sizes and
 * header values (recorded with LOG on Linux): a connect()'s SYN is 60 bytes
 * (window 64240, MSS, SACK-permitted, timestamps, window scale), the SYN/ACK
 * 60 (window 65160, IP ID 0), later segments 52 plus data with the timestamp
 * option (window 502 from the client, 509 from the server, as a 6.1 kernel
 * sends after the handshake), UDP 28 plus data, ping's echo request 84.
 * Every one of them has DF set except echo replies and ICMP errors.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { IP_HEADER, PING_DATA, ICMP_HEADER, SYN_OPTION_KINDS, TCP_HEADER, TCP_SYN_OPTIONS, TCP_TS_OPTIONS, TS_OPTION_KINDS, UDP_HEADER } from "../packet/wire.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import { nextUint32 } from "../world/random.js";
import { defaultTtl } from "./answers.js";

function base(ns: NetNamespace, src: number, dst: number, proto: number, length: number, id: number): WirePacket {
  return { src, dst, proto, length, ttl: defaultTtl(ns), tos: 0, id, df: true, fragOffset: 0, mark: 0 };
}

/** The lab's programs run as root: what LOG --log-uid and legacy TRACE print as UID=0 GID=0 (full sockets only). */
export const ROOT_SOCKET = { uid: 0, gid: 0 } as const;

/** The kernel's per-namespace control sockets (tcp_v4_send_reset, icmp_send, icmp_reply): owner sees a socket without a file. */
export const KERNEL_SOCKET = { uid: 0, gid: 0, kind: "kernel" } as const;

/** A SYN/ACK's request socket: owner looks through it to the listener (run by root); LOG prints no UID for it. */
export const REQUEST_SOCKET = { uid: 0, gid: 0, kind: "request" } as const;

/** TCP timestamps tick in milliseconds from a per-connection random offset (tcp_time_stamp_raw + ts_offset). */
function tsNow(world: World): number {
  return Math.floor(world.clock.nowMs) >>> 0;
}

export interface TcpEnds {
  readonly src: number;
  readonly dst: number;
  readonly sport: number;
  readonly dport: number;
}

export function tcpSyn(world: World, ns: NetNamespace, e: TcpEnds, id: number, seq: number): WirePacket {
  return {
    ...base(ns, e.src, e.dst, 6, IP_HEADER + TCP_HEADER + TCP_SYN_OPTIONS, id),
    socket: ROOT_SOCKET,
    sport: e.sport,
    dport: e.dport,
    tcpFlags: TCP_FLAG.SYN,
    tcpOptions: SYN_OPTION_KINDS,
    tcpMss: 1460,
    window: 64240,
    seq,
    ackSeq: 0,
    tsVal: tsNow(world),
    tsEcr: 0,
    payloadLen: 0,
  };
}

/** tcp_v4_conn_request → tcp_make_synack: the listener's answer to a SYN. */
export function synAck(world: World, ns: NetNamespace, syn: WirePacket): WirePacket {
  return {
    ...base(ns, syn.dst, syn.src, 6, IP_HEADER + TCP_HEADER + TCP_SYN_OPTIONS, 0),
    socket: REQUEST_SOCKET,
    sport: syn.dport,
    dport: syn.sport,
    tcpFlags: TCP_FLAG.SYN | TCP_FLAG.ACK,
    tcpOptions: SYN_OPTION_KINDS,
    tcpMss: 1460,
    window: 65160,
    seq: nextUint32(world.random),
    ackSeq: ((syn.seq ?? 0) + 1) >>> 0,
    tsVal: tsNow(world),
    tsEcr: syn.tsVal ?? 0,
    payloadLen: 0,
  };
}

/** A segment after the handshake: ACK with `flags` added (PSH for data, FIN to close), `data` bytes. */
export function tcpSegment(world: World, ns: NetNamespace, e: TcpEnds, id: number, seq: number, ack: number, flags: number, data: number, fromServer: boolean, timeWait = false): WirePacket {
  return {
    ...base(ns, e.src, e.dst, 6, IP_HEADER + TCP_HEADER + TCP_TS_OPTIONS + data, id),
    // The last ACK of a close comes from a TIME_WAIT socket, not a full one: no UID.
    ...(timeWait ? {} : { socket: ROOT_SOCKET }),
    sport: e.sport,
    dport: e.dport,
    tcpFlags: flags | TCP_FLAG.ACK,
    tcpOptions: TS_OPTION_KINDS,
    window: fromServer ? 509 : 502,
    seq: seq >>> 0,
    ackSeq: ack >>> 0,
    tsVal: tsNow(world),
    tsEcr: tsNow(world),
    payloadLen: data,
  };
}

export function udpDatagram(ns: NetNamespace, src: number, dst: number, sport: number, dport: number, data: number, id: number): WirePacket {
  return { ...base(ns, src, dst, 17, IP_HEADER + UDP_HEADER + data, id), socket: ROOT_SOCKET, sport, dport, payloadLen: data };
}

/** ping: ICMP echo request with 56 bytes of data (a timeval, then a pattern), DF set. */
export function echoRequest(world: World, ns: NetNamespace, src: number, dst: number, icmpId: number, seq: number, id: number, data = PING_DATA): WirePacket {
  return {
    ...base(ns, src, dst, 1, IP_HEADER + ICMP_HEADER + data, id),
    socket: ROOT_SOCKET,
    icmpType: 8,
    icmpCode: 0,
    icmpId,
    icmpSeq: seq,
    payloadLen: data,
    echoStampMs: world.clock.nowMs,
  };
}

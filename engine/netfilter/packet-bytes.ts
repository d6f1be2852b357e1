/**
 * The packet as bytes from its IP header on, for the matches that read raw
 * offsets (u32, bpf): the IPv4 header (20 bytes, no options), the TCP, UDP or
 * ICMP header the packet model describes (TCP options as Linux sends them),
 * then the payload the model carries, zero-filled to the IP total length.
 * Fields the model lacks are zero.
 */
import type { WirePacket } from "../packet/wire.js";
import type { Packet } from "./packet.js";

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 8) & 0xff;
  b[at + 1] = v & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, (v >>> 16) & 0xffff);
  put16(b, at + 2, v & 0xffff);
}

/** The TCP option bytes for the kinds the packet lists, padded with EOL to a multiple of 4. */
function tcpOptionBytes(p: WirePacket): number[] {
  const out: number[] = [];
  for (const kind of p.tcpOptions ?? []) {
    if (kind === 2) out.push(2, 4, ((p.tcpMss ?? 1460) >>> 8) & 0xff, (p.tcpMss ?? 1460) & 0xff);
    else if (kind === 4) out.push(4, 2);
    else if (kind === 8) {
      const ts = [p.tsVal ?? 0, p.tsEcr ?? 0].flatMap((v) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
      out.push(8, 10, ...ts);
    } else if (kind === 3) out.push(3, 3, 7);
    else if (kind === 1) out.push(1);
    else out.push(kind, 2);
  }
  while (out.length % 4 !== 0) out.push(0);
  return out;
}

function ipChecksum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < 20; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export function packetBytes(packet: Packet): Uint8Array {
  const p = packet as WirePacket;
  const b = new Uint8Array(Math.max(p.length, 20));
  b[0] = 0x45;
  b[1] = p.tos & 0xff;
  put16(b, 2, p.length);
  put16(b, 4, p.id ?? 0);
  put16(b, 6, (p.df ? 0x4000 : 0) | (p.moreFragments ? 0x2000 : 0) | (p.fragOffset & 0x1fff));
  b[8] = p.ttl & 0xff;
  b[9] = p.proto & 0xff;
  put32(b, 12, p.src);
  put32(b, 16, p.dst);
  put16(b, 10, ipChecksum(b));
  if (p.fragOffset !== 0) return b;
  let at = 20;
  const room = (n: number): boolean => at + n <= b.length;
  if (p.proto === 6 && room(20)) {
    const opts = tcpOptionBytes(p);
    put16(b, 20, p.sport ?? 0);
    put16(b, 22, p.dport ?? 0);
    put32(b, 24, p.seq ?? 0);
    put32(b, 28, p.ackSeq ?? 0);
    b[32] = ((5 + opts.length / 4) << 4) & 0xf0;
    b[33] = p.tcpFlags ?? 0;
    put16(b, 34, p.window ?? 0);
    at = 40;
    for (const o of opts) if (at < b.length) b[at++] = o;
  } else if ((p.proto === 17 || p.proto === 136) && room(8)) {
    put16(b, 20, p.sport ?? 0);
    put16(b, 22, p.dport ?? 0);
    put16(b, 24, p.length - 20);
    at = 28;
  } else if (p.proto === 1 && room(8)) {
    b[20] = p.icmpType ?? 0;
    b[21] = p.icmpCode ?? 0;
    put16(b, 24, p.icmpId ?? 0);
    put16(b, 26, p.icmpSeq ?? 0);
    at = 28;
  }
  const payload = p.payload ?? "";
  for (let i = 0; i < payload.length && at < b.length; i++) b[at++] = payload.charCodeAt(i) & 0xff;
  return b;
}

/**
 * One ICMP echo as ping sends it (84 bytes, DF, its process id as the echo
 * id), walked there and back: an echo reply, an ICMP error from a router or
 * a REJECT on the way, nothing (lost), or the first hop's neighbour never
 * answering (the sender's own "Destination Host Unreachable" after 3 s).
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { fibFind } from "./fib.js";
import { loopbackName } from "./addresses.js";
import { nextUint32 } from "../world/random.js";
import { formatIpv4, parseIpv4 } from "../addr/ipv4.js";
import { findNamespace } from "./find-ns.js";
import { routeOutput } from "./route.js";
import { echoRequest } from "./segments.js";
import { drain, sendOne, type WalkedPacket } from "./send.js";
import { ARP_FAIL_MS } from "./tcp.js";

export interface PingOptions {
  readonly fromNs: string;
  readonly dst: string;
  readonly src?: string;
  /** The echo identifier (ping uses its pid). @default a random one */
  readonly id?: number;
  /** @default 1 */
  readonly seq?: number;
  /** ping -t. */
  readonly ttl?: number;
  /** ping -s. @default 56 */
  readonly dataBytes?: number;
  /** The link the socket is bound to (ping -I IFACE: SO_BINDTODEVICE). */
  readonly oif?: string;
  readonly trace?: boolean;
}

export type PingOutcome =
  | { readonly kind: "reply"; readonly from: string; readonly ttl: number; readonly bytes: number }
  | { readonly kind: "icmp-error"; readonly from: string; readonly type: number; readonly code: number; readonly afterMs: number }
  | { readonly kind: "neigh-failed"; readonly from: string; readonly afterMs: number }
  | { readonly kind: "lost" }
  | { readonly kind: "no-route"; readonly errno: "ENETUNREACH" | "EHOSTUNREACH" | "EINVAL" | "EACCES"; readonly text: string };

export interface PingResult {
  readonly outcome: PingOutcome;
  readonly packets: readonly WalkedPacket[];
}

export function sendPing(world: World, opts: PingOptions): PingResult {
  const ns = findNamespace(world, opts.fromNs);
  if (!ns) throw new Error(`no namespace "${opts.fromNs}"`);
  const record = opts.trace ?? true;
  const dst = parseIpv4(opts.dst);
  if (dst === undefined) throw new Error(`"${opts.dst}" is not an IPv4 address`);
  const wanted = opts.src !== undefined ? parseIpv4(opts.src) : undefined;
  const route = routeOutput(ns, dst, wanted, opts.oif);
  if ("errno" in route) return { outcome: { kind: "no-route", errno: route.errno, text: route.text }, packets: [] };
  const src = wanted ?? route.src;
  const icmpId = opts.id ?? nextUint32(world.random) & 0xffff;
  let p = echoRequest(world, ns, src, dst, icmpId, opts.seq ?? 1, nextUint32(world.random) & 0xffff, opts.dataBytes);
  if (opts.ttl !== undefined) p = { ...p, ttl: opts.ttl };
  const packets: WalkedPacket[] = [];
  const first = sendOne(world, ns, p, "ping (echo request)", record, undefined, false, opts.oif);
  packets.push(first.walked);
  const neighFailed = first.end.kind === "dropped" && first.end.code === "neighbour-failed" && first.end.ns === ns.id;
  let outcome: PingOutcome = { kind: "lost" };
  drain(world, first.generated, record, (o) => {
    packets.push(o.walked);
    if (outcome.kind !== "lost" || o.end.ns !== ns.id || o.end.kind !== "stack") return;
    const q = o.last;
    if (q.proto !== 1 || q.dst !== src) return;
    if (opts.oif !== undefined && arrivedOn(ns, q) !== opts.oif) return;
    if (q.icmpType === 0 && q.icmpId === icmpId) {
      outcome = { kind: "reply", from: formatIpv4(q.src), ttl: q.ttl, bytes: q.length - 20 };
      return;
    }
    const inner = q.inner;
    if (inner && inner.proto === 1 && inner.icmpId === icmpId) {
      if (neighFailed) outcome = { kind: "neigh-failed", from: formatIpv4(q.src), afterMs: ARP_FAIL_MS };
      else outcome = { kind: "icmp-error", from: formatIpv4(q.src), type: q.icmpType ?? 0, code: q.icmpCode ?? 0, afterMs: 0 };
    }
  });
  return { outcome, packets };
}

/**
 * The interface a socket bound to a device (raw_v4_match) sees a packet come
 * in on, inet_iif: the link it arrived by, except that a packet looped back
 * over lo to a local address counts as arriving on that address's link (the
 * local route's device: ip_route_output_key_hash_rcu keeps it as rt_iif).
 */
function arrivedOn(ns: NetNamespace, p: WirePacket): string | undefined {
  const lo = loopbackName(ns);
  if (p.inIface !== lo) return p.inIface;
  const r = fibFind(ns, p.dst);
  return r?.type === "local" ? r.dev : lo;
}

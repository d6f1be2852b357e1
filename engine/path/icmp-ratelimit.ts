/**
 * How often a namespace may send ICMP errors to one host. Both limits share
 * the destination's inet_peer token bucket (rate_tokens, in jiffies — ms here):
 *
 * - icmpv4_xrlim_allow (net/ipv4/icmp.c) for every icmp_send of a type in
 *   net.ipv4.icmp_ratemask (0x1818: destination unreachable, source quench,
 *   time exceeded, parameter problem): one per net.ipv4.icmp_ratelimit ms
 *   (1000), bursts of 6 (XRLIM_BURST_FACTOR); never towards this host itself.
 * - ip_error (net/ipv4/route.c), before that, for errors of the input route
 *   (net/host unreachable, prohibited): one per second, bursts of 5.
 *
 * A fresh peer starts full. The world clock refills the buckets.
 */
import type { NetNamespace } from "../world/types.js";
import { formatIpv4 } from "../addr/ipv4.js";

const XRLIM_BURST_FACTOR = 6;
const IP_RT_ERROR_COST_MS = 1000;
const IP_RT_ERROR_BURST_MS = 5000;

function take(ns: NetNamespace, dst: number, nowMs: number, cost: number, burst: number): boolean {
  const peers = (ns.inetPeers ??= {});
  const key = formatIpv4(dst);
  const peer = (peers[key] ??= { tokensMs: 0, lastMs: nowMs - 60_000 });
  let tokens = peer.tokensMs + (nowMs - peer.lastMs);
  peer.lastMs = nowMs;
  if (tokens > burst) tokens = burst;
  const ok = tokens >= cost;
  if (ok) tokens -= cost;
  peer.tokensMs = tokens;
  return ok;
}

function sysctlNum(ns: NetNamespace, key: string, dflt: number): number {
  const v = Number(ns.sysctl[key]);
  return ns.sysctl[key] !== undefined && Number.isFinite(v) ? v : dflt;
}

/** icmpv4_xrlim_allow: may an ICMP error of this type go to dst now? */
export function icmpAllowed(ns: NetNamespace, type: number, dst: number, toSelf: boolean, nowMs: number): boolean {
  const mask = sysctlNum(ns, "net.ipv4.icmp_ratemask", 0x1818);
  if (type > 31 || !((1 << type) & mask)) return true;
  if (toSelf) return true;
  const limit = sysctlNum(ns, "net.ipv4.icmp_ratelimit", 1000);
  if (limit <= 0) return true;
  return take(ns, dst, nowMs, limit, XRLIM_BURST_FACTOR * limit);
}

/** ip_error's own check before it calls icmp_send. */
export function ipErrorAllowed(ns: NetNamespace, dst: number, nowMs: number): boolean {
  return take(ns, dst, nowMs, IP_RT_ERROR_COST_MS, IP_RT_ERROR_BURST_MS);
}

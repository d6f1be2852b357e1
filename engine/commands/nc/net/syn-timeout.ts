/**
 * How long connect() waits for an answer to its SYN before it fails with
 * ETIMEDOUT (net/ipv4/tcp_timer.c). The first SYN goes at once; while
 * icsk_retransmits <= tcp_syn_linear_timeouts the timer stays at the initial
 * RTO (1 s), after that it doubles; the attempt ends when the retransmissions
 * reach tcp_syn_retries + tcp_syn_linear_timeouts. With the defaults (6 and 4):
 * SYNs at 0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67 s and the end at 131 s.
 *
 * Each timer fires late by the timer wheel's granularity (kernel/time/timer.c,
 * HZ=250): the expiry is rounded up to the wheel level's bucket. A real run
 * measured 134.6 s for the nominal 131 s.
 */
import type { NetNamespace } from "../../../world/types.js";

const HZ = 250;
const TCP_TIMEOUT_INIT_MS = 1000;
const TCP_RTO_MAX_MS = 120_000;
/** Jiffies per bucket at each level of the wheel: 8^level, level n holds up to 64 * 8^n jiffies. */
const LEVEL_SPAN = 64;

function sysctlNumber(ns: NetNamespace, key: string, fallback: number): number {
  const value = Number(ns.sysctl[key]);
  return Number.isFinite(value) ? value : fallback;
}

/** The expiry of a timer of `delayMs` armed at `nowMs`, rounded up as the wheel does. */
export function wheelExpiry(nowMs: number, delayMs: number): number {
  const msPerJiffy = 1000 / HZ;
  const now = Math.floor(nowMs / msPerJiffy);
  const delta = Math.max(1, Math.round(delayMs / msPerJiffy));
  let granularity = 1;
  while (delta >= LEVEL_SPAN * granularity - granularity && granularity < 8 ** 8) granularity *= 8;
  const expires = Math.ceil((now + delta) / granularity) * granularity;
  return expires * msPerJiffy;
}

/** The world times at which SYNs leave, and when connect() gives up, for an attempt started at `startMs`. */
export function synSchedule(ns: NetNamespace, startMs: number): { sends: number[]; giveUpMs: number } {
  const retries = sysctlNumber(ns, "net.ipv4.tcp_syn_retries", 6);
  const linear = sysctlNumber(ns, "net.ipv4.tcp_syn_linear_timeouts", 0);
  const max = retries + linear;
  const sends = [startMs];
  let rto = TCP_TIMEOUT_INIT_MS;
  let at = startMs;
  for (let retransmits = 0; ; ) {
    at = wheelExpiry(at, rto);
    if (retransmits >= max) return { sends, giveUpMs: at };
    retransmits++;
    sends.push(at);
    if (retransmits > linear) rto = Math.min(rto * 2, TCP_RTO_MAX_MS);
  }
}

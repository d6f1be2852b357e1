/**
 * Conntrack timeouts, from the namespace's net.netfilter.* sysctls with the
 * kernel's defaults (nf_conntrack_proto_*.c).
 */
import type { NetNamespace } from "../world/types.js";
import type { TcpCtState } from "./types.js";
import { tcpTimeoutKey } from "./tcp-state.js";

const DEFAULTS: Readonly<Record<string, number>> = {
  "net.netfilter.nf_conntrack_tcp_timeout_syn_sent": 120,
  "net.netfilter.nf_conntrack_tcp_timeout_syn_recv": 60,
  "net.netfilter.nf_conntrack_tcp_timeout_established": 432000,
  "net.netfilter.nf_conntrack_tcp_timeout_fin_wait": 120,
  "net.netfilter.nf_conntrack_tcp_timeout_close_wait": 60,
  "net.netfilter.nf_conntrack_tcp_timeout_last_ack": 30,
  "net.netfilter.nf_conntrack_tcp_timeout_time_wait": 120,
  "net.netfilter.nf_conntrack_tcp_timeout_close": 10,
  "net.netfilter.nf_conntrack_tcp_timeout_none": 600,
  "net.netfilter.nf_conntrack_udp_timeout": 30,
  "net.netfilter.nf_conntrack_udp_timeout_stream": 120,
  "net.netfilter.nf_conntrack_icmp_timeout": 30,
  "net.netfilter.nf_conntrack_generic_timeout": 600,
};

/** A timeout in seconds. */
export function timeoutSecs(ns: NetNamespace, key: string): number {
  const v = Number(ns.sysctl[key]);
  return Number.isFinite(v) && ns.sysctl[key] !== undefined ? v : DEFAULTS[key] ?? 600;
}

export function tcpTimeout(ns: NetNamespace, state: TcpCtState): number {
  return timeoutSecs(ns, tcpTimeoutKey(state));
}

export function sysctlFlag(ns: NetNamespace, key: string, dflt: boolean): boolean {
  const v = ns.sysctl[key];
  return v === undefined ? dflt : v.trim() !== "0";
}

/**
 * Every extension iptables 1.8.9 on Debian 12 can load, whether or not the
 * lab emulates it. A chain may not be named like a target; a module the lab
 * lacks fails loudly instead of pretending to be absent.
 */
import { xtablesError, type ErrorContext, type IptError } from "./errors.js";

const TARGETS = new Set([
  "standard", "ACCEPT", "DROP", "QUEUE", "RETURN",
  "AUDIT", "CHECKSUM", "CLASSIFY", "CLUSTERIP", "CONNMARK", "CONNSECMARK", "CT", "DNAT", "DSCP", "ECN", "HMARK",
  "IDLETIMER", "LED", "LOG", "MARK", "MASQUERADE", "NETMAP", "NFLOG", "NFQUEUE", "NOTRACK", "RATEEST", "REDIRECT",
  "REJECT", "SECMARK", "SET", "SNAT", "SYNPROXY", "TCPMSS", "TCPOPTSTRIP", "TEE", "TOS", "TPROXY", "TRACE", "TTL", "ULOG",
]);

const MATCHES = new Set([
  "addrtype", "ah", "bpf", "cgroup", "cluster", "comment", "connbytes", "connlabel", "connlimit", "connmark",
  "conntrack", "cpu", "dccp", "devgroup", "dscp", "ecn", "esp", "hashlimit", "helper", "icmp", "ipcomp", "iprange",
  "ipvs", "length", "limit", "mac", "mark", "multiport", "nfacct", "osf", "owner", "physdev", "pkttype", "policy",
  "quota", "rateest", "realm", "recent", "rpfilter", "sctp", "set", "socket", "state", "statistic", "string", "tcp",
  "tcpmss", "time", "tos", "ttl", "u32", "udp",
]);

export function isKnownTargetName(name: string): boolean {
  return TARGETS.has(name);
}

export function isKnownMatchName(name: string): boolean {
  return MATCHES.has(name);
}

/** A real extension the lab does not emulate. */
export function notEmulated(ctx: ErrorContext, what: string): IptError {
  return xtablesError(ctx, { error: `${what} is not emulated by nflab`, kind: "other" });
}

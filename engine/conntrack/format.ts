/**
 * An entry as conntrack(8) prints it (conntrack-tools 1.4.7 with
 * libnetfilter_conntrack's default output): `conntrack -L` lines and
 * `conntrack -E` events.
 *
 *   tcp      6 431999 ESTABLISHED src=... dst=... sport=... dport=... src=... dst=... sport=... dport=... [ASSURED] mark=0 use=1
 */
import { formatIpv4 } from "../addr/ipv4.js";
import type { ConnEntry, Tuple } from "./types.js";
import { PROTO_ICMP, PROTO_TCP, PROTO_UDP } from "./tuple.js";

const PROTO_NAMES: Readonly<Record<number, string>> = { [PROTO_TCP]: "tcp", [PROTO_UDP]: "udp", [PROTO_ICMP]: "icmp", 132: "sctp", 33: "dccp", 47: "gre", 136: "udplite" };

export function protoName(proto: number): string {
  return PROTO_NAMES[proto] ?? "unknown";
}

function tupleText(t: Tuple): string {
  let s = `src=${formatIpv4(t.src)} dst=${formatIpv4(t.dst)} `;
  if (t.proto === PROTO_ICMP) s += `type=${t.type ?? 0} code=${t.code ?? 0} id=${t.sport} `;
  else if (PROTO_NAMES[t.proto] && t.proto !== 47) s += `sport=${t.sport} dport=${t.dport} `;
  return s;
}

/** Seconds left, as the kernel reports them (whole seconds, rounded down). */
export function secondsLeft(e: ConnEntry, nowMs: number, listing: boolean): number {
  // A listing comes a moment after the packets that set the timeout: a just-refreshed 120 s entry shows 119.
  const ms = e.expiresAtMs - nowMs - (listing ? 1 : 0);
  return Math.max(0, Math.floor(ms / 1000));
}

/** The text shared by listings and events, up to and including [ASSURED] (with a trailing space). */
export function entryBody(e: ConnEntry, seconds: number): string {
  const name = protoName(e.orig.proto);
  let s = `${name.padEnd(8, " ")} ${e.orig.proto} ${seconds} `;
  if (e.tcp) s += `${e.tcp} `;
  s += tupleText(e.orig);
  if (!e.seenReply) s += "[UNREPLIED] ";
  s += tupleText(e.reply);
  if (e.assured) s += "[ASSURED] ";
  return s;
}

/** One `conntrack -L` line (with its newline). */
export function listLine(e: ConnEntry, nowMs: number, extended = false): string {
  let s = entryBody(e, secondsLeft(e, nowMs, true));
  s += `mark=${e.mark} `;
  if (e.zone) s += `zone=${e.zone} `;
  s += "use=1";
  return `${extended ? "ipv4     2 " : ""}${s}\n`;
}

/** One `conntrack -E` line: "    [NEW] ", " [UPDATE] ", "[DESTROY] " then the entry without mark and use. */
export function eventLine(type: "NEW" | "UPDATE" | "DESTROY", e: ConnEntry, nowMs: number): string {
  const tag = `[${type}]`.padStart(9, " ");
  return `${tag} ${entryBody(e, secondsLeft(e, nowMs, false)).trimEnd()}\n`;
}

/**
 * A walked packet as the lab's `trace` command prints it for a learner: one
 * line per step, the namespace on the left, every rule that matched with its
 * table, chain, number and text as `iptables -S` prints it, NAT rewrites
 * flagged, conntrack's verdict, and where the packet ended.
 */
import type { PacketEnd, PacketSummary, TraceStep } from "./types.js";

export interface ViewPacket {
  readonly ns: string;
  readonly by: string;
  readonly packet: PacketSummary;
  readonly trace: { readonly steps: readonly TraceStep[]; readonly end: PacketEnd };
}

function where(s: PacketSummary): string {
  const a = s.sport !== undefined ? `${s.src}:${s.sport}` : s.src;
  const b = s.dport !== undefined ? `${s.dst}:${s.dport}` : s.dst;
  return `${a} -> ${b}`;
}

export function describePacket(s: PacketSummary): string {
  const what = s.proto === "tcp" ? `TCP ${s.flags || "(no flags)"}` : s.proto === "udp" ? "UDP" : s.proto === "icmp" ? `ICMP ${s.icmp}` : `protocol ${s.proto}`;
  return `${where(s)} ${what}, ${s.len} bytes, TTL ${s.ttl}${s.mark ? `, mark 0x${s.mark.toString(16)}` : ""}`;
}

function backendTag(backend: string): string {
  return backend === "legacy" ? " (legacy)" : "";
}

function stepLine(s: TraceStep): string | undefined {
  switch (s.kind) {
    case "send":
      return undefined;
    case "hook": {
      const ifs = [s.in ? `in ${s.in}` : "", s.out ? `out ${s.out}` : ""].filter(Boolean).join(" ");
      return `${s.hook}${ifs ? ` (${ifs})` : ""}`;
    }
    case "conntrack":
      return `  conntrack: ${s.detail}`;
    case "rule":
      return `  ${s.ref.table}${backendTag(s.ref.backend)} ${s.ref.chain} rule ${s.ref.num}: ${s.ref.rule}  => ${s.verdict}`;
    case "policy":
      return `  ${s.ref.table}${backendTag(s.ref.backend)} ${s.ref.chain} policy ${s.ref.policy}`;
    case "return":
      return `  ${s.table}${backendTag(s.backend)} ${s.chain}: end of chain, back to the caller`;
    case "nat":
      return `  ** ${s.manip === "DST" ? "DNAT" : "SNAT"}${s.how === "binding" ? " (the connection's mapping)" : ""}: ${s.manip === "DST" ? "destination" : "source"} ${s.from} becomes ${s.to}`;
    case "route":
      return `routing: ${s.text}`;
    case "link":
      return s.via === "loopback" ? `-- over lo back into ${s.toNs}` : `-- ${s.fromDev} -> ${s.toNs} ${s.toDev} (${s.via})`;
    case "bridge":
      return s.local
        ? `bridge ${s.bridge}: from ${s.inPort}, for the bridge itself${s.brNetfilter ? " (br_netfilter: iptables sees it in the bridge)" : ""}`
        : `bridge ${s.bridge}: ${s.inPort} -> ${s.outPort}${s.brNetfilter ? " (br_netfilter: bridged IPv4 passes iptables)" : " (layer 2 only: iptables does not see it)"}`;
    case "log":
      return `  log: ${s.line.trimEnd()}`;
    case "note":
      return `  note: ${s.text}`;
  }
}

export function endLine(e: PacketEnd): string {
  switch (e.kind) {
    case "socket":
      return `=> delivered to ${e.proto.toUpperCase()} socket ${e.local}:${e.port} in ${e.ns}${e.owner ? ` (${e.owner})` : ""}`;
    case "stack":
      return `=> taken by ${e.ns}'s kernel: ${e.text}`;
    case "dropped":
      return `=> ${e.code === "rejected" ? "REJECTED" : "DROPPED"} in ${e.ns}: ${e.text}${e.by?.rule ? `\n   rule: ${e.by.rule}` : ""}`;
  }
}

/** The packet, its steps and its end, as lines. */
export function viewPacket(p: ViewPacket, title: string): string {
  const lines = [`${title}: ${describePacket(p.packet)}`, `  sent by ${p.by} in ${p.ns}`];
  let ns = "";
  for (const s of p.trace.steps) {
    const text = stepLine(s);
    if (text === undefined) continue;
    const at = "ns" in s ? s.ns : s.kind === "link" ? s.fromNs : "";
    const col = at !== ns && s.kind !== "link" ? at : "";
    if (s.kind !== "link") ns = at;
    lines.push(`  ${col.padEnd(10)} ${text}`);
  }
  lines.push(`  ${endLine(p.trace.end)}`);
  return `${lines.join("\n")}\n`;
}

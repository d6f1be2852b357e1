/**
 * An iptables-nft rule as nft(8) prints it (nft list ruleset, and the rule
 * line of `nft monitor trace`), for the matches and targets iptables-nft
 * turns into native nf_tables expressions (iptables/nft.c, nft-ipv4.c,
 * nft-shared.c). Anything it keeps as an x_tables extension prints as
 * `xt match "name"` / `xt target "NAME"`.
 *
 * Counters print as `counter packets 0 bytes 0`: nft prints the rule from the
 * cache it read when the monitor started.
 */
import { formatIpv4 } from "../addr/ipv4.js";
import type { MatchInstance, Rule } from "../netfilter/types.js";
import { REJECT_TYPES } from "../netfilter/targets/reject.js";

const L4: Readonly<Record<number, string>> = { 1: "icmp", 6: "tcp", 17: "udp", 47: "gre", 50: "esp", 51: "ah", 132: "sctp", 136: "udplite", 58: "ipv6-icmp", 2: "igmp", 4: "ipencap", 41: "ipv6" };

const ICMP_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: "echo-reply", 3: "destination-unreachable", 4: "source-quench", 5: "redirect", 8: "echo-request", 9: "router-advertisement",
  10: "router-solicitation", 11: "time-exceeded", 12: "parameter-problem", 13: "timestamp-request", 14: "timestamp-reply",
  15: "info-request", 16: "info-reply", 17: "address-mask-request", 18: "address-mask-reply",
};

export function icmpTypeName(type: number): string {
  return ICMP_TYPE_NAMES[type] ?? String(type);
}

function prefixLen(mask: number): number | undefined {
  const m = mask >>> 0;
  for (let len = 0; len <= 32; len++) if ((len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0) === m) return len;
  return undefined;
}

function addr(field: string, a: { addr: number; mask: number; invert?: boolean }): string {
  const len = prefixLen(a.mask);
  const net = formatIpv4((a.addr & a.mask) >>> 0);
  const value = len === 32 ? net : len !== undefined ? `${net}/${len}` : `& 0x${(a.mask >>> 0).toString(16).padStart(8, "0")} == ${net}`;
  return `${field} ${a.invert ? "!= " : ""}${value}`;
}

function ifname(field: string, i: { name: string; invert?: boolean } | undefined): string | undefined {
  if (!i || i.name === "" || (i.name === "+" && !i.invert)) return undefined;
  const name = i.name.endsWith("+") ? `${i.name.slice(0, -1)}*` : i.name;
  return `${field} ${i.invert ? "!= " : ""}"${name}"`;
}

function portText(r: [number, number], inv: boolean): string | undefined {
  if (r[0] === 0 && r[1] === 0xffff && !inv) return undefined;
  const v = r[0] === r[1] ? `${r[0]}` : `${r[0]}-${r[1]}`;
  return `${inv ? "!= " : ""}${v}`;
}

const TCP_FLAG_WORDS: readonly [string, number][] = [["fin", 1], ["syn", 2], ["rst", 4], ["psh", 8], ["ack", 16], ["urg", 32]];
const flagSet = (v: number) => TCP_FLAG_WORDS.filter(([, b]) => v & b).map(([n]) => n).join(",");

/** nft's ct state order (the flags printed high bit first). */
const CT_STATES: readonly [string, number][] = [["untracked", 64], ["new", 16], ["related", 8], ["established", 4], ["invalid", 1]];

function match(m: MatchInstance, proto: number | undefined): string | undefined {
  const d = m.data as Record<string, unknown>;
  switch (m.name) {
    case "tcp":
    case "udp": {
      const inv = d.invflags as number;
      const parts: string[] = [];
      const sp = portText(d.spts as [number, number], (inv & 1) !== 0);
      const dp = portText(d.dpts as [number, number], (inv & 2) !== 0);
      if (sp) parts.push(`${m.name} sport ${sp}`);
      if (dp) parts.push(`${m.name} dport ${dp}`);
      if (m.name === "tcp" && (d.flgMask as number)) parts.push(`tcp flags ${(inv & 4) !== 0 ? "!= " : ""}${flagSet(d.flgCmp as number)} / ${flagSet(d.flgMask as number)}`);
      return parts.length ? parts.join(" ") : undefined;
    }
    case "multiport": {
      const ports = (d.ports as number[]).join(", ");
      const l4 = L4[proto ?? 6] ?? "tcp";
      const field = d.flags === "sports" ? "sport" : "dport";
      return `${l4} ${field} ${d.invert ? "!= " : ""}{ ${ports} }`;
    }
    case "state":
    case "conntrack": {
      const parts: string[] = [];
      if (d.state !== undefined) {
        const names = CT_STATES.filter(([, b]) => (d.state as number) & b).map(([n]) => n).join(",");
        parts.push(`ct state ${(d.invert as string[]).includes("ctstate") ? "!= " : ""}${names}`);
      }
      for (const [opt, field] of [["origsrcport", "original proto-src"], ["origdstport", "original proto-dst"], ["replsrcport", "reply proto-src"], ["repldstport", "reply proto-dst"]] as const) {
        const r = d[opt] as [number, number] | undefined;
        if (r) parts.push(`ct ${field} ${r[0] === r[1] ? r[0] : `${r[0]}-${r[1]}`}`);
      }
      for (const [opt, field] of [["origsrc", "original ip saddr"], ["origdst", "original ip daddr"], ["replsrc", "reply ip saddr"], ["repldst", "reply ip daddr"]] as const) {
        const a = d[opt] as { addr: number; mask: number } | undefined;
        if (a) parts.push(addr(`ct ${field}`, a));
      }
      return parts.length ? parts.join(" ") : `xt match "${m.name}"`;
    }
    case "icmp":
      return (d.type as number) === 0xff ? undefined : `icmp type ${d.invert ? "!= " : ""}${icmpTypeName(d.type as number)}`;
    case "mark":
      return (d.mask as number) >>> 0 === 0xffffffff
        ? `meta mark ${d.invert ? "!= " : ""}0x${((d.mark as number) >>> 0).toString(16).padStart(8, "0")}`
        : `meta mark & 0x${((d.mask as number) >>> 0).toString(16).padStart(8, "0")} ${d.invert ? "!=" : "=="} 0x${((d.mark as number) >>> 0).toString(16).padStart(8, "0")}`;
    case "comment":
      return "";
    case "pkttype":
      return `pkttype ${d.invert ? "!= " : ""}${["host", "broadcast", "multicast"][d.pkttype as number] ?? d.pkttype}`;
    case "mac":
      return `ether saddr ${d.invert ? "!= " : ""}${d.mac}`;
    case "length":
      return `meta length ${d.invert ? "!= " : ""}${d.min === d.max ? d.min : `${d.min}-${d.max}`}`;
    case "ttl": {
      const op = { eq: "", ne: "!= ", lt: "lt ", gt: "gt " }[d.mode as "eq"];
      return `ip ttl ${op}${d.ttl}`;
    }
    case "iprange": {
      const parts: string[] = [];
      for (const [k, field] of [["src", "ip saddr"], ["dst", "ip daddr"]] as const) {
        const r = d[k] as { min: number; max: number; invert: boolean } | undefined;
        if (r) parts.push(`${field} ${r.invert ? "!= " : ""}${formatIpv4(r.min)}-${formatIpv4(r.max)}`);
      }
      return parts.join(" ");
    }
    case "addrtype": {
      const types = ["unspec", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit"];
      const names = (mask: number) => types.filter((_, i) => mask & (1 << i)).join(", ");
      const parts: string[] = [];
      if (d.source) parts.push(`fib saddr type ${d.invertSource ? "!= " : ""}${names(d.source as number)}`);
      if (d.dest) parts.push(`fib daddr type ${d.invertDest ? "!= " : ""}${names(d.dest as number)}`);
      return parts.join(" ");
    }
    default:
      return `xt match "${m.name}"`;
  }
}

function target(rule: Rule): string | undefined {
  const t = rule.target;
  if (!t) return undefined;
  switch (t.kind) {
    case "standard":
      return t.verdict.toLowerCase();
    case "jump":
      return `jump ${t.chain}`;
    case "goto":
      return `goto ${t.chain}`;
    case "ext":
      return extTarget(t.name, t.data as Record<string, unknown>);
  }
}

function natTo(d: Record<string, unknown>): string {
  let s = "";
  if (d.minAddr !== undefined) s += formatIpv4(d.minAddr as number) + (d.maxAddr !== d.minAddr ? `-${formatIpv4(d.maxAddr as number)}` : "");
  if (d.minPort !== undefined) s += `:${d.minPort}${d.maxPort !== d.minPort ? `-${d.maxPort}` : ""}`;
  return s;
}

function extTarget(name: string, d: Record<string, unknown>): string {
  switch (name) {
    case "LOG": {
      let s = "log";
      if (d.prefix) s += ` prefix "${d.prefix}"`;
      const levels = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
      if (d.level !== 4) s += ` level ${levels[d.level as number]}`;
      return s;
    }
    case "REJECT": {
      const w = REJECT_TYPES[d.with as number]?.[0] ?? "icmp-port-unreachable";
      if (w === "icmp-port-unreachable") return "reject";
      if (w === "tcp-reset") return "reject with tcp reset";
      return `reject with icmp type ${w.replace(/^icmp-/, "")}`;
    }
    case "DNAT":
      return `dnat to ${natTo(d)}`;
    case "SNAT":
      return `snat to ${natTo(d)}`;
    case "MASQUERADE":
      return d.minPort !== undefined ? `masquerade to ${natTo(d)}` : "masquerade";
    case "REDIRECT":
      return d.minPort !== undefined ? `redirect to ${natTo(d)}` : "redirect";
    case "MARK":
      return (d.mask as number) >>> 0 === 0xffffffff ? `meta mark set 0x${((d.mark as number) >>> 0).toString(16)}` : `xt target "MARK"`;
    case "NOTRACK":
      return "notrack";
    case "CT":
      return d.notrack ? "notrack" : `xt target "CT"`;
    case "TRACE":
      return "meta nftrace set 1";
    case "CONNMARK":
      return d.mode === "set" && (d.ctmask as number) >>> 0 === 0xffffffff ? `ct mark set 0x${((d.ctmark as number) >>> 0).toString(16)}` : `xt target "CONNMARK"`;
    default:
      return `xt target "${name}"`;
  }
}

/** The rule as nft lists it. */
export function nftRuleText(rule: Rule): string {
  const ip = rule.ip;
  const parts: string[] = [];
  const i = ifname("iifname", ip.inIface);
  const o = ifname("oifname", ip.outIface);
  if (i) parts.push(i);
  if (o) parts.push(o);
  if (ip.src) parts.push(addr("ip saddr", ip.src));
  if (ip.dst) parts.push(addr("ip daddr", ip.dst));
  const absorbed = ip.proto && !ip.invertProto && rule.matches.some((m) => (m.name === "tcp" || m.name === "udp") && match(m, ip.proto) !== undefined);
  if (ip.proto && !absorbed) parts.push(`meta l4proto ${ip.invertProto ? "!= " : ""}${L4[ip.proto] ?? ip.proto}`);
  for (const m of rule.matches) {
    const text = match(m, ip.proto);
    if (text !== undefined) parts.push(text);
  }
  parts.push("counter packets 0 bytes 0");
  const t = target(rule);
  if (t) parts.push(t);
  return parts.join(" ");
}

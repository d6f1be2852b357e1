/**
 * -m tcp (libxt_tcp.c, xt_tcpudp.c): ports, --tcp-flags / --syn, --tcp-option.
 * On libxtables' old parse API: its own "Only one ..." messages.
 */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, parsePortRange, portName } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";

export const TCP_INV = { SRCPT: 0x01, DSTPT: 0x02, FLAGS: 0x04, OPTION: 0x08 } as const;

export interface TcpData {
  spts: [number, number];
  dpts: [number, number];
  option: number;
  flgMask: number;
  flgCmp: number;
  invflags: number;
  /** Options given, for "Only one ..." (1 sport, 2 dport, 4 flags, 8 option). */
  given: number;
}

const FLAG_NAMES: readonly [string, number][] = [
  ["FIN", 0x01], ["SYN", 0x02], ["RST", 0x04], ["PSH", 0x08], ["ACK", 0x10], ["URG", 0x20], ["ALL", 0x3f], ["NONE", 0],
];

function parseFlags(text: string): number | ParseFailure {
  let v = 0;
  for (const word of text.split(",").filter(Boolean)) {
    const f = FLAG_NAMES.find(([n]) => n.toLowerCase() === word.toLowerCase());
    if (!f) return fail(`Unknown TCP flag \`${word}'`);
    v |= f[1];
  }
  return v;
}

/** print_tcpf: flag names in header order, "NONE" for none. */
export function tcpFlagNames(flags: number): string {
  const out: string[] = [];
  let rest = flags & 0xff;
  while (rest) {
    const f = FLAG_NAMES.find(([, bit]) => bit !== 0 && (rest & bit) !== 0);
    if (!f) break;
    out.push(f[0]);
    rest &= ~f[1];
  }
  return out.length ? out.join(",") : "NONE";
}

/** print_ports of libxt_tcp/udp: " spt:80", " spts:1:2", " dpt:!80". */
export function printPorts(label: string, range: [number, number], invert: boolean, proto: string, numeric: boolean, names: import("../extension.js").NameDb): string {
  if (range[0] === 0 && range[1] === 0xffff && !invert) return "";
  const inv = invert ? "!" : "";
  if (range[0] === range[1]) return ` ${label}:${inv}${portName(range[0], proto, numeric, names)}`;
  return ` ${label}s:${inv}${portName(range[0], proto, numeric, names)}:${portName(range[1], proto, numeric, names)}`;
}

/** tcp_save/udp_save port part: " ! --sport 1:2". */
export function savePorts(opt: string, range: [number, number], invert: boolean): string {
  if (range[0] === 0 && range[1] === 0xffff) return "";
  const v = range[0] === range[1] ? `${range[0]}` : `${range[0]}:${range[1]}`;
  return `${invert ? " !" : ""} --${opt} ${v}`;
}

export function inRange(port: number | undefined, range: [number, number], invert: boolean): boolean {
  const p = port ?? 0;
  return (p >= range[0] && p <= range[1]) !== invert;
}

/**
 * Every port: one array shared by the rules that give no port (a rule's data
 * is never changed after parse; a port option puts a new range in its place).
 */
export const ANY_PORT: [number, number] = [0, 0xffff];

/**
 * `-m tcp` with no options: one frozen instance for every such rule
 * (kube-proxy writes 30,000 of them). Each option makes a new object by a
 * literal, never a spread: V8 allocates what a literal makes in the old
 * generation once it sees it kept, and copies what a spread makes through
 * the young one.
 */
const TCP_ANY: TcpData = Object.freeze({ spts: ANY_PORT, dpts: ANY_PORT, option: 0, flgMask: 0, flgCmp: 0, invflags: 0, given: 0 });

export const tcpMatch: MatchModule<TcpData> = {
  name: "tcp",
  oldApi: true,
  options: [
    { name: "source-port" }, { name: "sport" }, { name: "destination-port" }, { name: "dport" },
    { name: "syn", arg: "none" }, { name: "tcp-flags" }, { name: "tcp-option" },
  ],
  init: () => TCP_ANY,
  parse(d, opt, arg, invert, ctx) {
    const data: TcpData = { spts: d.spts, dpts: d.dpts, option: d.option, flgMask: d.flgMask, flgCmp: d.flgCmp, invflags: d.invflags, given: d.given };
    switch (opt) {
      case "source-port":
      case "sport":
      case "destination-port":
      case "dport": {
        const src = opt === "source-port" || opt === "sport";
        const bit = src ? 1 : 2;
        if (data.given & bit) return fail(`Only one \`--${src ? "source" : "destination"}-port' allowed`);
        const range = parsePortRange(arg!, "tcp", ctx.names);
        if (!Array.isArray(range)) return range;
        if (src) data.spts = range;
        else data.dpts = range;
        if (invert) data.invflags |= src ? TCP_INV.SRCPT : TCP_INV.DSTPT;
        data.given |= bit;
        return data;
      }
      case "syn":
      case "tcp-flags": {
        if (data.given & 4) return fail("Only one of `--syn' or `--tcp-flags'  allowed");
        let mask: number | ParseFailure;
        let cmp: number | ParseFailure;
        if (opt === "syn") {
          mask = 0x17;
          cmp = 0x02;
        } else {
          const second = ctx.takeArg();
          if (second === undefined) return fail("--tcp-flags requires two args.");
          mask = parseFlags(arg!);
          if (typeof mask !== "number") return mask;
          cmp = parseFlags(second);
        }
        if (typeof cmp !== "number") return cmp;
        data.flgMask = mask as number;
        data.flgCmp = cmp;
        if (invert) data.invflags |= TCP_INV.FLAGS;
        data.given |= 4;
        return data;
      }
      case "tcp-option": {
        if (data.given & 8) return fail("Only one `--tcp-option' allowed");
        const v = xtStrtoui(arg!, 1, 255);
        if (v === undefined) return fail(`Bad TCP option "${arg}"`);
        data.option = v;
        if (invert) data.invflags |= TCP_INV.OPTION;
        data.given |= 8;
        return data;
      }
    }
    return data;
  },
  finalCheck(d, ctx) {
    // iptables-nft turns the match into nftables payload expressions, which need -p tcp.
    const allZero = d.spts[0] === 0 && d.spts[1] === 0xffff && d.dpts[0] === 0 && d.dpts[1] === 0xffff && !d.option && !d.flgMask && !d.invflags;
    if (ctx.backend === "nf_tables" && !allZero && !d.option && !(d.invflags & TCP_INV.OPTION) && ctx.ip.proto !== 6) {
      return fail("TCP match requires '-p tcp'");
    }
    return undefined;
  },
  save(d) {
    let s = savePorts("sport", d.spts, (d.invflags & TCP_INV.SRCPT) !== 0) + savePorts("dport", d.dpts, (d.invflags & TCP_INV.DSTPT) !== 0);
    if (d.option || d.invflags & TCP_INV.OPTION) s += `${d.invflags & TCP_INV.OPTION ? " !" : ""} --tcp-option ${d.option}`;
    if (d.flgMask || d.invflags & TCP_INV.FLAGS) s += `${d.invflags & TCP_INV.FLAGS ? " !" : ""} --tcp-flags ${tcpFlagNames(d.flgMask)} ${tcpFlagNames(d.flgCmp)}`;
    return s;
  },
  print(d, ctx) {
    let s = " tcp";
    s += printPorts("spt", d.spts, (d.invflags & TCP_INV.SRCPT) !== 0, "tcp", ctx.numeric, ctx.names);
    s += printPorts("dpt", d.dpts, (d.invflags & TCP_INV.DSTPT) !== 0, "tcp", ctx.numeric, ctx.names);
    if (d.option || d.invflags & TCP_INV.OPTION) s += ` option=${d.invflags & TCP_INV.OPTION ? "!" : ""}${d.option}`;
    if (d.flgMask || d.invflags & TCP_INV.FLAGS) {
      const inv = d.invflags & TCP_INV.FLAGS ? "!" : "";
      const hx = (v: number) => `0x${v.toString(16).toUpperCase().padStart(2, "0")}`;
      s += ` flags:${inv}${ctx.numeric ? `${hx(d.flgMask)}/${hx(d.flgCmp)}` : `${tcpFlagNames(d.flgMask)}/${tcpFlagNames(d.flgCmp)}`}`;
    }
    return s;
  },
  check(_d, ctx) {
    if (ctx.ip.proto !== 6 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: tcp match: only valid for protocol 6" };
    return undefined;
  },
  match(d, p: Packet) {
    if (p.fragOffset !== 0) return false;
    if (!inRange(p.sport, d.spts, (d.invflags & TCP_INV.SRCPT) !== 0)) return false;
    if (!inRange(p.dport, d.dpts, (d.invflags & TCP_INV.DSTPT) !== 0)) return false;
    if (((((p.tcpFlags ?? 0) & d.flgMask) === d.flgCmp) !== ((d.invflags & TCP_INV.FLAGS) !== 0)) === false) return false;
    if (d.option && ((p.tcpOptions ?? []).includes(d.option) === ((d.invflags & TCP_INV.OPTION) !== 0))) return false;
    return true;
  },
};

/**
 * -m conntrack revision 3 (libxt_conntrack.c, xt_conntrack.c), and -m state,
 * which iptables stores as conntrack with the state alias flag and prints
 * back as `-m state --state ...`.
 */
import type { MatchModule, NameDb, ParseFailure } from "../extension.js";
import type { Packet, PacketConntrack } from "../packet.js";
import { badValue, fail, x6PortRange, x6UintRange } from "../xt-helpers.js";
import { x6HostMask } from "../xt-host.js";
import { maskSuffix } from "../xt-addr.js";
import { formatIpv4 } from "../../addr/ipv4.js";
import { CHAIN_PROTOS } from "../format.js";
import { xtStrtoui } from "../xt-number.js";

/** State bits in print order (print_state). */
const STATES: readonly [string, number][] = [
  ["INVALID", 1], ["NEW", 1 << 4], ["RELATED", 1 << 3], ["ESTABLISHED", 1 << 2], ["UNTRACKED", 1 << 6], ["SNAT", 1 << 7], ["DNAT", 1 << 8],
];
/** Parse order (conntrack_ps_state / state_parse_state): prefixes, case-insensitive. */
const STATE_PARSE = ["INVALID", "NEW", "ESTABLISHED", "RELATED", "UNTRACKED", "SNAT", "DNAT"];
const STATUSES: readonly [string, number][] = [["EXPECTED", 1], ["SEEN_REPLY", 2], ["ASSURED", 4], ["CONFIRMED", 8]];

interface AddrTest {
  addr: number;
  mask: number;
}

export interface ConntrackData {
  /** -m state: printed as "state". */
  stateAlias?: boolean;
  state?: number;
  proto?: number;
  origsrc?: AddrTest;
  origdst?: AddrTest;
  replsrc?: AddrTest;
  repldst?: AddrTest;
  origsrcport?: [number, number];
  origdstport?: [number, number];
  replsrcport?: [number, number];
  repldstport?: [number, number];
  status?: number;
  expire?: [number, number];
  dir?: "ORIGINAL" | "REPLY";
  /** Option names given with `!` (ctstate, ctproto, ...). */
  invert: string[];
}

function parseList(arg: string, names: readonly string[], bits: (n: string) => number, what: string): number | ParseFailure {
  let mask = 0;
  const items = arg.split(",");
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const rest = items.slice(i).join(",");
    if (item === "") return fail(`Bad ${what} "${rest}"`);
    const name = names.find((n) => n.toLowerCase().startsWith(item.toLowerCase()));
    if (!name) return fail(`Bad ${what} "${rest}"`);
    mask |= bits(name);
  }
  return mask;
}

const stateBit = (n: string): number => STATES.find(([s]) => s === n)![1];

export function parseStates(arg: string, what: "ctstate" | "state"): number | ParseFailure {
  if (what === "state") {
    if (arg.endsWith(",") || arg === "") {
      if (arg.split(",").slice(0, -1).every((x) => x !== "" && STATE_PARSE.slice(0, 5).some((n) => n.toLowerCase().startsWith(x.toLowerCase())))) {
        return fail('"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED');
      }
    }
    return parseList(arg, STATE_PARSE.slice(0, 5), stateBit, "state");
  }
  return parseList(arg, STATE_PARSE, stateBit, "ctstate");
}

export function stateNames(mask: number): string {
  const out = STATES.filter(([, bit]) => mask & bit).map(([n]) => n);
  return out.join(",");
}

function statusNames(mask: number): string {
  if (mask === 0) return "NONE";
  return STATUSES.filter(([, bit]) => mask & bit).map(([n]) => n).join(",");
}

const ADDR_OPTS = ["ctorigsrc", "ctorigdst", "ctreplsrc", "ctrepldst"] as const;
const PORT_OPTS = ["ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport"] as const;

function dump(d: ConntrackData, prefix: string, numeric: boolean, names: NameDb): string {
  const inv = (o: string) => (d.invert.includes(o) ? " !" : "");
  let s = "";
  if (d.state !== undefined) s += `${inv("ctstate")} ${prefix}${d.stateAlias ? "state" : "ctstate"} ${stateNames(d.state)}`;
  if (d.proto !== undefined) s += `${inv("ctproto")} ${prefix}ctproto ${d.proto}`;
  for (const o of ADDR_OPTS) {
    const a = d[o.slice(2) as "origsrc"];
    if (!a) continue;
    const host = numeric ? formatIpv4(a.addr) : names.hostName(a.addr) ?? formatIpv4(a.addr);
    const shown = !numeric && a.addr === 0 ? "anywhere" : host + maskSuffix(a.mask);
    s += `${inv(o)} ${prefix}${o} ${shown}`;
  }
  for (const o of PORT_OPTS) {
    const r = d[o.slice(2) as "origsrcport"];
    if (!r) continue;
    s += `${inv(o)} ${prefix}${o} ${r[1] === 0 || r[0] === r[1] ? r[0] : `${r[0]}:${r[1]}`}`;
  }
  if (d.status !== undefined) s += `${inv("ctstatus")} ${prefix}ctstatus ${statusNames(d.status)}`;
  if (d.expire) s += `${inv("ctexpire")} ${prefix}ctexpire ${d.expire[0] === d.expire[1] ? d.expire[0] : `${d.expire[0]}:${d.expire[1]}`}`;
  if (d.dir) s += ` ${prefix}ctdir ${d.dir}`;
  return s;
}

function ctMatches(d: ConntrackData, ct: PacketConntrack | undefined): boolean {
  const test = (name: string, ok: boolean): boolean => ok !== d.invert.includes(name);
  if (d.state !== undefined) {
    let bit: number;
    if (!ct) bit = 1;
    else if (ct.state === "UNTRACKED") bit = 1 << 6;
    else bit = stateBit(ct.state);
    if (ct?.snat) bit |= 1 << 7;
    if (ct?.dnat) bit |= 1 << 8;
    if (!test("ctstate", (d.state & bit) !== 0)) return false;
  }
  if (!ct || ct.state === "UNTRACKED" || ct.state === "INVALID") {
    return d.proto === undefined && !ADDR_OPTS.some((o) => d[o.slice(2) as "origsrc"]) && d.status === undefined && d.expire === undefined && d.dir === undefined && !PORT_OPTS.some((o) => d[o.slice(2) as "origsrcport"]);
  }
  const orig = ct.original;
  const repl = ct.reply;
  const addrOk = (a: AddrTest | undefined, v: number | undefined) => !a || ((v ?? 0) & a.mask) >>> 0 === (a.addr & a.mask) >>> 0;
  const portOk = (r: [number, number] | undefined, v: number | undefined) => !r || ((v ?? 0) >= r[0] && (v ?? 0) <= r[1]);
  if (d.origsrc && !test("ctorigsrc", addrOk(d.origsrc, orig?.src))) return false;
  if (d.origdst && !test("ctorigdst", addrOk(d.origdst, orig?.dst))) return false;
  if (d.replsrc && !test("ctreplsrc", addrOk(d.replsrc, repl?.src))) return false;
  if (d.repldst && !test("ctrepldst", addrOk(d.repldst, repl?.dst))) return false;
  if (d.origsrcport && !test("ctorigsrcport", portOk(d.origsrcport, orig?.sport))) return false;
  if (d.origdstport && !test("ctorigdstport", portOk(d.origdstport, orig?.dport))) return false;
  if (d.replsrcport && !test("ctreplsrcport", portOk(d.replsrcport, repl?.sport))) return false;
  if (d.repldstport && !test("ctrepldstport", portOk(d.repldstport, repl?.dport))) return false;
  if (d.dir && (ct.direction === d.dir) === false) return false;
  if (d.status !== undefined) {
    const mask = ct.status.reduce((m, s) => m | (STATUSES.find(([n]) => n === s)?.[1] ?? 0), 0);
    if (!test("ctstatus", (mask & d.status) !== 0)) return false;
  }
  if (d.expire && !test("ctexpire", (ct.expire ?? 0) >= d.expire[0] && (ct.expire ?? 0) <= d.expire[1])) return false;
  return true;
}

function protoMatch(packet: Packet, d: ConntrackData): boolean {
  if (d.proto === undefined) return true;
  return (packet.proto === d.proto) !== d.invert.includes("ctproto");
}

export const conntrackMatch: MatchModule<ConntrackData> = {
  name: "conntrack",
  options: [
    { name: "ctstate", invert: true }, { name: "ctproto", invert: true },
    ...ADDR_OPTS.map((name) => ({ name, invert: true })), { name: "ctstatus", invert: true },
    { name: "ctexpire", invert: true }, ...PORT_OPTS.map((name) => ({ name, invert: true })), { name: "ctdir" },
  ],
  init: () => ({ invert: [] }),
  parse(d, opt, arg, invert, ctx) {
    const data: ConntrackData = { ...d, invert: invert ? [...d.invert, opt] : d.invert };
    const a = arg!;
    switch (opt) {
      case "ctstate": {
        const v = parseStates(a, "ctstate");
        if (typeof v !== "number") return v;
        data.state = v;
        break;
      }
      case "ctproto": {
        const n = xtStrtoui(a, 0, 255) ?? CHAIN_PROTOS.find(([name]) => name === a)?.[1] ?? ctx.names.protoNumber(a);
        if (n === undefined) return fail(`unknown protocol "${a}" specified`);
        data.proto = n;
        break;
      }
      case "ctstatus": {
        let mask = 0;
        const items = a.split(",");
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          const rest = items.slice(i).join(",");
          if (item === "") return fail(`Bad ctstatus "${rest}"`);
          if ("NONE".startsWith(item.toUpperCase())) continue;
          const st = STATUSES.find(([n]) => n.startsWith(item.toUpperCase()));
          if (!st) return fail(`Bad ctstatus "${rest}"`);
          mask |= st[1];
        }
        data.status = mask;
        break;
      }
      case "ctexpire": {
        const v = x6UintRange("conntrack", opt, a, 0xffffffff);
        if (!Array.isArray(v)) return v;
        data.expire = [v[0]!, v.length >= 2 ? v[1]! : v[0]!];
        break;
      }
      case "ctdir":
        if (a.toUpperCase() === "ORIGINAL") data.dir = "ORIGINAL";
        else if (a.toUpperCase() === "REPLY") data.dir = "REPLY";
        else return badValue("conntrack", "--ctdir", a);
        break;
      default:
        if ((ADDR_OPTS as readonly string[]).includes(opt)) {
          const v = x6HostMask("conntrack", opt, a, ctx.names);
          if ("error" in v) return v;
          data[opt.slice(2) as "origsrc"] = { addr: (v.addr & v.mask) >>> 0, mask: v.mask };
        } else {
          const r = x6PortRange("conntrack", opt, a, ctx.names);
          if (!Array.isArray(r)) return r;
          data[opt.slice(2) as "origsrcport"] = r;
        }
    }
    return data;
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("conntrack: At least one option is required") : undefined),
  save: (d) => dump(d, "--", true, undefined as never),
  print: (d, ctx) => dump(d, "", ctx.numeric, ctx.names),
  match: (d, p: Packet) => protoMatch(p, d) && ctMatches(d, p.ct),
};

export const stateMatch: MatchModule<ConntrackData> = {
  name: "state",
  options: [{ name: "state", invert: true, mandatory: true }],
  init: () => ({ stateAlias: true, invert: [] }),
  parse(_d, _opt, arg, invert) {
    const v = parseStates(arg!, "state");
    if (typeof v !== "number") return v;
    return { stateAlias: true, state: v, invert: invert ? ["ctstate"] : [] };
  },
  save: (d) => dump(d, "--", true, undefined as never),
  print: (d, ctx) => dump(d, "", ctx.numeric, ctx.names),
  match: (d, p: Packet) => ctMatches(d, p.ct),
};

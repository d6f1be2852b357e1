/**
 * ipset's sets (ip_set_core and its set types, as the ipset 7.17 tool shows
 * them): creating, adding, deleting, testing, listing and saving, and the
 * lookup the set match and SET target make for a packet.
 *
 * Sets live in `ns.netfilter.ipsets` as plain JSON (IpSet). Hash sets list
 * their members in the kernel's bucket order: jhash2 of the element with the
 * set's initval, bucket by bucket, so a set with a given initval lists in the
 * same order as the real one.
 */
import type { NameDb } from "./extension.js";
import { formatIpv6, maskIpv6, parseIpv6 } from "./ipv6.js";
import { ICMP_CODES } from "./matches/icmp-codes.js";
import type { Packet } from "./packet.js";
import type { IpSet, IpSetDim, IpSetMember, NetfilterState } from "./types.js";
import { inetAton } from "./xt-host.js";

export type { IpSet, IpSetDim, IpSetMember } from "./types.js";

/** A failed operation: `usage` errors print "Try `ipset help'" and exit 2. */
export interface IpsetFailure {
  readonly error: string;
  readonly usage?: boolean;
}

export const isIpsetFailure = (x: unknown): x is IpsetFailure => typeof x === "object" && x !== null && "error" in x;
const failure = (error: string, usage = false): IpsetFailure => ({ error, usage });
const syntax = (msg: string): IpsetFailure => failure(`Syntax error: ${msg}`);

type DimKind = "ip" | "net" | "port" | "iface" | "mac" | "set" | "bport";

interface SetType {
  readonly name: string;
  readonly kind: "hash" | "bitmap" | "list";
  readonly revision: number;
  readonly dims: readonly DimKind[];
  /** "Size in memory" of the empty set, inet and inet6. */
  readonly base: readonly [number, number];
  /** The element's size in the kernel (dsize without extensions), inet and inet6. */
  readonly elem: readonly [number, number];
  readonly netmask?: boolean;
  readonly nomatch?: boolean;
  readonly families: readonly ("inet" | "inet6")[];
}

const INET = ["inet", "inet6"] as const;

const TYPES: readonly SetType[] = [
  { name: "hash:ip", kind: "hash", revision: 6, dims: ["ip"], base: [216, 224], elem: [4, 16], netmask: true, families: INET },
  { name: "hash:net", kind: "hash", revision: 7, dims: ["net"], base: [456, 1240], elem: [8, 20], nomatch: true, families: INET },
  { name: "hash:ip,port", kind: "hash", revision: 7, dims: ["ip", "port"], base: [216, 232], elem: [8, 20], netmask: true, families: INET },
  { name: "hash:net,port", kind: "hash", revision: 8, dims: ["net", "port"], base: [456, 1240], elem: [8, 20], nomatch: true, families: INET },
  { name: "hash:ip,port,ip", kind: "hash", revision: 6, dims: ["ip", "port", "ip"], base: [208, 232], elem: [12, 36], families: INET },
  { name: "hash:ip,port,net", kind: "hash", revision: 8, dims: ["ip", "port", "net"], base: [464, 1256], elem: [12, 36], nomatch: true, families: INET },
  { name: "hash:net,iface", kind: "hash", revision: 8, dims: ["net", "iface"], base: [488, 1264], elem: [28, 40], nomatch: true, families: INET },
  { name: "bitmap:ip", kind: "bitmap", revision: 3, dims: ["ip"], base: [88, 88], elem: [0, 0], netmask: true, families: ["inet"] },
  { name: "bitmap:ip,mac", kind: "bitmap", revision: 3, dims: ["ip", "mac"], base: [80, 80], elem: [8, 8], families: ["inet"] },
  { name: "bitmap:port", kind: "bitmap", revision: 3, dims: ["bport"], base: [72, 72], elem: [0, 0], families: ["inet"] },
  { name: "list:set", kind: "list", revision: 3, dims: ["set"], base: [80, 80], elem: [48, 48], families: ["inet"] },
];

/** Types the ipset tool knows but this kernel has no module for. */
const KERNEL_MISSING = new Set(["hash:mac", "hash:ip,mac", "hash:ip,mark", "hash:net,net", "hash:net,port,net"]);

const ALIASES: Record<string, string> = { iphash: "hash:ip", nethash: "hash:net", ipporthash: "hash:ip,port", ipmap: "bitmap:ip", portmap: "bitmap:port", macipmap: "bitmap:ip,mac", setlist: "list:set" };

export function setType(name: string): SetType | undefined {
  return TYPES.find((t) => t.name === name);
}

const ORDINAL = ["First", "Second", "Third"];
const SEPARATORS = ["none", "one", "two"];

// ---------------------------------------------------------------- hashing

function rol(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** The kernel's jhash2 over 32-bit words (lookup3). */
export function jhash2(k: readonly number[], initval: number): number {
  let n = k.length;
  let a = (0xdeadbeef + (n << 2) + initval) >>> 0;
  let b = a;
  let c = a;
  let i = 0;
  while (n > 3) {
    a = (a + k[i]!) >>> 0;
    b = (b + k[i + 1]!) >>> 0;
    c = (c + k[i + 2]!) >>> 0;
    a = (a - c) >>> 0; a = (a ^ rol(c, 4)) >>> 0; c = (c + b) >>> 0;
    b = (b - a) >>> 0; b = (b ^ rol(a, 6)) >>> 0; a = (a + c) >>> 0;
    c = (c - b) >>> 0; c = (c ^ rol(b, 8)) >>> 0; b = (b + a) >>> 0;
    a = (a - c) >>> 0; a = (a ^ rol(c, 16)) >>> 0; c = (c + b) >>> 0;
    b = (b - a) >>> 0; b = (b ^ rol(a, 19)) >>> 0; a = (a + c) >>> 0;
    c = (c - b) >>> 0; c = (c ^ rol(b, 4)) >>> 0; b = (b + a) >>> 0;
    n -= 3;
    i += 3;
  }
  if (n === 0) return c;
  if (n === 3) c = (c + k[i + 2]!) >>> 0;
  if (n >= 2) b = (b + k[i + 1]!) >>> 0;
  a = (a + k[i]!) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol(b, 14)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rol(c, 11)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rol(a, 25)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol(b, 16)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rol(c, 4)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rol(a, 14)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol(b, 24)) >>> 0;
  return c;
}

/** A big-endian field as a little-endian CPU reads it. */
const bswap32 = (v: number): number => (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
const bswap16 = (v: number): number => ((v & 0xff) << 8) | (v >>> 8);

function ipWords(d: IpSetDim): number[] {
  if (d.ip6) {
    const g = d.ip6;
    return [0, 2, 4, 6].map((i) => bswap32(((g[i]! << 16) | g[i + 1]!) >>> 0));
  }
  return [bswap32(d.ip ?? 0)];
}

/** The words the kernel hashes for an element (the element struct up to HKEY_DATALEN). */
function hashKey(type: SetType, dims: readonly IpSetDim[]): number[] {
  const [a, b, c] = dims;
  const port = (d: IpSetDim | undefined): number => bswap16(d?.port ?? 0) | ((d?.proto ?? 0) << 16);
  switch (type.name) {
    case "hash:ip":
      return ipWords(a!);
    case "hash:net":
      return [...ipWords(a!), (a!.cidr! << 24) >>> 0];
    case "hash:ip,port":
      return [...ipWords(a!), port(b)];
    case "hash:net,port":
      return [...ipWords(a!), (port(b) | ((a!.cidr! - 1) << 24)) >>> 0];
    case "hash:ip,port,ip":
      return [...ipWords(a!), ...ipWords(c!), port(b)];
    case "hash:ip,port,net":
      return [...ipWords(a!), ...ipWords(c!), (bswap16(b!.port ?? 0) | ((c!.cidr! - 1) << 16) | ((b!.proto ?? 0) << 24)) >>> 0];
    case "hash:net,iface":
      return [...ipWords(a!), ((b!.physdev ? 1 : 0) | (a!.cidr! << 8) | (1 << 24)) >>> 0];
    default:
      return [];
  }
}

// ---------------------------------------------------------------- element text

function protoName(proto: number, names: NameDb): string {
  return names.protoName(proto) ?? String(proto);
}

function icmpText(port: number): string {
  const type = port >> 8;
  const code = port & 0xff;
  const hit = ICMP_CODES.find((n) => n.type === type && n.name !== "any" && (n.codeMin === n.codeMax ? n.codeMin === code : code === 0 && !ICMP_CODES.some((m) => m.type === type && m.codeMin === 0 && m.codeMax === 0)));
  return hit ? hit.name : `${type}/${code}`;
}

function dimText(d: IpSetDim, kind: DimKind, names: NameDb): string {
  switch (kind) {
    case "ip":
    case "net": {
      const addr = d.ip6 ? formatIpv6(d.ip6) : formatIpv4(d.ip ?? 0);
      const full = d.ip6 ? 128 : 32;
      return kind === "net" && d.cidr !== undefined && d.cidr !== full ? `${addr}/${d.cidr}` : addr;
    }
    case "port": {
      const proto = d.proto ?? 6;
      if (proto === 1 || proto === 58) return `${protoName(proto, names)}:${icmpText(d.port ?? 0)}`;
      return `${protoName(proto, names)}:${d.port ?? 0}`;
    }
    case "bport":
      return String(d.port ?? 0);
    case "iface":
      return d.physdev ? `physdev:${d.iface}` : d.iface ?? "";
    case "mac":
      return d.mac ?? "";
    case "set":
      return d.set ?? "";
  }
}

export function formatIpv4(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 0xff}.${(v >>> 8) & 0xff}.${v & 0xff}`;
}

export function elemText(set: IpSet, m: IpSetMember, names: NameDb): string {
  const type = setType(set.type)!;
  return m.dims.map((d, i) => dimText(d, type.dims[i]!, names)).join(",");
}

/** A string identifying an element within its set (for the index and equality). */
function dimsKey(dims: readonly IpSetDim[]): string {
  let s = "";
  for (const d of dims) s += `${d.ip ?? ""}|${d.ip6 ? d.ip6.join(":") : ""}|${d.cidr ?? ""}|${d.proto ?? ""}|${d.port ?? ""}|${d.iface ?? ""}|${d.physdev ? 1 : ""}|${d.mac ?? ""}|${d.set ?? ""};`;
  return s;
}

// ---------------------------------------------------------------- parsing elements

const maskV4 = (v: number, cidr: number): number => (cidr === 0 ? 0 : (v & (0xffffffff << (32 - cidr))) >>> 0);

interface IpParsed {
  /** One address, a range, or a CIDR (v4); one address with a prefix (v6). */
  from?: number;
  to?: number;
  cidr?: number;
  ip6?: number[];
  text: string;
}

function parseCidrNumber(text: string, max: number): number | IpsetFailure {
  if (!/^\d+$/.test(text)) return syntax(`'${text}' is invalid as number`);
  const v = Number(text);
  if (v > max) return syntax(`'${text}' is out of range 0-${max}`);
  return v;
}

function resolveV4(text: string, names: NameDb): number | IpsetFailure {
  const v = inetAton(text);
  if (v !== undefined) return v;
  const addrs = names.hostAddrs(text);
  if (addrs.length > 0) return addrs[0]!;
  return syntax(`cannot parse ${text}: resolving to IPv4 address failed`);
}

/** IP, IP/CIDR or FROM-TO (ipset_parse_ip / ipset_parse_ipnet). */
function parseIpPart(text: string, family: "inet" | "inet6", names: NameDb, allowCidr: boolean, allowRange: boolean): IpParsed | IpsetFailure {
  if (family === "inet6") {
    const slash = text.indexOf("/");
    const addrText = slash < 0 ? text : text.slice(0, slash);
    const g = parseIpv6(addrText);
    if (!g) return syntax(`cannot parse ${addrText}: resolving to IPv6 address failed`);
    let cidr = 128;
    if (slash >= 0) {
      if (!allowCidr) return syntax(`plain IP address must be supplied: ${text}`);
      const c = parseCidrNumber(text.slice(slash + 1), 128);
      if (typeof c !== "number") return c;
      cidr = c;
    }
    return { ip6: g, cidr, text };
  }
  const slash = text.indexOf("/");
  if (slash >= 0) {
    if (!allowCidr) return syntax(`plain IP address must be supplied: ${text}`);
    const a = resolveV4(text.slice(0, slash), names);
    if (typeof a !== "number") return a;
    const c = parseCidrNumber(text.slice(slash + 1), 32);
    if (typeof c !== "number") return c;
    return { from: a, cidr: c, text };
  }
  const dash = text.indexOf("-");
  if (dash > 0 && inetAton(text) === undefined) {
    if (!allowRange) return syntax(`plain IP address must be supplied: ${text}`);
    const a = resolveV4(text.slice(0, dash), names);
    if (typeof a !== "number") return a;
    const b = resolveV4(text.slice(dash + 1), names);
    if (typeof b !== "number") return b;
    return { from: Math.min(a, b), to: Math.max(a, b), text };
  }
  const a = resolveV4(text, names);
  if (typeof a !== "number") return a;
  return { from: a, text };
}

/** A v4 range as the fewest CIDR blocks (ip_set_range_to_cidr). */
function rangeToCidrs(from: number, to: number): { ip: number; cidr: number }[] {
  const out: { ip: number; cidr: number }[] = [];
  let ip = from;
  for (;;) {
    let cidr = 32;
    while (cidr > 0) {
      const size = 2 ** (32 - (cidr - 1));
      if (ip % size !== 0 || ip + size - 1 > to) break;
      cidr--;
    }
    out.push({ ip, cidr });
    const next = ip + 2 ** (32 - cidr);
    if (next > to) break;
    ip = next;
  }
  return out;
}

const PORT_PROTOS: Record<string, number> = { tcp: 6, udp: 17, sctp: 132, udplite: 136, icmp: 1, icmpv6: 58 };

function parseIcmp(text: string): number | IpsetFailure {
  const hit = ICMP_CODES.find((n) => n.name.toLowerCase() === text.toLowerCase() && n.name !== "any");
  if (hit) return (hit.type << 8) | (hit.codeMin === hit.codeMax ? hit.codeMin : 0);
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (m && Number(m[1]) <= 255 && Number(m[2]) <= 255) return (Number(m[1]) << 8) | Number(m[2]);
  return failure(`Cannot parse ${text} as an ICMP type/code.`);
}

/** "[proto:]port[-port]" (ipset_parse_proto_port): the protocol and the port range. */
function parseProtoPort(text: string, names: NameDb): { proto: number; from: number; to: number } | IpsetFailure {
  const colon = text.indexOf(":");
  let proto = 6;
  let portText = text;
  if (colon >= 0) {
    const p = text.slice(0, colon);
    portText = text.slice(colon + 1);
    const known = PORT_PROTOS[p.toLowerCase()] ?? names.protoNumber(p) ?? (/^\d+$/.test(p) && Number(p) <= 255 ? Number(p) : undefined);
    if (known === undefined) return syntax(`cannot parse '${p}' as a protocol`);
    proto = known;
    if (proto === 1 || proto === 58) {
      const t = parseIcmp(portText);
      return typeof t === "number" ? { proto, from: t, to: t } : t;
    }
    if (![6, 17, 132, 136].includes(proto)) {
      if (portText !== "0") return syntax(`Only port 0 is allowed with protocol ${p}`);
      return { proto, from: 0, to: 0 };
    }
  }
  const pname = protoName(proto, names);
  const one = (s: string): number | IpsetFailure => {
    if (/^\d+$/.test(s)) {
      if (Number(s) > 65535) return failure(`Syntax error: '${s}' is out of range 0-65535\nSyntax error: '${pname}' is invalid as number\ncannot parse '${s}' as a ${pname} port`);
      return Number(s);
    }
    const v = names.servicePort(s, pname);
    if (v !== undefined) return v;
    return failure(`Syntax error: '${s}' is invalid as number\nSyntax error: '${pname}' is invalid as number\ncannot parse '${s}' as a ${pname} port`);
  };
  const dash = portText.indexOf("-");
  const a = one(dash < 0 ? portText : portText.slice(0, dash));
  if (typeof a !== "number") return a;
  if (dash < 0) return { proto, from: a, to: a };
  const b = one(portText.slice(dash + 1));
  if (typeof b !== "number") return b;
  return { proto, from: Math.min(a, b), to: Math.max(a, b) };
}

/** Splits "a,b,c" into the set type's dimensions, with ipset's messages for too few or too many. */
function splitDims(type: SetType, text: string): string[] | IpsetFailure {
  const parts = text.split(",");
  const want = type.dims.length;
  if (parts.length < want) return syntax(`${ORDINAL[parts.length]} element is missing from ${text}.`);
  if (parts.length > want) {
    const seps = parts.length - 1;
    const what = seps === 1 ? "Elem separator" : `${["", "", "Two", "Three", "Four"][seps] ?? seps} elem separators`;
    return syntax(`${what} in ${text}, but settype ${type.name} supports ${SEPARATORS[want - 1]}.`);
  }
  return parts;
}

/** The elements an ENTRY stands for (ranges expand), each as its dimensions. */
export function parseEntry(set: IpSet, text: string, names: NameDb, sets: readonly IpSet[], forTest: boolean): IpSetDim[][] | IpsetFailure {
  const type = setType(set.type)!;
  const family = set.family ?? "inet";
  const parts = splitDims(type, text);
  if (isIpsetFailure(parts)) return parts;
  let combos: IpSetDim[][] = [[]];
  const extend = (options: IpSetDim[]): void => {
    const next: IpSetDim[][] = [];
    for (const c of combos) for (const o of options) next.push([...c, o]);
    combos = next;
  };
  for (let i = 0; i < type.dims.length; i++) {
    const kind = type.dims[i]!;
    const part = parts[i]!;
    switch (kind) {
      case "ip":
      case "net": {
        const isNet = kind === "net";
        const p = parseIpPart(part, family, names, isNet || (!forTest && i === 0) || type.kind === "bitmap", !forTest);
        if (isIpsetFailure(p)) return p;
        if (p.ip6) {
          const cidr = isNet ? p.cidr! : 128;
          if (isNet && cidr === 0) return failure("The value of the CIDR parameter of the IP address is invalid");
          const mask = !isNet && set.netmask !== undefined ? set.netmask : cidr;
          extend([isNet ? { ip6: maskIpv6(p.ip6, cidr), cidr } : { ip6: maskIpv6(p.ip6, mask) }]);
          break;
        }
        const netmask = set.netmask ?? 32;
        if (isNet) {
          if (p.to !== undefined) extend(rangeToCidrs(p.from!, p.to));
          else {
            const cidr = p.cidr ?? 32;
            if (cidr === 0) return failure("The value of the CIDR parameter of the IP address is invalid");
            extend([{ ip: maskV4(p.from!, cidr), cidr }]);
          }
          break;
        }
        // A plain IP dimension: a CIDR or range adds every address (masked by the set's netmask).
        let from = p.from!;
        let to = p.to ?? p.from!;
        if (p.cidr !== undefined) {
          from = maskV4(p.from!, p.cidr);
          to = from + 2 ** (32 - p.cidr) - 1;
        }
        if (type.kind === "bitmap" && set.range && (from < set.range[0] || to > set.range[1])) return failure("Element is out of the range of the set");
        const step = 2 ** (32 - netmask);
        const out: IpSetDim[] = [];
        for (let v = maskV4(from, netmask); v <= to; v += step) {
          out.push({ ip: v });
          if (out.length > 65536) return failure("Hash is full, cannot add more elements");
        }
        extend(out);
        break;
      }
      case "port": {
        const p = parseProtoPort(part, names);
        if (isIpsetFailure(p)) return p;
        const out: IpSetDim[] = [];
        for (let v = p.from; v <= p.to; v++) out.push({ proto: p.proto, port: v });
        extend(out);
        break;
      }
      case "bport": {
        const p = parseProtoPort(part, names);
        if (isIpsetFailure(p)) return p;
        if (set.range && (p.from < set.range[0] || p.to > set.range[1])) return failure("Element is out of the range of the set");
        const out: IpSetDim[] = [];
        for (let v = p.from; v <= p.to; v++) out.push({ port: v });
        extend(out);
        break;
      }
      case "iface": {
        const physdev = part.startsWith("physdev:");
        const name = physdev ? part.slice(8) : part;
        if (name.length === 0 || name.length > 15) return syntax(`Invalid interface name: ${name}`);
        extend([physdev ? { iface: name, physdev: true } : { iface: name }]);
        break;
      }
      case "mac": {
        if (!/^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$/.test(part)) return syntax(`cannot parse ${part} as ethernet address`);
        extend([{ mac: part.toUpperCase() }]);
        break;
      }
      case "set": {
        if (!sets.some((s) => s.name === part)) return failure("Set to be added/deleted/tested as element does not exist.");
        extend([{ set: part }]);
        break;
      }
    }
  }
  return combos;
}

// ---------------------------------------------------------------- sets

export interface CreateOptions {
  family?: "inet" | "inet6";
  hashsize?: number;
  maxelem?: number;
  netmask?: number;
  timeout?: number;
  counters?: boolean;
  comment?: boolean;
  skbinfo?: boolean;
  forceadd?: boolean;
  bucketsize?: number;
  initval?: number;
  range?: [number, number];
  size?: number;
}

interface CreateOption {
  readonly name: string;
  readonly arg: boolean;
  readonly kinds: readonly SetType["kind"][];
  readonly netmask?: boolean;
}

const CREATE_OPTIONS: readonly CreateOption[] = [
  { name: "family", arg: true, kinds: ["hash"] }, { name: "-4", arg: false, kinds: ["hash"] }, { name: "-6", arg: false, kinds: ["hash"] },
  { name: "hashsize", arg: true, kinds: ["hash"] }, { name: "maxelem", arg: true, kinds: ["hash"] },
  { name: "netmask", arg: true, kinds: ["hash", "bitmap"], netmask: true }, { name: "range", arg: true, kinds: ["bitmap"] },
  { name: "size", arg: true, kinds: ["list"] }, { name: "timeout", arg: true, kinds: ["hash", "bitmap", "list"] },
  { name: "counters", arg: false, kinds: ["hash", "bitmap", "list"] }, { name: "comment", arg: false, kinds: ["hash", "bitmap", "list"] },
  { name: "forceadd", arg: false, kinds: ["hash"] }, { name: "skbinfo", arg: false, kinds: ["hash", "bitmap", "list"] },
  { name: "bucketsize", arg: true, kinds: ["hash"] }, { name: "initval", arg: true, kinds: ["hash"] },
];

/** A number as ipset reads it (decimal, 0x hex or 0 octal, up to 2^32-1). */
function ipsetNumber(text: string, max = 0xffffffff): number | IpsetFailure {
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) v = parseInt(text.slice(2), 16);
  else if (/^0[0-7]*$/.test(text)) v = parseInt(text, 8);
  else if (/^[1-9]\d*$/.test(text)) v = Number(text);
  else return syntax(`'${text}' is invalid as number`);
  if (v > max) return syntax(`'${text}' is out of range 0-${max}`);
  return v;
}

/** `create SETNAME TYPENAME [options]`: a new set (not yet stored). */
export function buildSet(name: string, typeName: string, args: readonly string[], initval: number, names: NameDb): IpSet | IpsetFailure {
  const canonical = ALIASES[typeName] ?? typeName;
  const type = setType(canonical);
  if (!type) {
    if (KERNEL_MISSING.has(canonical)) return failure("Kernel error received: set type not supported");
    return syntax(`typename '${typeName}' is unknown`);
  }
  const o: CreateOptions = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const spec = CREATE_OPTIONS.find((c) => c.name === word && c.kinds.includes(type.kind) && (!c.netmask || type.netmask));
    if (!spec) return failure(`Unknown argument: \`${word}'`, true);
    let arg = "";
    if (spec.arg) {
      if (i + 1 >= args.length) return failure(`Missing mandatory argument of option \`${word}'`, true);
      arg = args[++i]!;
    }
    switch (word) {
      case "family":
        if (arg !== "inet" && arg !== "inet6" && arg !== "ipv4" && arg !== "ipv6") return syntax(`unknown inet family ${arg}`);
        o.family = arg === "inet6" || arg === "ipv6" ? "inet6" : "inet";
        break;
      case "-4":
        o.family = "inet";
        break;
      case "-6":
        o.family = "inet6";
        break;
      case "range": {
        if (type.dims[0] === "bport") {
          const p = /^(\d+)-(\d+)$/.exec(arg) ?? /^(\d+)$/.exec(arg);
          if (!p || Number(p[1]) > 65535 || Number(p[2] ?? p[1]) > 65535) return syntax(`cannot parse '${arg}' as a port range`);
          const a = Number(p[1]);
          const b = Number(p[2] ?? p[1]);
          o.range = [Math.min(a, b), Math.max(a, b)];
          break;
        }
        const p = parseIpPart(arg, "inet", names, true, true);
        if (isIpsetFailure(p)) return p;
        if (p.cidr !== undefined) {
          const from = maskV4(p.from!, p.cidr);
          o.range = [from, from + 2 ** (32 - p.cidr) - 1];
        } else o.range = [p.from!, p.to ?? p.from!];
        break;
      }
      case "counters":
      case "comment":
      case "forceadd":
      case "skbinfo":
        o[word] = true;
        break;
      case "netmask": {
        const v = parseCidrNumber(arg, (o.family ?? "inet") === "inet6" ? 128 : 32);
        if (isIpsetFailure(v)) return v;
        o.netmask = v;
        break;
      }
      default: {
        const v = ipsetNumber(arg);
        if (isIpsetFailure(v)) return v;
        (o as Record<string, number>)[word] = v;
      }
    }
  }
  if (type.kind === "bitmap" && !o.range) return failure("Mandatory option `range' is missing", true);
  const set: IpSet = { name, type: type.name, revision: type.revision, members: [] };
  if (type.kind === "hash") {
    set.family = o.family ?? "inet";
    let hashsize = o.hashsize ?? 1024;
    if (hashsize < 64) hashsize = 64;
    set.hashsize = 2 ** Math.ceil(Math.log2(hashsize));
    set.maxelem = o.maxelem ?? 65536;
    if (o.netmask !== undefined) set.netmask = o.netmask;
  }
  if (type.kind === "bitmap") {
    const r = o.range!;
    if (type.dims[0] !== "bport") {
      const netmask = o.netmask ?? 32;
      const count = Math.floor((r[1] - r[0]) / 2 ** (32 - netmask)) + 1;
      if (count > 65536) return failure("The range you specified exceeds the size limit of the set type");
      if (o.netmask !== undefined) set.netmask = o.netmask;
    }
    set.range = r;
  }
  if (type.kind === "list") set.size = o.size ?? 8;
  if (o.timeout !== undefined) set.timeout = o.timeout;
  if (o.counters) set.counters = true;
  if (o.comment) set.comment = true;
  if (o.skbinfo) set.skbinfo = true;
  if (o.forceadd) set.forceadd = true;
  if (type.kind === "hash") {
    set.bucketsize = Math.min(Math.max(o.bucketsize ?? 12, 2), 12) & ~1;
    set.initval = o.initval ?? initval;
  }
  return set;
}

/** Whether `create -exist` may keep an existing set: the same type and options (the initval aside). */
export function sameSet(a: IpSet, b: IpSet, initvalGiven: boolean): boolean {
  const strip = (s: IpSet): string => JSON.stringify({ ...s, name: "", members: [], initval: initvalGiven ? s.initval : 0 });
  return strip(a) === strip(b);
}

/** The header line's text. */
export function headerText(set: IpSet): string {
  const parts: string[] = [];
  const type = setType(set.type)!;
  if (type.kind === "hash") parts.push(`family ${set.family} hashsize ${set.hashsize} maxelem ${set.maxelem}`);
  if (type.kind === "bitmap") {
    const r = set.range!;
    parts.push(type.dims[0] === "bport" ? `range ${r[0]}-${r[1]}` : `range ${formatIpv4(r[0])}-${formatIpv4(r[1])}`);
  }
  if (set.netmask !== undefined) parts.push(`netmask ${set.netmask}`);
  if (type.kind === "list") parts.push(`size ${set.size}`);
  if (set.timeout !== undefined) parts.push(`timeout ${set.timeout}`);
  if (set.counters) parts.push("counters");
  if (set.comment) parts.push("comment");
  if (set.skbinfo) parts.push("skbinfo");
  if (type.kind === "hash") parts.push(`bucketsize ${set.bucketsize} initval 0x${(set.initval! >>> 0).toString(16).padStart(8, "0")}`);
  return parts.join(" ");
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** "Size in memory": the set's struct, and per element its bucket slot with the extensions. */
export function memSize(set: IpSet, nowMs: number): number {
  const type = setType(set.type)!;
  const v6 = set.family === "inet6" ? 1 : 0;
  const ext = (set.timeout !== undefined ? 8 : 0) + (set.counters ? 16 : 0) + (set.comment ? 8 : 0) + (set.skbinfo ? 16 : 0);
  const elem = type.elem[v6]!;
  const dsize = ext ? align8(elem) + ext : elem;
  const live = liveMembers(set, nowMs);
  const comments = live.reduce((n, m) => n + (m.comment !== undefined ? 16 + m.comment.length + 1 : 0), 0);
  if (type.kind === "hash") return type.base[v6]! + live.length * (32 + 2 * dsize) + comments;
  if (type.kind === "list") return type.base[0] + live.length * (48 + ext) + comments;
  const r = set.range!;
  const netmask = set.netmask ?? 32;
  const count = type.dims[0] === "bport" ? r[1] - r[0] + 1 : Math.floor((r[1] - r[0]) / 2 ** (32 - netmask)) + 1;
  return type.base[0] + Math.ceil(count / 64) * 8 + count * dsize + comments;
}

export function liveMembers(set: IpSet, nowMs: number): IpSetMember[] {
  return set.members.filter((m) => m.expiresAtMs === undefined || m.expiresAtMs > nowMs);
}

/** The members in the order the kernel lists them. */
export function listedMembers(set: IpSet, nowMs: number, sorted = false): IpSetMember[] {
  const live = liveMembers(set, nowMs);
  const type = setType(set.type)!;
  if (type.kind === "bitmap") {
    return [...live].sort((a, b) => (a.dims[0]!.ip ?? a.dims[0]!.port ?? 0) - (b.dims[0]!.ip ?? b.dims[0]!.port ?? 0));
  }
  if (type.kind === "list") return live;
  void sorted;
  const mask = set.hashsize! - 1;
  const bucket = live.map((m) => jhash2(m.key ?? hashKey(type, m.dims), set.initval!) & mask);
  return live.map((m, i) => ({ m, i })).sort((a, b) => bucket[a.i]! - bucket[b.i]! || a.i - b.i).map((x) => x.m);
}

/** The options after an element in list and save output. */
export function memberOptions(set: IpSet, m: IpSetMember, nowMs: number): string {
  let s = m.nomatch ? " nomatch" : "";
  if (set.timeout !== undefined) {
    const left = m.expiresAtMs === undefined ? 0 : Math.max(1, Math.floor((m.expiresAtMs - nowMs - 1) / 1000));
    s += ` timeout ${left}`;
  }
  if (set.counters) s += ` packets ${m.packets ?? 0} bytes ${m.bytes ?? 0}`;
  if (m.comment !== undefined) s += ` comment "${m.comment}"`;
  if (m.skbmark !== undefined) s += ` skbmark 0x${m.skbmark[0].toString(16)}${m.skbmark[1] !== 0xffffffff ? `/0x${m.skbmark[1].toString(16)}` : ""}`;
  if (m.skbprio !== undefined) s += ` skbprio ${m.skbprio}`;
  if (m.skbqueue !== undefined) s += ` skbqueue ${m.skbqueue}`;
  return s;
}

// ---------------------------------------------------------------- add, del, test

export interface EntryOptions {
  timeout?: number;
  packets?: number;
  bytes?: number;
  comment?: string;
  nomatch?: boolean;
  skbmark?: [number, number];
  skbprio?: string;
  skbqueue?: number;
  before?: string;
  after?: string;
}

/** The options after ENTRY in add (del and test take none but before/after for list:set). */
export function parseEntryOptions(set: IpSet, args: readonly string[], command: "add" | "del" | "test"): EntryOptions | IpsetFailure {
  const type = setType(set.type)!;
  const o: EntryOptions = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const takes = ["timeout", "packets", "bytes", "comment", "skbmark", "skbprio", "skbqueue", "before", "after"];
    const allowed =
      command === "add"
        ? takes.includes(word) && (type.kind === "list" || (word !== "before" && word !== "after"))
        : type.kind === "list" && (word === "before" || word === "after");
    const flag = word === "nomatch" && type.nomatch === true && command !== "test";
    if (!allowed && !flag) return failure(`Unknown argument: \`${word}'`, true);
    if (flag) {
      o.nomatch = true;
      continue;
    }
    if (i + 1 >= args.length) return failure(`Missing mandatory argument of option \`${word}'`, true);
    const arg = args[++i]!;
    switch (word) {
      case "timeout":
      case "packets":
      case "bytes":
      case "skbqueue": {
        const v = ipsetNumber(arg);
        if (isIpsetFailure(v)) return v;
        o[word] = v;
        break;
      }
      case "comment":
        if (arg.length > 255) return syntax("Comment is longer than the maximum allowed 255 characters");
        o.comment = arg;
        break;
      case "skbmark": {
        const [a, b] = arg.split("/");
        const v = ipsetNumber(a!);
        if (isIpsetFailure(v)) return v;
        const m = b === undefined ? 0xffffffff : ipsetNumber(b);
        if (isIpsetFailure(m)) return m;
        o.skbmark = [v, m];
        break;
      }
      case "skbprio":
        o.skbprio = arg;
        break;
      default:
        o[word as "before" | "after"] = arg;
    }
  }
  if (o.timeout !== undefined && set.timeout === undefined) return failure("Timeout cannot be used: set was created without timeout support");
  if ((o.packets !== undefined || o.bytes !== undefined) && !set.counters) return failure("Packet/byte counters cannot be used: set was created without counter support");
  if (o.comment !== undefined && !set.comment) return failure("Comment cannot be used: set was created without comment support");
  if ((o.skbmark || o.skbprio || o.skbqueue !== undefined) && !set.skbinfo) return failure("Skbinfo mapping cannot be used: set was created without skbinfo support");
  return o;
}

const indexCache = new WeakMap<IpSetMember[], Map<string, IpSetMember>>();

function indexOf(set: IpSet): Map<string, IpSetMember> {
  let idx = indexCache.get(set.members);
  if (!idx) {
    idx = new Map();
    for (const m of set.members) idx.set(dimsKey(m.dims), m);
    indexCache.set(set.members, idx);
  }
  return idx;
}

function isLive(m: IpSetMember, nowMs: number): boolean {
  return m.expiresAtMs === undefined || m.expiresAtMs > nowMs;
}

/** Adds the elements; the first that is there already stops it (unless `exist`), as the kernel does. */
export function addElements(set: IpSet, elems: readonly IpSetDim[][], o: EntryOptions, exist: boolean, nowMs: number): IpsetFailure | undefined {
  const type = setType(set.type)!;
  const idx = indexOf(set);
  for (const dims of elems) {
    const key = dimsKey(dims);
    const old = idx.get(key);
    const timeout = o.timeout ?? set.timeout;
    const expiresAtMs = timeout !== undefined && timeout > 0 ? nowMs + timeout * 1000 : undefined;
    if (old && isLive(old, nowMs)) {
      if (!exist) return failure("Element cannot be added to the set: it's already added");
      if (set.timeout !== undefined) {
        if (expiresAtMs === undefined) delete old.expiresAtMs;
        else old.expiresAtMs = expiresAtMs;
      }
      if (o.packets !== undefined) old.packets = o.packets;
      if (o.bytes !== undefined) old.bytes = o.bytes;
      if (o.comment !== undefined) old.comment = o.comment;
      continue;
    }
    if (old) removeMember(set, old);
    const live = liveMembers(set, nowMs).length;
    if (type.kind === "hash" && live >= set.maxelem! && !set.forceadd) return failure("Hash is full, cannot add more elements");
    if (type.kind === "list" && live >= set.size!) return failure("List set is full, cannot add new elements");
    const m: IpSetMember = { dims };
    if (type.kind === "hash") m.key = hashKey(type, dims);
    if (expiresAtMs !== undefined) m.expiresAtMs = expiresAtMs;
    if (set.counters) {
      m.packets = o.packets ?? 0;
      m.bytes = o.bytes ?? 0;
    }
    if (o.comment !== undefined) m.comment = o.comment;
    if (o.nomatch) m.nomatch = true;
    if (o.skbmark) m.skbmark = o.skbmark;
    if (o.skbprio !== undefined) m.skbprio = o.skbprio;
    if (o.skbqueue !== undefined) m.skbqueue = o.skbqueue;
    if (type.kind === "list" && (o.before !== undefined || o.after !== undefined)) {
      const ref = o.before ?? o.after!;
      const at = set.members.findIndex((x) => x.dims[0]!.set === ref);
      if (at < 0) return failure(`Element ${ref} is not in the list set`);
      set.members.splice(o.before !== undefined ? at : at + 1, 0, m);
      indexCache.delete(set.members);
    } else {
      set.members.push(m);
      idx.set(key, m);
    }
  }
  return undefined;
}

function removeMember(set: IpSet, m: IpSetMember): void {
  const i = set.members.indexOf(m);
  if (i >= 0) set.members.splice(i, 1);
  indexCache.delete(set.members);
}

export function delElements(set: IpSet, elems: readonly IpSetDim[][], exist: boolean, nowMs: number): IpsetFailure | undefined {
  const idx = indexOf(set);
  for (const dims of elems) {
    const old = idx.get(dimsKey(dims));
    if (!old || !isLive(old, nowMs)) {
      if (!exist) return failure("Element cannot be deleted from the set: it's not added");
      continue;
    }
    removeMember(set, old);
  }
  return undefined;
}

/** `ipset test`: whether the element is in the set (a net set finds an address in any of its networks). */
export function testElement(set: IpSet, dims: readonly IpSetDim[], nowMs: number, sets: readonly IpSet[]): boolean {
  const type = setType(set.type)!;
  if (type.kind === "list") {
    const name = dims[0]!.set;
    return set.members.some((m) => isLive(m, nowMs) && m.dims[0]!.set === name);
  }
  void sets;
  const idx = indexOf(set);
  const exact = idx.get(dimsKey(dims));
  if (exact && isLive(exact, nowMs)) return !exact.nomatch;
  if (!type.dims.includes("net")) return false;
  // The address against every network of the set, most specific first.
  return lookupNets(set, type, dims, nowMs) === true;
}

function coversIp(member: IpSetDim, value: IpSetDim): boolean {
  if (member.ip6 || value.ip6) {
    if (!member.ip6 || !value.ip6) return false;
    const cidr = member.cidr ?? 128;
    const masked = maskIpv6(value.ip6, cidr);
    return masked.every((g, i) => g === member.ip6![i]);
  }
  const cidr = member.cidr ?? 32;
  return maskV4(value.ip ?? 0, cidr) === member.ip && (value.cidr ?? 32) >= cidr;
}

function dimMatches(kind: DimKind, member: IpSetDim, value: IpSetDim): boolean {
  switch (kind) {
    case "net":
      return coversIp(member, value);
    case "ip":
      return member.ip6 ? member.ip6.every((g, i) => g === value.ip6?.[i]) : member.ip === value.ip;
    case "port":
      return member.proto === value.proto && member.port === value.port;
    case "bport":
      return member.port === value.port;
    case "iface":
      return member.physdev === value.physdev && (member.iface === value.iface);
    case "mac":
      return member.mac === value.mac;
    case "set":
      return member.set === value.set;
  }
}

/** The most specific member covering the element: true (match), false (a nomatch member), undefined (none). */
function lookupNets(set: IpSet, type: SetType, dims: readonly IpSetDim[], nowMs: number): boolean | undefined {
  const best = bestNet(set, type, dims, nowMs);
  return best ? !best.nomatch : undefined;
}

/** The most specific live member whose nets hold the element. */
function bestNet(set: IpSet, type: SetType, dims: readonly IpSetDim[], nowMs: number): IpSetMember | undefined {
  let best: IpSetMember | undefined;
  let bestCidr = -1;
  for (const m of set.members) {
    if (!isLive(m, nowMs)) continue;
    if (!type.dims.every((k, i) => dimMatches(k, m.dims[i]!, dims[i]!))) continue;
    const cidr = m.dims.reduce((n, d, i) => (type.dims[i] === "net" ? n + (d.cidr ?? 32) : n), 0);
    if (cidr > bestCidr) {
      best = m;
      bestCidr = cidr;
    }
  }
  return best;
}

// ---------------------------------------------------------------- packets

const PORT_PROTO_NUMBERS = new Set([6, 17, 132, 136]);

/** The element a packet stands for in a set's dimensions (src/dst per dimension), or undefined. */
function packetDims(type: SetType, p: Packet, dirs: readonly ("src" | "dst")[]): IpSetDim[] | undefined {
  if (dirs.length < type.dims.length) return undefined;
  const out: IpSetDim[] = [];
  for (let i = 0; i < type.dims.length; i++) {
    const src = dirs[i] === "src";
    switch (type.dims[i]!) {
      case "ip":
      case "net":
        out.push({ ip: src ? p.src : p.dst, cidr: 32 });
        break;
      case "port":
      case "bport": {
        if (p.proto === 1) {
          if (type.dims[i] === "bport") return undefined;
          out.push({ proto: 1, port: ((p.icmpType ?? 0) << 8) | (p.icmpCode ?? 0) });
          break;
        }
        const port = src ? p.sport : p.dport;
        if (PORT_PROTO_NUMBERS.has(p.proto) && port === undefined) return undefined;
        out.push(type.dims[i] === "bport" ? { port: port ?? 0 } : { proto: p.proto, port: PORT_PROTO_NUMBERS.has(p.proto) ? port ?? 0 : 0 });
        break;
      }
      case "iface": {
        const name = src ? p.inIface : p.outIface;
        if (name === undefined) return undefined;
        out.push({ iface: name });
        break;
      }
      case "mac":
        if (!src || !p.srcMac) return undefined;
        out.push({ mac: p.srcMac.toUpperCase() });
        break;
      default:
        return undefined;
    }
  }
  return out;
}

/** What -m set asks of a hit beyond membership: the counter update (unless ! --update-counters) and --packets-gt etc. */
export interface IpsetMatchExt {
  readonly updateCounters: boolean;
  readonly packets?: { readonly op: "eq" | "ne" | "lt" | "gt"; readonly value: number };
  readonly bytes?: { readonly op: "eq" | "ne" | "lt" | "gt"; readonly value: number };
}

function counterHolds(v: number, c: IpsetMatchExt["packets"]): boolean {
  if (!c) return true;
  return c.op === "eq" ? v === c.value : c.op === "ne" ? v !== c.value : c.op === "lt" ? v < c.value : v > c.value;
}

/** ip_set_match_extensions: a set with counters counts the packet first, then tests the counters. */
function matchExtensions(set: IpSet, m: IpSetMember, p: Packet, ext: IpsetMatchExt | undefined): boolean {
  if (!set.counters || !ext) return true;
  if (ext.updateCounters) {
    m.packets = (m.packets ?? 0) + 1;
    m.bytes = (m.bytes ?? 0) + p.length;
  }
  return counterHolds(m.packets ?? 0, ext.packets) && counterHolds(m.bytes ?? 0, ext.bytes);
}

/**
 * Whether the packet is in the named set: the set match's and SET target's
 * lookup (undefined: no such set). With `ext` (the set match), a hit in a set
 * with counters counts the packet and must pass the counter tests.
 */
export function ipsetTestPacket(state: NetfilterState, name: string, p: Packet, dirs: readonly ("src" | "dst")[], nowMs: number, ext?: IpsetMatchExt): boolean | undefined {
  const sets = state.ipsets ?? [];
  const set = sets.find((s) => s.name === name);
  if (!set) return undefined;
  const type = setType(set.type)!;
  if (type.kind === "list") {
    for (const m of set.members) {
      if (!isLive(m, nowMs)) continue;
      if (ipsetTestPacket(state, m.dims[0]!.set!, p, dirs, nowMs, ext)) return true;
    }
    return false;
  }
  const dims = packetDims(type, p, dirs);
  if (!dims) return false;
  if (type.kind === "bitmap" && set.range) {
    const v = dims[0]!.ip ?? dims[0]!.port ?? 0;
    if (v < set.range[0] || v > set.range[1]) return false;
  }
  if (type.dims.includes("net")) {
    const best = bestNet(set, type, dims, nowMs);
    return best !== undefined && !best.nomatch && matchExtensions(set, best, p, ext);
  }
  const masked = set.netmask !== undefined && dims[0]!.ip !== undefined ? [{ ip: maskV4(dims[0]!.ip, set.netmask) }, ...dims.slice(1)] : dims;
  const hit = indexOf(set).get(dimsKey(masked.map((d, i) => (type.dims[i] === "ip" ? { ip: d.ip } : d))));
  return hit !== undefined && isLive(hit, nowMs) && matchExtensions(set, hit, p, ext);
}

/** The SET target's add or del for a packet (the kernel ignores failures). */
export function ipsetApplyPacket(
  state: NetfilterState, op: "add" | "del", name: string, p: Packet, dirs: readonly ("src" | "dst")[], nowMs: number, exist = false, timeout?: number,
): void {
  const set = (state.ipsets ?? []).find((s) => s.name === name);
  if (!set) return;
  const type = setType(set.type)!;
  if (type.kind === "list") return;
  const dims = packetDims(type, p, dirs);
  if (!dims) return;
  const elem = dims.map((d, i) => {
    if (type.dims[i] === "ip") return { ip: set.netmask !== undefined ? maskV4(d.ip!, set.netmask) : d.ip! };
    if (type.dims[i] === "net") return { ip: d.ip!, cidr: 32 };
    return d;
  });
  if (op === "add") addElements(set, [elem], timeout !== undefined ? { timeout } : {}, exist, nowMs);
  else delElements(set, [elem], true, nowMs);
}

/** How many rules and list:set members use the set (the kernel's reference count). */
export function setReferences(state: NetfilterState, name: string): number {
  let n = 0;
  for (const tables of [state.nft, state.legacy]) {
    for (const table of Object.values(tables)) {
      if (!table) continue;
      for (const chain of table.chains) {
        for (const rule of chain.rules) {
          for (const m of rule.matches) if (m.name === "set" && (m.data as { set?: { name: string } }).set?.name === name) n++;
          const t = rule.target;
          if (t && t.kind === "ext" && t.name === "SET") {
            const d = t.data as { add?: { name: string }; del?: { name: string } };
            if (d.add?.name === name) n++;
            if (d.del?.name === name) n++;
          }
        }
      }
    }
  }
  for (const s of state.ipsets ?? []) if (s.type === "list:set") for (const m of s.members) if (m.dims[0]!.set === name) n++;
  return n;
}

/** The order `ipset list` shows sets in: list:set sets last (IPSET_DUMP_LAST). */
export function listingOrder(sets: readonly IpSet[]): IpSet[] {
  return [...sets.filter((s) => s.type !== "list:set"), ...sets.filter((s) => s.type === "list:set")];
}

/**
 * The address/port range of SNAT, DNAT, MASQUERADE and REDIRECT
 * (libxt_NAT.c parse_to, parse_ports, sprint_range).
 */
import { isFailure, type NameDb, type ParseFailure } from "../extension.js";
import { fail } from "../xt-helpers.js";
import { xtStrtouiPrefix } from "../xt-number.js";
import { formatIpv4, parseIpv4 } from "../../addr/ipv4.js";
import { plainQuad } from "../xt-addr.js";

/** inet_pton(AF_INET): four decimal octets. */
const pton = (text: string): number | undefined => plainQuad(text) ?? parseIpv4(text);

export interface NatRangeData {
  /** NF_NAT_RANGE_MAP_IPS */
  minAddr?: number;
  maxAddr?: number;
  /** NF_NAT_RANGE_PROTO_SPECIFIED */
  minPort?: number;
  maxPort?: number;
  /** NF_NAT_RANGE_PROTO_OFFSET (DNAT revision 2: "80-90/8080"). */
  basePort?: number;
  random?: boolean;
  randomFully?: boolean;
  persistent?: boolean;
}

const PORT_PROTOS = new Set([6, 17, 132, 33, 1]);

export function portOk(proto: number | undefined): boolean {
  return PORT_PROTOS.has(proto ?? 0);
}

export function parseNatPorts(arg: string, proto: number | undefined, names: NameDb): Pick<NatRangeData, "minPort" | "maxPort" | "basePort"> | ParseFailure {
  if (!portOk(proto)) return fail("Need TCP, UDP, SCTP or DCCP with port specification");
  const serviceOf = (s: string) => names.servicePort(s, "tcp") ?? names.servicePort(s, "udp");
  let port: number;
  let rest: string;
  const first = xtStrtouiPrefix(arg, 0, 65535);
  if (first) {
    port = first.value;
    rest = first.rest;
  } else {
    const s = serviceOf(arg);
    if (s === undefined) return fail(`Port \`${arg}' not valid`);
    port = s;
    rest = "";
  }
  if (rest === "") return { minPort: port, maxPort: port };
  if (rest.startsWith(":")) return fail("Invalid port:port syntax - use dash");
  if (!rest.startsWith("-")) return fail(`Garbage after port value: \`${rest}'`);
  const hiText = rest.slice(1);
  const hi = xtStrtouiPrefix(hiText, 0, 65535);
  if (!hi) return fail(`Port \`${hiText}' not valid`);
  if (hi.value < port) return fail(`Port range \`${hiText}' funky`);
  if (hi.rest === "") return { minPort: port, maxPort: hi.value };
  if (!hi.rest.startsWith("/")) return fail(`Garbage after port range: \`${hi.rest}'`);
  const baseText = hi.rest.slice(1);
  const base = xtStrtouiPrefix(baseText, 1, 65535);
  const baseValue = base && base.rest === "" ? base.value : serviceOf(baseText);
  if (baseValue === undefined) return fail(`Port \`${baseText}' not valid`);
  return { minPort: port, maxPort: hi.value, basePort: baseValue };
}

/** parse_to: "[ADDR[-ADDR]][:PORT[-PORT[/BASE]]]". */
export function parseNatTo(arg: string, proto: number | undefined, names: NameDb): NatRangeData | ParseFailure {
  if (arg.includes("[")) return fail("Invalid address format");
  let colon = arg.indexOf(":");
  if (colon >= 0 && arg.indexOf(":", colon + 1) >= 0) colon = -1;
  let ports: Pick<NatRangeData, "minPort" | "maxPort" | "basePort"> | undefined;
  if (colon >= 0) {
    const parsed = parseNatPorts(arg.slice(colon + 1), proto, names);
    if (isFailure(parsed)) return parsed;
    ports = parsed;
    if (colon === 0) return ports;
  }
  const ips = colon >= 0 ? arg.slice(0, colon) : arg;
  const dash = ips.indexOf("-");
  const lo = dash >= 0 ? ips.slice(0, dash) : ips;
  const minAddr = pton(lo);
  if (minAddr === undefined) return fail(`Bad IP address "${lo}"`);
  let maxAddr = minAddr;
  if (dash >= 0) {
    const hi = pton(ips.slice(dash + 1));
    if (hi === undefined) return fail(`Bad IP address "${ips.slice(dash + 1)}"`);
    maxAddr = hi;
  }
  // Each kind of range by one literal (see withRange in nat.ts).
  if (!ports) return { minAddr, maxAddr };
  if (ports.basePort === undefined) return { minAddr, maxAddr, minPort: ports.minPort, maxPort: ports.maxPort };
  return { minAddr, maxAddr, minPort: ports.minPort, maxPort: ports.maxPort, basePort: ports.basePort };
}

/** sprint_range: "10.0.0.1-10.0.0.5:1000-2000". */
export function rangeText(r: NatRangeData): string {
  let s = "";
  if (r.minAddr !== undefined) {
    s += formatIpv4(r.minAddr);
    if (r.maxAddr !== r.minAddr) s += `-${formatIpv4(r.maxAddr!)}`;
  }
  if (r.minPort !== undefined) {
    s += `:${r.minPort}`;
    if (r.maxPort !== r.minPort) s += `-${r.maxPort}`;
    if (r.basePort !== undefined) s += `/${r.basePort}`;
  }
  return s;
}

/** __NAT_print: " to:RANGE random random-fully persistent" (flagPrefix "--" for save). */
export function natText(r: NatRangeData, rangeOpt: string, flagPrefix: string, skipColon: boolean): string {
  let range = rangeText(r);
  let s = "";
  if (range) {
    if (range.startsWith(":") && skipColon) range = range.slice(1);
    s += ` ${rangeOpt}${range}`;
  }
  if (r.random) s += ` ${flagPrefix}random`;
  if (r.randomFully) s += ` ${flagPrefix}random-fully`;
  if (r.persistent) s += ` ${flagPrefix}persistent`;
  return s;
}

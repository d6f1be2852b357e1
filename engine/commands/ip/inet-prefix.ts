/**
 * iproute2's address arguments (get_addr, get_prefix in lib/utils.c):
 * "default", "all"/"any", IPv6 text (anything with a colon), or IPv4 the
 * inet_aton way (strtoul parts, so "10" is 10.0.0.0 and "010" is octal),
 * with an optional "/LEN" or "/MASK". Failures exit as ip does.
 */
import { exitWith } from "./errors.js";
import type { Family } from "./options.js";

export interface InetPrefix {
  family: Family;
  /** IPv4 as a number; IPv6 text kept as given. */
  v4: number;
  v6?: string;
  /** -2 for default/all/any, otherwise the prefix length. */
  bitlen: number;
  /** "/LEN" was given (or "default"). */
  lenGiven: boolean;
  /** "all" or "any": no address at all. */
  any: boolean;
}

function strtoul(text: string): { value: number; rest: string } | undefined {
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text);
  if (!m) return undefined;
  const digits = m[1]!;
  const value = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits.startsWith("0") ? parseInt(digits, 8) : Number(digits);
  return { value, rest: text.slice(m[0].length) };
}

/** get_addr_ipv4 */
export function parseInetAton(text: string): number | undefined {
  const bytes = [0, 0, 0, 0];
  let cp = text;
  for (let i = 0; i < 4; i++) {
    const n = strtoul(cp);
    if (!n || n.value > 255) return undefined;
    bytes[i] = n.value;
    if (n.rest === "") break;
    if (i === 3 || !n.rest.startsWith(".")) return undefined;
    cp = n.rest.slice(1);
  }
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

function isIpv6(text: string): boolean {
  return /^[0-9a-fA-F:.]+$/.test(text) && (text.match(/::/g)?.length ?? 0) <= 1 && text.split(":").length <= 8;
}

/** get_addr_1: undefined when the text is not an address of the family. */
export function getAddr1(name: string, family: Family): InetPrefix | undefined {
  if (name === "default") return { family, v4: 0, bitlen: -2, lenGiven: true, any: false };
  if (name === "all" || name === "any") return { family, v4: 0, bitlen: -2, lenGiven: false, any: true };
  if (name.includes(":")) {
    if (family !== "unspec" && family !== "inet6") return undefined;
    if (!isIpv6(name)) return undefined;
    return { family: "inet6", v4: 0, v6: name, bitlen: -1, lenGiven: false, any: false };
  }
  if (family !== "unspec" && family !== "inet") return undefined;
  const v4 = parseInetAton(name);
  if (v4 === undefined) return undefined;
  return { family: "inet", v4, bitlen: -1, lenGiven: false, any: false };
}

function bitLen(family: Family): number {
  return family === "inet6" ? 128 : family === "inet" ? 32 : 0;
}

/** get_netmask: a number, or a contiguous dotted mask ("255.255.255.0" is 24). */
function netmaskBits(text: string): number | undefined {
  if (/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text)) return strtoul(text)!.value;
  const mask = parseInetAton(text);
  if (mask === undefined) return undefined;
  const len = mask === 0 ? 0 : Math.clz32(~mask >>> 0);
  const contiguous = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return contiguous === mask ? len : undefined;
}

/** get_prefix_1 */
export function getPrefix1(arg: string, family: Family): InetPrefix | undefined {
  const slash = arg.indexOf("/");
  const addr = getAddr1(slash < 0 ? arg : arg.slice(0, slash), family);
  if (!addr) return undefined;
  const max = bitLen(addr.family);
  if (slash >= 0) {
    if (addr.bitlen === -2) return undefined;
    const plen = netmaskBits(arg.slice(slash + 1));
    if (plen === undefined || plen > max) return undefined;
    return { ...addr, bitlen: plen, lenGiven: true };
  }
  return { ...addr, bitlen: addr.bitlen === -2 ? 0 : max };
}

function familyVerbose(family: Family): string {
  return family === "unspec" ? "any valid" : family === "packet" ? "link" : family;
}

/** get_prefix: exits with status 1 on a bad prefix. */
export function getPrefix(arg: string, family: Family): InetPrefix {
  return getPrefix1(arg, family) ?? exitWith(1, `Error: ${familyVerbose(family)} prefix is expected rather than "${arg}".\n`);
}

/** get_addr: exits with status 1 on a bad address. */
export function getAddr(arg: string, family: Family): InetPrefix {
  const a = getAddr1(arg, family);
  if (!a) return exitWith(1, `Error: ${familyVerbose(family)} address is expected rather than "${arg}".\n`);
  return { ...a, bitlen: a.bitlen === -1 ? bitLen(a.family) : a.bitlen };
}

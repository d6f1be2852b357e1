/**
 * IPv4 addresses as iptables parses and prints them (libxtables): the loose
 * numeric form ("10.1" is 10.1.0.0, octets in any C base), names through
 * /etc/networks and /etc/hosts, comma lists, masks as a length or dotted.
 */
import type { NameDb, ParseFailure } from "./extension.js";
import { xtStrtoui } from "./xt-number.js";
import { formatIpv4 } from "../addr/ipv4.js";

/** __numeric_to_ipaddr: up to four octets; a network address may stop early. */
/** "a.b.c.d" with plain decimal octets (the common case), or undefined. */
export function plainQuad(text: string): number | undefined {
  const n = text.length;
  if (n < 7 || n > 15) return undefined;
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return undefined; // a leading zero: octal, the slow path
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return value * 256 + octet;
}

export function numericToAddr(text: string, isMask = false): number | undefined {
  const quick = plainQuad(text);
  if (quick !== undefined) return quick;
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4) {
    // strchr stops at three dots; the rest is the last octet's text, which fails strtoui.
    return undefined;
  }
  if (parts.length < 4 && isMask) return undefined;
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    if (part === undefined) {
      value = value * 256;
      continue;
    }
    const octet = xtStrtoui(part, 0, 255);
    if (octet === undefined) return undefined;
    value = value * 256 + octet;
  }
  return value >>> 0;
}

export function prefixToMask(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/** The prefix length of a contiguous mask, or -1. */
export function maskToCidr(mask: number): number {
  // A prefix mask leaves a run of low host bits: ones up to a power of two.
  const host = ~mask >>> 0;
  if ((host & (host + 1)) !== 0) return -1;
  return Math.clz32(host);
}

function parseMask(text: string | undefined): number | ParseFailure {
  if (text === undefined) return 0xffffffff;
  const dotted = numericToAddr(text, true);
  if (dotted !== undefined) return dotted;
  const bits = xtStrtoui(text, 0, 32);
  if (bits === undefined) return { error: `invalid mask \`${text}' specified` };
  return prefixToMask(bits);
}

function parseHostNetwork(name: string, names: NameDb): number[] | ParseFailure {
  const numeric = numericToAddr(name);
  if (numeric !== undefined) return [numeric];
  const addrs = names.hostAddrs(name);
  if (addrs.length > 0) return [...addrs];
  const network = names.networkAddr?.(name);
  if (network !== undefined) return [network];
  return { error: `host/network \`${name}' not found` };
}

export interface AddrMask {
  addr: number;
  mask: number;
}

/** xtables_ipparse_multiple: "a,b/24,host" -> one (address, mask) per entry (a name may give several). */
const ANY: readonly AddrMask[] = [{ addr: 0, mask: 0 }];

export function parseAddrList(text: string, names: NameDb): AddrMask[] | ParseFailure {
  if (text === "0.0.0.0/0") return ANY as AddrMask[];
  const slash = text.indexOf("/");
  if (slash < 0) {
    // A plain "a.b.c.d" host (kube-proxy's cluster IPs and endpoints).
    const addr = plainQuad(text);
    if (addr !== undefined) return [{ addr, mask: 0xffffffff }];
  }
  if (slash > 0 && !text.includes(",")) {
    // The common "a.b.c.d/len" in one pass.
    const addr = plainQuad(text.slice(0, slash));
    const lenText = text.slice(slash + 1);
    const len = lenText.length > 0 && lenText.length <= 2 && /^\d+$/.test(lenText) && !(lenText.length === 2 && lenText[0] === "0") ? Number(lenText) : -1;
    if (addr !== undefined && len >= 0 && len <= 32) {
      const mask = prefixToMask(len);
      return [{ addr: len === 0 ? 0 : (addr & mask) >>> 0, mask }];
    }
  }
  const out: AddrMask[] = [];
  for (const raw of text.split(",")) {
    const item = raw.replace(/^\s+/, "");
    if (item.length > 255) return { error: "Hostname too long" };
    const slash = item.lastIndexOf("/");
    const mask = parseMask(slash >= 0 ? item.slice(slash + 1) : undefined);
    if (typeof mask !== "number") return mask;
    const host = mask === 0 ? "0.0.0.0" : slash >= 0 ? item.slice(0, slash) : item;
    const addrs = parseHostNetwork(host, names);
    if (!Array.isArray(addrs)) return addrs;
    for (const addr of addrs) out.push({ addr: (addr & mask) >>> 0, mask });
  }
  return out;
}

/** The save form's "10.0.0.0/8", "1.2.3.4/32" or "1.2.0.4/255.255.0.255". */
export function saveAddr(addr: number, mask: number): string {
  const cidr = maskToCidr(mask);
  return `${formatIpv4(addr)}/${cidr >= 0 ? cidr : formatIpv4(mask)}`;
}

/** xtables_ipmask_to_numeric: "" for /32, "/8", or "/255.0.255.0". */
export function maskSuffix(mask: number): string {
  const cidr = maskToCidr(mask);
  if (cidr === 32) return "";
  return cidr >= 0 ? `/${cidr}` : `/${formatIpv4(mask)}`;
}

/** The -L form of an address: "anywhere", a name, or numbers. */
export function listAddr(addr: number, mask: number, numeric: boolean, names: NameDb): string {
  if (mask === 0 && !numeric) return "anywhere";
  const host = numeric ? formatIpv4(addr) : names.hostName(addr) ?? formatIpv4(addr);
  return host + maskSuffix(mask);
}

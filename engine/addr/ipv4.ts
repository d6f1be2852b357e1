/**
 * IPv4 addresses as unsigned 32-bit numbers, and the dotted-quad and CIDR
 * forms the tools print. Parsing is strict (four decimal octets); the looser
 * forms iptables accepts are the netfilter layer's business.
 */
export type Ipv4 = number;

export function parseIpv4(text: string): Ipv4 | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIpv4(value: Ipv4): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

export function prefixMask(prefixLen: number): number {
  return prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
}

export function networkOf(address: Ipv4, prefixLen: number): Ipv4 {
  return (address & prefixMask(prefixLen)) >>> 0;
}

export function broadcastOf(address: Ipv4, prefixLen: number): Ipv4 {
  return (networkOf(address, prefixLen) | (~prefixMask(prefixLen) >>> 0)) >>> 0;
}

export interface Cidr {
  address: Ipv4;
  prefixLen: number;
}

/** "10.0.0.1/24" or "10.0.0.1" (a /32). */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, len, ...rest] = text.split("/");
  if (rest.length > 0 || addr === undefined) return undefined;
  const address = parseIpv4(addr);
  if (address === undefined) return undefined;
  if (len === undefined) return { address, prefixLen: 32 };
  if (!/^\d{1,2}$/.test(len) || Number(len) > 32) return undefined;
  return { address, prefixLen: Number(len) };
}

export function inCidr(address: Ipv4, cidr: Cidr): boolean {
  return networkOf(address, cidr.prefixLen) === networkOf(cidr.address, cidr.prefixLen);
}

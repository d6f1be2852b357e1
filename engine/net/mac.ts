/**
 * Ethernet addresses as the kernel makes them and iproute2 prints them:
 * random locally administered unicast MACs (eth_random_addr), and the
 * EUI-64 interface identifier IPv6 derives from a MAC.
 */
import { nextUint32, type RandomState } from "../world/random.js";

export const ZERO_MAC = "00:00:00:00:00:00";
export const BROADCAST_MAC = "ff:ff:ff:ff:ff:ff";

/** eth_random_addr: six random bytes, multicast bit cleared, locally administered bit set. */
export function randomMac(random: RandomState): string {
  const bytes = Array.from({ length: 6 }, () => nextUint32(random) & 0xff);
  bytes[0] = (bytes[0]! & 0xfe) | 0x02;
  return formatMac(bytes);
}

export function formatMac(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** "aa:bb:cc:dd:ee:ff" (one or two hex digits a group, as ll_addr_a2n takes them), or undefined. */
export function parseMac(text: string): number[] | undefined {
  const groups = text.split(":");
  if (groups.length !== 6) return undefined;
  const bytes: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,2}$/.test(g)) return undefined;
    bytes.push(parseInt(g, 16));
  }
  return bytes;
}

export function macBytes(mac: string): number[] {
  return mac.split(":").map((g) => parseInt(g, 16));
}

/** memcmp order, which the bridge uses to pick its address. */
export function compareMac(a: string, b: string): number {
  const x = macBytes(a);
  const y = macBytes(b);
  for (let i = 0; i < 6; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

export function isMulticastMac(mac: string): boolean {
  return (macBytes(mac)[0]! & 1) === 1;
}

/** fe80::/64 with the modified EUI-64 of the MAC (universal/local bit flipped, ff:fe in the middle). */
export function linkLocalFromMac(mac: string): string {
  const b = macBytes(mac);
  const words = [(b[0]! ^ 2) * 256 + b[1]!, b[2]! * 256 + 0xff, 0xfe00 + b[3]!, b[4]! * 256 + b[5]!];
  return compressIpv6([0xfe80, 0, 0, 0, ...words]);
}

/** RFC 5952 text of eight 16-bit words, as inet_ntop writes it. */
export function compressIpv6(words: readonly number[]): string {
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestAt < 0) return hex.join(":");
  return `${hex.slice(0, bestAt).join(":")}::${hex.slice(bestAt + bestLen).join(":")}`;
}

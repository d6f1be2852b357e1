/**
 * The IPv6 routes the kernel makes for the addresses above, derived rather
 * than stored: fe80::/64 and ff00::/8 for each ready link, a local route per
 * address once its duplicate address detection is over. Listed in the
 * order of the kernel's fib6 tree walk: main table first, within a table the
 * more specific prefix before the one containing it, links in the order
 * they became ready.
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import { inet6LinkDown, isTentative } from "./inet6.js";
import { compressIpv6 } from "./mac.js";

export interface Route6 {
  table: 254 | 255;
  type: "unicast" | "local" | "multicast";
  /** "fe80::/64", "ff00::/8", "fe80::1c02:4fff:fe05:a166" (a /128 has no length). */
  dst: string;
  prefixLen: number;
  dev: string;
  metric: number;
  linkdown: boolean;
  /** The words of the prefix, for ordering. */
  words: number[];
  seq: number;
}

export function parseIpv6Words(text: string): number[] {
  const [head = "", tail] = text.split("::");
  const part = (s: string) => (s === "" ? [] : s.split(":").map((w) => parseInt(w, 16)));
  const h = part(head);
  if (tail === undefined) return h;
  const t = part(tail);
  return [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
}

function route(link: Link, table: 254 | 255, type: Route6["type"], dst: string, prefixLen: number, metric: number, linkdown: boolean): Route6 {
  const words = parseIpv6Words(dst);
  return {
    table,
    type,
    dst: prefixLen === 128 ? dst : `${dst}/${prefixLen}`,
    prefixLen,
    dev: link.name,
    metric,
    linkdown,
    words,
    seq: link.inet6Ready ?? 0,
  };
}

export function ipv6Routes(world: World, ns: NetNamespace): Route6[] {
  const out: Route6[] = [];
  for (const link of ns.links) {
    if (link.inet6Ready === undefined) continue;
    const down = inet6LinkDown(link);
    const addrs = link.inet6 ?? [];
    if (link.kind !== "loopback") {
      if (addrs.some((a) => a.scope === "link")) out.push(route(link, 254, "unicast", "fe80::", 64, 256, down));
      out.push(route(link, 255, "multicast", "ff00::", 8, 256, down));
    }
    for (const a of addrs) {
      const prefix = prefixText(a.address, a.prefixLen);
      const dup = out.some((r) => r.dev === link.name && r.dst === `${prefix}/${a.prefixLen}`);
      if (a.scope === "global" && !a.noprefixroute && a.prefixLen < 128 && !dup) {
        const r = route(link, 254, "unicast", prefix, a.prefixLen, 256, down);
        r.seq = Math.min(...addrs.filter((b) => prefixText(b.address, b.prefixLen) === prefix).map((b) => b.seq ?? r.seq));
        out.push(r);
      }
      if (!isTentative(world, a)) out.push(route(link, 255, "local", a.address, 128, 0, false));
    }
  }
  return out.sort(compareRoute6);
}

/** A post-order walk of the prefix tree: the first differing bit decides, else the longer prefix first. */
function compareRoute6(a: Route6, b: Route6): number {
  if (a.table !== b.table) return a.table - b.table;
  const common = Math.min(a.prefixLen, b.prefixLen);
  for (let bit = 0; bit < common; bit++) {
    const x = (a.words[bit >> 4]! >> (15 - (bit & 15))) & 1;
    const y = (b.words[bit >> 4]! >> (15 - (bit & 15))) & 1;
    if (x !== y) return x - y;
  }
  if (a.prefixLen !== b.prefixLen) return b.prefixLen - a.prefixLen;
  return a.metric - b.metric || a.seq - b.seq;
}

/** The network of an IPv6 address, in compressed text. */
function prefixText(address: string, prefixLen: number): string {
  const words = parseIpv6Words(address).map((w, i) => {
    const bits = Math.max(0, Math.min(16, prefixLen - i * 16));
    return bits === 0 ? 0 : w & ((0xffff << (16 - bits)) & 0xffff);
  });
  return compressIpv6(words);
}

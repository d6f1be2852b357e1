/** The names iproute2 gives route tables, protocols, scopes and types (lib/rt_names.c, ip/rtm_map.c, /etc/iproute2). */
import type { Route } from "../../../world/types.js";

export const TABLES: Readonly<Record<string, number>> = { local: 255, main: 254, default: 253, unspec: 0 };

/** rtnl_rttable_a2n: a name from rt_tables or a number up to 2^32-1. */
export function parseTable(text: string): number | undefined {
  if (text in TABLES) return TABLES[text];
  if (/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text)) {
    const n = Number(text.startsWith("0x") || text.startsWith("0X") ? parseInt(text, 16) : text.length > 1 && text.startsWith("0") ? parseInt(text, 8) : text);
    return n <= 0xffffffff ? n : undefined;
  }
  return undefined;
}

/** /etc/iproute2/rt_protos of Debian 12: number to name. */
export const PROTOS: Readonly<Record<number, string>> = {
  0: "unspec",
  1: "redirect",
  2: "kernel",
  3: "boot",
  4: "static",
  8: "gated",
  9: "ra",
  10: "mrt",
  11: "zebra",
  12: "bird",
  13: "dnrouted",
  14: "xorp",
  15: "ntk",
  16: "dhcp",
  18: "keepalived",
  42: "babel",
  99: "openr",
  186: "bgp",
  187: "isis",
  188: "ospf",
  189: "rip",
  192: "eigrp",
};

/** rtnl_rtprot_a2n then n2a: the name a protocol is stored and shown by, or undefined if invalid. */
export function protoName(text: string): NonNullable<Route["proto"]> | undefined {
  if (Object.values(PROTOS).includes(text)) return text;
  if (!/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text)) return undefined;
  const n = text.startsWith("0x") || text.startsWith("0X") ? parseInt(text, 16) : text.length > 1 && text.startsWith("0") ? parseInt(text, 8) : Number(text);
  if (n > 255) return undefined;
  return PROTOS[n] ?? String(n);
}

/** /etc/iproute2/rt_scopes, name to the scope the lab stores. */
export const SCOPES: Readonly<Record<string, "global" | "link" | "host" | "nowhere">> = {
  global: "global",
  universe: "global",
  "0": "global",
  link: "link",
  "253": "link",
  host: "host",
  "254": "host",
  nowhere: "nowhere",
  "255": "nowhere",
};

/** rtnl_rtntype_a2n: [exact name, full name matched as a prefix]. */
export const TYPES: readonly (readonly [string, string])[] = [
  ["local", "local"],
  ["nat", "nat"],
  ["brd", "broadcast"],
  ["broadcast", "broadcast"],
  ["anycast", "anycast"],
  ["multicast", "multicast"],
  ["prohibit", "prohibit"],
  ["unreachable", "unreachable"],
  ["blackhole", "blackhole"],
  ["xresolve", "xresolve"],
  ["unicast", "unicast"],
  ["throw", "throw"],
];

/** A route type keyword, as ip route add takes it before the prefix. */
export function parseRouteType(text: string): string | undefined {
  if (text === "local" || text === "nat" || text === "throw" || text === "brd") return text === "brd" ? "broadcast" : text;
  for (const full of ["broadcast", "anycast", "multicast", "prohibit", "unreachable", "blackhole", "xresolve", "unicast"]) {
    if (text.length > 0 && full.startsWith(text)) return full;
  }
  if (/^\d+$/.test(text) && Number(text) <= 255) return text;
  return undefined;
}
